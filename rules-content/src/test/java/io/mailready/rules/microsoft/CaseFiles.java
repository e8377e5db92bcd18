package io.mailready.rules.microsoft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code *.cases.yaml}: a requirement, an optional {@code base} snapshot, and cases, each a
 * snapshot change merged over the base and the results it must give.
 *
 * <p>Merging: mappings merge key by key; a list of mailboxes merges each entry over the base
 * mailbox of the same address (else over the base's first mailbox); other lists replace.
 */
final class CaseFiles {
  static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

  /** One case file. */
  record CaseFile(Path path, String requirement, List<Case> cases) {}

  /** One case: its name, the merged snapshot YAML, and the expected results. */
  record Case(String name, String snapshotYaml, List<Expectation> expect) {
    Snapshot snapshot(Path file) {
      return Snapshots.read(
          new ByteArrayInputStream(snapshotYaml.getBytes(StandardCharsets.UTF_8)),
          file.getFileName() + " [" + name + "] (merged)");
    }
  }

  /** What one result must be; null fields are not checked. */
  record Expectation(
      String subject,
      String status,
      String severity,
      String message,
      String reason,
      Map<String, Object> evidence) {}

  private CaseFiles() {}

  /** Every case file below a directory, in path order. */
  static List<Path> find(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".cases.yaml")).sorted().toList();
    }
  }

  /** Reads a case file and merges each case over its base. */
  static CaseFile read(Path file) throws IOException {
    JsonNode root = YAML.readTree(file.toFile());
    String requirement = root.path("requirement").asText(null);
    if (requirement == null || !root.path("cases").isArray()) {
      throw new IllegalArgumentException(file + ": a case file needs 'requirement' and 'cases'");
    }
    JsonNode base = YAML.createObjectNode();
    if (root.hasNonNull("base")) {
      base = YAML.readTree(file.resolveSibling(root.get("base").asText()).toFile());
    }
    List<Case> cases = new ArrayList<>();
    for (JsonNode node : root.get("cases")) {
      JsonNode snapshot = merge(base.deepCopy(), node.path("snapshot"));
      List<Expectation> expect = new ArrayList<>();
      for (JsonNode e : node.path("expect")) {
        expect.add(YAML.treeToValue(e, Expectation.class));
      }
      if (expect.isEmpty()) {
        throw new IllegalArgumentException(
            file + ": case '" + node.path("name").asText() + "' has no 'expect'");
      }
      cases.add(new Case(node.path("name").asText(), YAML.writeValueAsString(snapshot), expect));
    }
    return new CaseFile(file, requirement, cases);
  }

  static JsonNode merge(JsonNode base, JsonNode change) {
    if (change == null || change.isMissingNode()) {
      return base;
    }
    if (base instanceof ObjectNode target && change.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = change.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode existing = target.get(field.getKey());
        target.set(
            field.getKey(),
            existing == null ? field.getValue() : merge(existing, field.getValue()));
      }
      return target;
    }
    if (base instanceof ArrayNode list
        && change.isArray()
        && isMailboxList(change)
        && !list.isEmpty()) {
      ArrayNode merged = YAML.createArrayNode();
      for (JsonNode entry : change) {
        JsonNode template = list.get(0);
        for (JsonNode candidate : list) {
          if (candidate.path("address").asText().equalsIgnoreCase(entry.path("address").asText())) {
            template = candidate;
          }
        }
        merged.add(merge(template.deepCopy(), entry));
      }
      return merged;
    }
    return change;
  }

  private static boolean isMailboxList(JsonNode list) {
    for (JsonNode entry : list) {
      if (!entry.isObject() || !entry.has("address")) {
        return false;
      }
    }
    return list.size() > 0;
  }
}
