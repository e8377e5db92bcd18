package io.mailready.snapshot;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.mailready.snapshot.Problems.quote;

import io.mailready.rule.Globs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The reader of snapshot documents (YAML or JSON, format {@code mailready/v1}, see {@code
 * snapshot.md}): it returns a whole {@link Snapshot} or throws one {@link SnapshotException} with
 * every problem found.
 *
 * <p>The steps: bytes to UTF-8 text ({@link SnapshotText}), text to a node tree with positions
 * ({@link JsonComposer} for a text that starts as a JSON object or array, else {@link YamlParser}),
 * nodes to records ({@link NodeBinder}), then the checks that span values (supported schema, unique
 * mailbox addresses).
 */
final class SnapshotReader {
  /** The snapshot format versions this reader supports. */
  static final List<String> SUPPORTED_SCHEMAS = List.of("mailready/v1");

  /**
   * Bytes read at most (64 MiB: some 130 000 mailboxes in YAML like the examples'); a stream may be
   * endless. The whole document becomes a node tree before binding: a 48 MB snapshot of 100 000
   * mailboxes reads in about 5 s and needs some 2.5 GB of heap at its peak.
   */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  /**
   * Properties that must be present and not null, by record type: what names a subject, and what
   * identifies a list element the rules look up.
   */
  private static final Map<Class<?>, List<String>> REQUIRED =
      Map.of(
          Snapshot.class, List.of("schema", "platform", "tenant"),
          Tenant.class, List.of("name"),
          Mailbox.class, List.of("address"),
          Domain.class, List.of("name"),
          RequiredResourceAccess.class, List.of("resourceAppId"));

  /** The property that names a list element in messages: findings' subjects are named so too. */
  private static final Map<Class<?>, String> IDENTITY =
      Map.of(Mailbox.class, "address", Domain.class, "name");

  private SnapshotReader() {}

  /**
   * Reads one snapshot; {@code name} is used in problem messages.
   *
   * @throws SnapshotException listing every problem, in document order
   * @throws UncheckedIOException if the stream cannot be read
   */
  static Snapshot read(InputStream in, String name) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    Problems problems = new Problems(name);
    byte[] bytes = readAtMost(in, name, MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      problems.add(1, 1, "snapshot too large: more than %s bytes", MAX_BYTES);
      problems.throwIfAny();
    }
    String text = SnapshotText.decode(bytes, problems);
    Node root;
    if (text == null) {
      root = null;
    } else if (JsonComposer.looksLikeJson(text)) {
      root = JsonComposer.parse(text, problems);
    } else {
      root = YamlParser.parse(text, problems);
    }
    problems.throwIfAny();
    if (root == null || NodeBinder.isNull(root)) {
      problems.add(1, 1, "empty snapshot: expected a mapping with schema, platform, tenant");
    } else if (!(root instanceof MappingNode)) {
      problems.add(
          root.getStartMark(),
          "snapshot must be a mapping with schema, platform, tenant but was %s",
          NodeBinder.found(root));
    }
    problems.throwIfAny();

    NodeBinder binder = new NodeBinder(problems, REQUIRED, IDENTITY);
    Snapshot snapshot = binder.bindRoot(root, Snapshot.class);
    if (snapshot != null) {
      checkSchema(snapshot, binder, problems);
      checkUniqueAddresses(snapshot, binder, problems);
      checkGlobLengths(snapshot, binder, problems);
      checkUniqueDomains(snapshot, binder, problems);
    }
    problems.throwIfAny();
    return snapshot;
  }

  private static byte[] readAtMost(InputStream in, String name, int limit) {
    try {
      return in.readNBytes(limit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + name + ": " + e.getMessage(), e);
    }
  }

  private static void checkSchema(Snapshot snapshot, NodeBinder binder, Problems problems) {
    if (snapshot.schema() != null && !SUPPORTED_SCHEMAS.contains(snapshot.schema())) {
      problems.add(
          binder.sourceOf(snapshot, "schema").getStartMark(),
          "schema must be one of the supported versions %s but was %s",
          SUPPORTED_SCHEMAS,
          quote(snapshot.schema()));
    }
  }

  /** EWS allow and block lists hold globs, matched against the snapshot's own user agents. */
  private static void checkGlobLengths(Snapshot snapshot, NodeBinder binder, Problems problems) {
    OrganizationConfig organization =
        snapshot.tenant() == null ? null : snapshot.tenant().organizationConfig();
    if (organization != null) {
      for (String key : List.of("ewsAllowList", "ewsBlockList")) {
        checkGlobLengths(
            binder.sourceOf(organization, key), "tenant.organizationConfig." + key, problems);
      }
    }
    if (snapshot.mailboxes() != null) {
      for (Mailbox mailbox : snapshot.mailboxes()) {
        if (mailbox.casMailbox() != null) {
          for (String key : List.of("ewsAllowList", "ewsBlockList")) {
            checkGlobLengths(
                binder.sourceOf(mailbox.casMailbox(), key),
                "mailboxes[" + mailbox.address() + "].casMailbox." + key,
                problems);
          }
        }
      }
    }
  }

  private static void checkGlobLengths(Node list, String path, Problems problems) {
    List<Node> items = list instanceof SequenceNode sequence ? sequence.getValue() : List.of(list);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof ScalarNode glob
          && glob.getValue().strip().length() > Globs.MAX_LENGTH) {
        problems.add(
            glob.getStartMark(),
            "%s[%s] must be a glob of at most %s characters but was %s characters long: %s",
            path,
            i,
            Globs.MAX_LENGTH,
            glob.getValue().strip().length(),
            quote(glob.getValue().strip()));
      }
    }
  }

  /** A domain is a subject: two entries of one name would give it two sets of results. */
  private static void checkUniqueDomains(Snapshot snapshot, NodeBinder binder, Problems problems) {
    if (snapshot.tenant() == null || snapshot.tenant().domains() == null) {
      return;
    }
    Map<String, Node> firstByName = new HashMap<>();
    for (Domain domain : snapshot.tenant().domains()) {
      if (domain.name() == null) {
        continue; // missing: reported already
      }
      Node name = binder.sourceOf(domain, "name");
      Node first = firstByName.putIfAbsent(domain.name().toLowerCase(Locale.ROOT), name);
      if (first != null) {
        problems.add(
            name.getStartMark(),
            "duplicate domain %s (first at line %s)",
            quote(domain.name()),
            first.getStartMark().getLine() + 1);
      }
    }
  }

  private static void checkUniqueAddresses(
      Snapshot snapshot, NodeBinder binder, Problems problems) {
    if (snapshot.mailboxes() == null) {
      return;
    }
    Map<String, Node> firstByAddress = new HashMap<>();
    for (Mailbox mailbox : snapshot.mailboxes()) {
      if (mailbox.address() == null) {
        continue;
      }
      Node address = binder.sourceOf(mailbox, "address");
      Node first = firstByAddress.putIfAbsent(mailbox.address().toLowerCase(Locale.ROOT), address);
      if (first != null) {
        problems.add(
            address.getStartMark(),
            "duplicate mailbox address %s (first at line %s)",
            quote(mailbox.address()),
            first.getStartMark().getLine() + 1);
      }
    }
  }
}
