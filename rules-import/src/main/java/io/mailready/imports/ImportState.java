package io.mailready.imports;

import static io.mailready.imports.SourceObject.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The snapshot being assembled, as a tree in the snapshot format, with what the summary reports:
 * the sections each file gave and the properties each source dropped.
 */
final class ImportState {
  final ImportProblems problems = new ImportProblems();
  final ObjectNode tenant = NODES.objectNode();
  ObjectNode entra;
  ObjectNode platform;

  /** The default accepted domain and the organisation's name: candidates for the tenant name. */
  String defaultDomain;

  String organisationName;

  /** Mailboxes by lower-case address, in the order first seen. */
  final Map<String, MailboxDraft> mailboxes = new LinkedHashMap<>();

  /** Whether any source listed the organisation's mailboxes (else {@code mailboxes} is absent). */
  boolean mailboxesCollected;

  final Map<String, Set<String>> sectionsByFile = new LinkedHashMap<>();
  final Map<String, String> sourceByFile = new LinkedHashMap<>();
  private final Map<String, Integer> droppedCount = new TreeMap<>();
  private final Map<String, Set<String>> droppedNames = new TreeMap<>();
  final List<String> notes = new ArrayList<>();
  final List<String> conflicts = new ArrayList<>();

  /** Records that a file was read as {@code source}. */
  void read(ExportFile file, String source) {
    sourceByFile.put(file.name, source);
    sectionsByFile.computeIfAbsent(file.name, name -> new LinkedHashSet<>());
  }

  /** Records that a file gave a snapshot section. */
  void gave(ExportFile file, String section) {
    sectionsByFile.computeIfAbsent(file.name, name -> new LinkedHashSet<>()).add(section);
  }

  /** Counts what an object had that the import did not read. */
  void dropUnused(String source, SourceObject object) {
    dropped(source, object.unused());
  }

  void dropped(String source, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    droppedCount.merge(source, names.size(), Integer::sum);
    droppedNames
        .computeIfAbsent(source, s -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
        .addAll(names);
  }

  List<ImportSummary.Dropped> dropped() {
    List<ImportSummary.Dropped> dropped = new ArrayList<>();
    droppedCount.forEach(
        (source, count) ->
            dropped.add(
                new ImportSummary.Dropped(
                    source, count, new ArrayList<>(droppedNames.get(source)))));
    return dropped;
  }

  /** The Entra section, created on first use. */
  ObjectNode entra() {
    if (entra == null) {
      entra = NODES.objectNode();
    }
    return entra;
  }

  /** The mailbox with this address, created on first use. */
  MailboxDraft mailbox(String address) {
    return mailboxes.computeIfAbsent(
        address.toLowerCase(Locale.ROOT), key -> new MailboxDraft(address));
  }

  /**
   * The mailbox an identity names (object id, UPN, primary or secondary address, name, alias), or
   * {@code null}; matched case-insensitively.
   */
  MailboxDraft find(String... identities) {
    for (String identity : identities) {
      if (identity == null || identity.isBlank()) {
        continue;
      }
      String key = identity.trim().toLowerCase(Locale.ROOT);
      MailboxDraft byAddress = mailboxes.get(key);
      if (byAddress != null) {
        return byAddress;
      }
      for (MailboxDraft mailbox : mailboxes.values()) {
        if (mailbox.identities.contains(key)) {
          return mailbox;
        }
      }
    }
    return null;
  }
}
