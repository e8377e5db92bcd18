package io.mailready.cli;

import static io.mailready.cli.JsonText.optional;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mailready.Finding;
import io.mailready.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two reports of a tenant, finding by finding. A finding is keyed by
 * requirement, subject kind and subject; only unwaived findings count as failing, so a finding that
 * got waived is listed as fixed, marked waived.
 *
 * @param added failing now, not before: new
 * @param fixed failing before, not now
 * @param changedSeverity failing in both, with another severity
 * @param stillFailing failing in both, with the same severity
 */
record ReportDiff(
    Report before,
    Report after,
    List<Change> added,
    List<Change> fixed,
    List<Change> changedSeverity,
    List<Change> stillFailing) {

  /**
   * One finding's change.
   *
   * @param before the finding in the old report, or {@code null}
   * @param after the finding in the new report, or {@code null} (a waived one for a waived fix)
   */
  record Change(Finding before, Finding after) {
    /** The finding to describe: the newest one. */
    Finding finding() {
      return after != null ? after : before;
    }
  }

  /** The differences, each list in the new report's finding order (fixed: the old one's). */
  static ReportDiff of(Report before, Report after) {
    Map<String, Finding> old = failing(before);
    Map<String, Finding> now = failing(after);
    Map<String, Finding> waivedNow = new LinkedHashMap<>();
    for (Finding finding : after.findings()) {
      if (finding.waived()) {
        waivedNow.putIfAbsent(key(finding), finding);
      }
    }
    List<Change> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<Change> still = new ArrayList<>();
    for (Map.Entry<String, Finding> entry : now.entrySet()) {
      Finding previous = old.get(entry.getKey());
      if (previous == null) {
        added.add(new Change(null, entry.getValue()));
      } else if (previous.severity() != entry.getValue().severity()) {
        changed.add(new Change(previous, entry.getValue()));
      } else {
        still.add(new Change(previous, entry.getValue()));
      }
    }
    List<Change> fixed = new ArrayList<>();
    for (Map.Entry<String, Finding> entry : old.entrySet()) {
      if (!now.containsKey(entry.getKey())) {
        fixed.add(new Change(entry.getValue(), waivedNow.get(entry.getKey())));
      }
    }
    return new ReportDiff(before, after, added, fixed, changed, still);
  }

  /** The text form: new, fixed, changed severity and still failing, and a count line. */
  String text(String oldFile, String newFile) {
    StringBuilder out = new StringBuilder();
    out.append(oldFile).append(" -> ").append(newFile).append('\n');
    out.append("  tenant:    ").append(tenants()).append('\n');
    out.append("  evaluated: ")
        .append(before.evaluatedAt())
        .append(" -> ")
        .append(after.evaluatedAt())
        .append('\n');
    section(out, "NEW", added);
    section(out, "FIXED", fixed);
    section(out, "CHANGED SEVERITY", changedSeverity);
    section(out, "STILL FAILING", stillFailing);
    out.append('\n').append(countLine()).append('\n');
    return out.toString();
  }

  /** The JSON form, format {@code mailready/diff/v1}. */
  String json(String oldFile, String newFile) {
    return JsonText.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("schema", "mailready/diff/v1");
          side(json, "old", oldFile, before);
          side(json, "new", newFile, after);
          json.writeObjectFieldStart("counts");
          json.writeNumberField("newFindings", added.size());
          json.writeNumberField("fixed", fixed.size());
          json.writeNumberField("changedSeverity", changedSeverity.size());
          json.writeNumberField("stillFailing", stillFailing.size());
          json.writeEndObject();
          changes(json, "newFindings", added);
          changes(json, "fixed", fixed);
          changes(json, "changedSeverity", changedSeverity);
          changes(json, "stillFailing", stillFailing);
          json.writeEndObject();
        });
  }

  private String tenants() {
    return before.tenant().equals(after.tenant())
        ? after.tenant()
        : before.tenant() + " -> " + after.tenant();
  }

  private String countLine() {
    return added.size()
        + " new, "
        + fixed.size()
        + " fixed, "
        + changedSeverity.size()
        + " changed severity, "
        + stillFailing.size()
        + " still failing";
  }

  private static void section(StringBuilder out, String heading, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append('\n')
        .append(heading)
        .append(": ")
        .append(changes.size())
        .append(changes.size() == 1 ? " finding" : " findings")
        .append('\n');
    for (Change change : changes) {
      Finding finding = change.finding();
      String severity =
          change.before() != null
                  && change.after() != null
                  && change.before().severity() != change.after().severity()
              ? change.before().severity() + " -> " + change.after().severity()
              : finding.severity().name();
      out.append("  [")
          .append(severity)
          .append("] ")
          .append(finding.requirement())
          .append(' ')
          .append(finding.subjectKind().label())
          .append(": ")
          .append(finding.subject());
      if (change.after() != null && change.after().waived()) {
        out.append(" (waived)");
      }
      out.append('\n');
      for (String line : TextReport.wrap(finding.message(), 4, 6, TextReport.WIDTH)) {
        out.append(line).append('\n');
      }
    }
  }

  private static void side(JsonGenerator json, String name, String file, Report report)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("file", file);
    json.writeStringField("tenant", report.tenant());
    json.writeStringField("evaluatedAt", report.evaluatedAt().toString());
    json.writeBooleanField("ready", report.ready());
    json.writeEndObject();
  }

  private static void changes(JsonGenerator json, String name, List<Change> changes)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Change change : changes) {
      Finding finding = change.finding();
      json.writeStartObject();
      json.writeStringField("requirement", finding.requirement());
      json.writeStringField("subjectKind", finding.subjectKind().label());
      json.writeStringField("subject", finding.subject());
      optional(json, "title", finding.title());
      if (change.before() != null) {
        json.writeStringField("oldSeverity", change.before().severity().name());
      }
      if (change.after() != null) {
        json.writeStringField("newSeverity", change.after().severity().name());
      }
      if (change.after() != null && change.after().waived()) {
        json.writeBooleanField("waived", true);
      }
      json.writeStringField("message", finding.message());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static Map<String, Finding> failing(Report report) {
    Map<String, Finding> failing = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      if (!finding.waived()) {
        failing.putIfAbsent(key(finding), finding);
      }
    }
    return failing;
  }

  private static String key(Finding finding) {
    return finding.requirement() + "\u0000" + finding.subjectKind() + "\u0000" + finding.subject();
  }
}
