package io.mailready.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A {@code *.cases.yaml} file: an optional default {@code requirement}, an optional {@code base}
 * snapshot, and cases, each a snapshot change merged over the base and the results it must give.
 *
 * <pre>{@code
 * requirement: EXCH-EWS-002                 # default for every expectation
 * base: ../../base/exchange-online.snapshot.yaml   # relative to this file
 * cases:
 *   - name: EWS switched off for the mailbox fails
 *     snapshot: { mailboxes: [ { address: carol@contoso.com, casMailbox: { ewsEnabled: false } } ] }
 *     expect:
 *       - { subject: carol@contoso.com, status: FAIL, severity: WARNING, message: "EWS is disabled" }
 * }</pre>
 *
 * <p>Merging: mappings merge key by key; a list of mailboxes merges each entry over the base
 * mailbox with the same address (else over the base's first mailbox); other lists replace; {@code
 * null} sets a value or section to null (not collected).
 *
 * @param path the file
 * @param requirement the default requirement id of the expectations, or null
 * @param cases the cases, in file order
 */
public record CaseFile(Path path, String requirement, List<Case> cases) {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public CaseFile {
    cases = List.copyOf(cases);
  }

  /**
   * One case: its name, the merged snapshot (YAML), and the expected results.
   *
   * @param name what the case checks
   * @param snapshotYaml the snapshot after merging over the base
   * @param expect the expected results
   */
  public record Case(String name, String snapshotYaml, List<Expectation> expect) {
    public Case {
      expect = List.copyOf(expect);
    }

    /** Reads the merged snapshot; {@code file} names it in errors. */
    public Snapshot snapshot(Path file) {
      return Snapshots.read(
          new ByteArrayInputStream(snapshotYaml.getBytes(StandardCharsets.UTF_8)),
          file.getFileName() + " [" + name + "] (merged over its base)");
    }
  }

  /**
   * What one result must be; null fields are not checked.
   *
   * @param requirement the requirement id (default: the file's)
   * @param subject the tenant name, domain or mailbox address
   * @param status PASS, FAIL, NOT_APPLICABLE, UNKNOWN, ERROR or WAIVED
   * @param severity the finding's severity
   * @param message a fragment of the finding's message
   * @param reason a fragment of the reason of a NOT_APPLICABLE, UNKNOWN or ERROR result
   * @param evidence evidence values the finding must have (compared as text)
   */
  public record Expectation(
      String requirement,
      String subject,
      String status,
      String severity,
      String message,
      String reason,
      Map<String, Object> evidence) {}

  /** Every case file below a directory, in path order. */
  public static List<Path> find(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".cases.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list case files in " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a case file and merges each case over its base.
   *
   * @throws IllegalArgumentException naming the file and what is wrong
   */
  public static CaseFile read(Path file) {
    try {
      JsonNode root = YAML.readTree(file.toFile());
      checkArgument(
          root != null && root.path("cases").isArray(),
          "%s: a case file needs a 'cases' list",
          file);
      JsonNode base = YAML.createObjectNode();
      if (root.hasNonNull("base")) {
        Path basePath = file.resolveSibling(root.get("base").asText());
        checkArgument(
            Files.isRegularFile(basePath), "%s: base snapshot %s not found", file, basePath);
        base = YAML.readTree(basePath.toFile());
      }
      String requirement = root.hasNonNull("requirement") ? root.get("requirement").asText() : null;
      List<Case> cases = new ArrayList<>();
      for (JsonNode node : root.get("cases")) {
        String name = node.path("name").asText("");
        checkArgument(!name.isBlank(), "%s: every case needs a 'name'", file);
        List<Expectation> expect = new ArrayList<>();
        for (JsonNode e : node.path("expect")) {
          Expectation expectation = YAML.treeToValue(e, Expectation.class);
          checkArgument(
              expectation.subject() != null && expectation.status() != null,
              "%s: case '%s': every expectation needs 'subject' and 'status'",
              file,
              name);
          checkArgument(
              expectation.requirement() != null || requirement != null,
              "%s: case '%s': an expectation needs a 'requirement' (or set one for the file)",
              file,
              name);
          expect.add(expectation);
        }
        checkArgument(!expect.isEmpty(), "%s: case '%s' has no 'expect'", file, name);
        JsonNode snapshot = merge(base.deepCopy(), node.path("snapshot"));
        cases.add(new Case(name, YAML.writeValueAsString(snapshot), expect));
      }
      return new CaseFile(file, requirement, cases);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read case file " + file + ": " + e.getMessage(), e);
    }
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
    return !list.isEmpty();
  }
}
