package io.mailready.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each subject of a snapshot is written: the 1-based line of the tenant's {@code name}, of
 * each domain's {@code name} and of each mailbox's {@code address}, for reports that point at the
 * snapshot file (SARIF's physical locations). Keys are {@code "tenant:" + name}, {@code "domain:" +
 * name} and {@code "mailbox:" + address}, as findings name their subjects.
 */
public final class SubjectLines {
  private SubjectLines() {}

  /**
   * The subjects' lines of a snapshot file, read with the snapshot reader's parsers; empty when the
   * file is not a snapshot that could be read (the reader reports why).
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Map<String, Integer> of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(SnapshotReader.MAX_BYTES + 1);
      if (bytes.length > SnapshotReader.MAX_BYTES) {
        return Map.of();
      }
      Problems problems = new Problems(file.toString());
      String text = SnapshotText.decode(bytes, problems);
      if (text == null) {
        return Map.of();
      }
      Node root =
          JsonComposer.looksLikeJson(text)
              ? JsonComposer.parse(text, problems)
              : YamlParser.parse(text, problems);
      return root instanceof MappingNode mapping ? lines(mapping) : Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file + ": " + e.getMessage(), e);
    } catch (SnapshotException e) {
      return Map.of();
    }
  }

  private static Map<String, Integer> lines(MappingNode root) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    if (value(root, "tenant") instanceof MappingNode tenant) {
      put(lines, "tenant:", value(tenant, "name"));
      if (value(tenant, "domains") instanceof SequenceNode domains) {
        for (Node domain : domains.getValue()) {
          if (domain instanceof MappingNode d) {
            put(lines, "domain:", value(d, "name"));
          }
        }
      }
    }
    if (value(root, "mailboxes") instanceof SequenceNode mailboxes) {
      for (Node mailbox : mailboxes.getValue()) {
        if (mailbox instanceof MappingNode m) {
          put(lines, "mailbox:", value(m, "address"));
        }
      }
    }
    return Collections.unmodifiableMap(lines);
  }

  private static void put(Map<String, Integer> lines, String kind, Node node) {
    if (node instanceof ScalarNode scalar) {
      lines.putIfAbsent(kind + scalar.getValue().trim(), scalar.getStartMark().getLine() + 1);
    }
  }

  /** The value of a key, compared as the reader does (case-insensitive), or null. */
  private static Node value(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k
          && k.getValue().toLowerCase(Locale.ROOT).equals(key)) {
        return tuple.getValueNode();
      }
    }
    return null;
  }
}
