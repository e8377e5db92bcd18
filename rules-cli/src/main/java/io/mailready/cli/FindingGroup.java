package io.mailready.cli;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.Severity;
import io.mailready.SubjectKind;
import io.mailready.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of one requirement and severity (and waiver, for waived findings), as the human
 * formats show them: the message and fixes once, as templates whose placeholders differ per
 * subject, and the affected subjects with those values. A tenant of 10,000 mailboxes has a few
 * hundred findings of one requirement; they read as one entry with a list, not as a few hundred
 * copies of the same card.
 */
final class FindingGroup {
  /** A value shown per subject: a placeholder of the templates, or a text without template. */
  record Column(String name, List<String> values) {}

  /** A fix as templates; a part that differs in shape per subject says so and is a column. */
  record FixTemplate(String summary, String adminCenter, String powershell, String graph) {}

  private static final String[] FIX_PARTS = {"", " admin center", " PowerShell", " Graph"};

  private final List<Finding> findings;
  private final String message;
  private final List<FixTemplate> fixes;
  private final List<Column> columns;
  private final Map<String, Object> commonEvidence;

  private FindingGroup(List<Finding> findings) {
    this.findings = List.copyOf(findings);
    Finding first = findings.get(0);
    String label = first.subjectKind().label();
    int fixCount = findings.stream().mapToInt(f -> f.fixes().size()).max().orElse(0);
    List<List<String>> fields = new ArrayList<>();
    fields.add(findings.stream().map(Finding::message).toList());
    for (int i = 0; i < fixCount; i++) {
      for (int part = 0; part < FIX_PARTS.length; part++) {
        int index = i;
        int p = part;
        fields.add(findings.stream().map(f -> fixPart(f, index, p)).toList());
      }
    }
    List<String> subjects = findings.stream().map(Finding::subject).toList();
    Variation variation = Variation.of(label, subjects, fields, this::evidenceName);
    List<Column> columns = new ArrayList<>();
    variation.slots().forEach(slot -> columns.add(new Column(slot.name(), slot.values())));
    for (int field : variation.varyingFields()) {
      String name = field == 0 ? "message" : fieldName(field);
      columns.add(new Column(name, fields.get(field).stream().map(Objects::toString).toList()));
    }
    this.columns = List.copyOf(columns);
    String perSubject = "(differs per " + label + ": see the list)";
    this.message = variation.template(0) == null ? null : variation.template(0);
    List<FixTemplate> fixTemplates = new ArrayList<>();
    for (int i = 0; i < fixCount; i++) {
      String[] parts = new String[FIX_PARTS.length];
      for (int part = 0; part < FIX_PARTS.length; part++) {
        int field = 1 + i * FIX_PARTS.length + part;
        parts[part] =
            variation.varyingFields().contains(field) ? perSubject : variation.template(field);
      }
      fixTemplates.add(new FixTemplate(parts[0], parts[1], parts[2], parts[3]));
    }
    this.fixes = List.copyOf(fixTemplates);
    Map<String, Object> common = new LinkedHashMap<>(first.evidence());
    for (Finding finding : findings) {
      common
          .entrySet()
          .removeIf(
              e ->
                  !finding.evidence().containsKey(e.getKey())
                      || !Objects.equals(finding.evidence().get(e.getKey()), e.getValue()));
    }
    this.commonEvidence = common;
  }

  /**
   * The findings grouped by requirement, severity, subject kind and waiver, in the order of each
   * group's first finding (a report's order: severity, requirement, subject).
   */
  static List<FindingGroup> of(List<Finding> findings) {
    Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : findings) {
      List<Object> key = new ArrayList<>(4);
      key.add(f.requirement());
      key.add(f.severity());
      key.add(f.subjectKind());
      key.add(f.waiver() == null ? "" : f.waiver());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    return groups.values().stream().map(FindingGroup::new).toList();
  }

  private static String fixPart(Finding finding, int index, int part) {
    if (index >= finding.fixes().size()) {
      return null;
    }
    Fix fix = finding.fixes().get(index);
    String text =
        switch (part) {
          case 0 -> fix.summary();
          case 1 -> fix.adminCenter();
          case 2 -> fix.powershell();
          default -> fix.graph();
        };
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String fieldName(int field) {
    int fix = (field - 1) / FIX_PARTS.length + 1;
    return "fix " + fix + FIX_PARTS[(field - 1) % FIX_PARTS.length];
  }

  /** The evidence entry of member {@code m} whose value reads as {@code value}, if any. */
  private String evidenceName(int m, String value) {
    for (Map.Entry<String, Object> entry : findings.get(m).evidence().entrySet()) {
      if (entry.getValue() != null && value.equals(String.valueOf(entry.getValue()))) {
        return entry.getKey();
      }
    }
    return null;
  }

  List<Finding> findings() {
    return findings;
  }

  Finding first() {
    return findings.get(0);
  }

  int size() {
    return findings.size();
  }

  String requirement() {
    return first().requirement();
  }

  String title() {
    return first().title() == null ? "" : first().title();
  }

  Severity severity() {
    return first().severity();
  }

  SubjectKind subjectKind() {
    return first().subjectKind();
  }

  /** The waiver of every finding of the group, or null when they are open. */
  Waiver waiver() {
    return first().waiver();
  }

  List<String> references() {
    return first().references();
  }

  /** The message with {@code {placeholders}}, or null when it differs in shape per subject. */
  String message() {
    return message;
  }

  /** The fixes as templates; a part a subject does not have is null. */
  List<FixTemplate> fixes() {
    return fixes;
  }

  /** The values that differ per subject, beyond the subject itself. */
  List<Column> columns() {
    return columns;
  }

  /** The evidence every finding of the group has with the same value. */
  Map<String, Object> commonEvidence() {
    return commonEvidence;
  }

  /** For example "3 mailboxes" or "1 domain". */
  String count() {
    return plural(size(), subjectKind().label());
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : noun.endsWith("x") ? "es" : "s");
  }
}
