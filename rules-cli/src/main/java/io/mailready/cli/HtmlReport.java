package io.mailready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailready.Finding;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.ReportJson;
import io.mailready.RequirementInfo;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Summary;
import io.mailready.Waiver;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTML form of a report: one self-contained page (no external script, style, font or image)
 * with the readiness verdict, a chart of the counts, a checklist of every requirement with its
 * status per subject (counts per status for large tenants), one card per requirement and severity
 * ({@link FindingGroup}) with its evidence, affected subjects and copyable fixes, the waived
 * findings and what could not be evaluated. A tenant of 10,000 mailboxes makes a page of well under
 * 5 MB.
 *
 * <p>The page is a Pebble template ({@code report.html.peb}) that escapes every value it prints
 * (autoescaping is on), filled from a view model built here. The output is deterministic: anchors
 * and ids are numbered in report order; the only date is the report's evaluation date.
 */
final class HtmlReport {
  private static final PebbleEngine ENGINE =
      new PebbleEngine.Builder()
          .loader(classpathLoader())
          .strictVariables(true)
          .autoEscaping(true)
          .defaultEscapingStrategy("html")
          .cacheActive(true)
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HtmlReport() {}

  /** How many subjects of a group are shown before the rest, behind a disclosure. */
  static final int INLINE_SUBJECTS = 20;

  /** A requirement with more results than this shows counts per status, not one cell each. */
  static final int CHECKLIST_CELLS = 24;

  /** The page of one report, with every finding. */
  static String write(Report report, List<RequirementInfo> requirements) {
    return write(report, requirements, Severity.INFO);
  }

  /**
   * The page of one report, with the findings at or above {@code minSeverity}; {@code requirements}
   * give titles to requirements without finding.
   */
  static String write(Report report, List<RequirementInfo> requirements, Severity minSeverity) {
    PebbleTemplate template = ENGINE.getTemplate("report.html.peb");
    StringWriter out = new StringWriter();
    try {
      template.evaluate(out, model(report, requirements, minSeverity), Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static ClasspathLoader classpathLoader() {
    ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
    loader.setPrefix("io/mailready/cli");
    loader.setCharset("UTF-8");
    return loader;
  }

  /** A count of the chart: its label, CSS class, value and bar width in percent of the largest. */
  record Bar(String label, String css, int count, String width) {}

  /** A command or call to copy, with the id of its code element. */
  record Command(String label, String language, String id, String text) {}

  /** A fix: what to do, where in the admin center, and the commands. */
  record FixView(int number, String summary, String adminCenter, List<Command> commands) {}

  /** A reference: its text, and the link when it is a web address (never a script URL). */
  record Link(String text, String href) {}

  /** An evidence value, as JSON text unless it is a string. */
  record Evidence(String name, String value) {}

  /** A subject of a group, with its values of the group's columns. */
  record Member(String subject, List<String> values) {}

  /**
   * The findings of one requirement and severity as the page shows them: the subject and message
   * when there is one finding; otherwise the message template, the evidence they share, and a table
   * of subjects (the first {@value #INLINE_SUBJECTS}, the others behind a disclosure).
   */
  record FindingView(
      String anchor,
      String requirement,
      String title,
      String severity,
      String css,
      String subjectKind,
      String subject,
      String count,
      String message,
      List<Evidence> evidence,
      List<String> columns,
      List<Member> members,
      List<Member> more,
      List<FixView> fixes,
      List<Link> references,
      String waiver) {}

  /** The finding groups of one severity, with their number of findings. */
  record Group(String label, String css, int count, List<FindingView> findings) {}

  /** One subject's status in the checklist, or the number of subjects with a status. */
  record Cell(String subject, String kind, String status, String css, String note, String link) {}

  /** One requirement of the checklist with its subjects' statuses. */
  record Row(String requirement, String title, String worst, String css, List<Cell> cells) {}

  /** Results that could not be evaluated, for one requirement and reason. */
  record NotEvaluated(
      String status,
      String requirement,
      String subjectKind,
      String subject,
      List<String> more,
      String reason) {}

  private static Map<String, Object> model(
      Report report, List<RequirementInfo> requirements, Severity minSeverity) {
    Summary summary = report.summary();
    Map<String, Object> model = new HashMap<>();
    model.put("tenant", report.tenant());
    model.put("evaluatedAt", report.evaluatedAt().toString());
    model.put(
        "packs", report.packs().stream().map(HtmlReport::pack).collect(Collectors.joining(", ")));
    model.put("ready", summary.ready());
    model.put("verdict", summary.ready() ? "READY" : "NOT READY");
    model.put("verdictLine", verdictLine(report));
    model.put("bars", bars(summary));
    model.put("statusBars", statusBars(report));
    model.put("resultCount", report.results().size());

    List<Finding> shown =
        report.findings().stream().filter(f -> f.severity().atLeast(minSeverity)).toList();
    int hidden = report.findings().size() - shown.size();
    model.put(
        "hidden",
        hidden == 0
            ? ""
            : FindingGroup.plural(hidden, "finding") + " below " + minSeverity + " not shown.");
    Map<String, String> anchors = new HashMap<>();
    List<FindingView> waived = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    List<FindingGroup> all = FindingGroup.of(shown);
    int openCount = 0;
    int waivedCount = 0;
    for (Severity severity : Severity.values()) {
      List<FindingView> views = new ArrayList<>();
      int count = 0;
      for (int i = 0; i < all.size(); i++) {
        FindingGroup group = all.get(i);
        if (group.severity() == severity && group.waiver() == null) {
          views.add(findingView("finding-" + (i + 1), group, report, anchors));
          count += group.size();
        }
      }
      if (!views.isEmpty()) {
        groups.add(new Group(severity.name(), css(severity), count, views));
        openCount += count;
      }
    }
    for (int i = 0; i < all.size(); i++) {
      FindingGroup group = all.get(i);
      if (group.waiver() != null) {
        waived.add(findingView("finding-" + (i + 1), group, report, anchors));
        waivedCount += group.size();
      }
    }
    model.put("groups", groups);
    model.put("openCount", openCount);
    model.put("waived", waived);
    model.put("waivedCount", waivedCount);
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    int notEvaluatedCount = 0;
    for (ResultGroup group : ResultGroup.notEvaluated(report.results())) {
      List<String> subjects = group.subjects();
      notEvaluated.add(
          new NotEvaluated(
              group.status().name(),
              group.requirement(),
              group.subjects().size() == 1 ? group.subjectKind().label() : group.count(),
              String.join(", ", subjects.subList(0, Math.min(INLINE_SUBJECTS, subjects.size()))),
              subjects.size() > INLINE_SUBJECTS
                  ? subjects.subList(INLINE_SUBJECTS, subjects.size())
                  : List.of(),
              group.reason() == null ? "" : group.reason()));
      notEvaluatedCount += subjects.size();
    }
    model.put("notEvaluated", notEvaluated);
    model.put("notEvaluatedCount", notEvaluatedCount);
    model.put("checklist", checklist(report, requirements, anchors));
    return model;
  }

  private static FindingView findingView(
      String anchor, FindingGroup group, Report report, Map<String, String> anchors) {
    Finding first = group.first();
    for (Finding finding : group.findings()) {
      anchors.put(key(finding.requirement(), finding.subjectKind(), finding.subject()), anchor);
    }
    boolean single = group.size() == 1;
    List<Evidence> evidence =
        evidence(report, first, single ? first.evidence() : group.commonEvidence());
    List<FixView> fixes = new ArrayList<>();
    for (int i = 0; i < group.fixes().size(); i++) {
      FindingGroup.FixTemplate fix = group.fixes().get(i);
      List<Command> commands = new ArrayList<>();
      String prefix = anchor + "-fix-" + (i + 1);
      if (present(fix.powershell())) {
        commands.add(
            new Command(
                "PowerShell", "powershell", prefix + "-powershell", fix.powershell().strip()));
      }
      if (present(fix.graph())) {
        commands.add(
            new Command("Microsoft Graph", "http", prefix + "-graph", fix.graph().strip()));
      }
      fixes.add(
          new FixView(
              i + 1,
              fix.summary(),
              present(fix.adminCenter()) ? fix.adminCenter().strip() : null,
              commands));
    }
    List<Member> members = new ArrayList<>();
    List<Member> more = new ArrayList<>();
    if (!single) {
      for (int m = 0; m < group.size(); m++) {
        int index = m;
        List<String> values =
            group.columns().stream()
                .map(c -> c.values().get(index) == null ? "" : c.values().get(index))
                .toList();
        (m < INLINE_SUBJECTS ? members : more)
            .add(new Member(group.findings().get(m).subject(), values));
      }
    }
    return new FindingView(
        anchor,
        group.requirement(),
        group.title(),
        group.severity().name(),
        css(group.severity()),
        single ? first.subjectKind().label() : group.subjectKind().label(),
        single ? first.subject() : "",
        group.count(),
        single ? first.message() : group.message(),
        evidence,
        group.columns().stream().map(FindingGroup.Column::name).toList(),
        members,
        more,
        fixes,
        group.references().stream()
            .map(r -> new Link(r, r.startsWith("https://") || r.startsWith("http://") ? r : ""))
            .toList(),
        group.waiver() != null ? waiverText(group.waiver()) : null);
  }

  /** The evidence values as the JSON report writes them (text unquoted). */
  private static List<Evidence> evidence(Report report, Finding first, Map<String, Object> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    Finding carrier =
        new Finding(
            first.requirement(),
            first.title(),
            first.severity(),
            first.obligation(),
            first.subjectKind(),
            first.subject(),
            first.message(),
            values,
            List.of(),
            List.of(),
            null);
    Report one =
        new Report(
            report.tenant(),
            report.evaluatedAt(),
            List.of(),
            report.summary(),
            List.of(),
            List.of(carrier),
            List.of());
    JsonNode json = readTree(ReportJson.write(one)).path("findings").path(0);
    List<Evidence> evidence = new ArrayList<>();
    json.path("evidence")
        .fields()
        .forEachRemaining(
            field ->
                evidence.add(
                    new Evidence(
                        field.getKey(),
                        field.getValue().isTextual()
                            ? field.getValue().textValue()
                            : field.getValue().toString())));
    return evidence;
  }

  private static List<Row> checklist(
      Report report, List<RequirementInfo> requirements, Map<String, String> anchors) {
    Map<String, String> titles = new HashMap<>();
    requirements.forEach(info -> titles.put(info.id(), info.title()));
    report.findings().forEach(f -> titles.putIfAbsent(f.requirement(), f.title()));
    Map<String, List<Result>> byRequirement = new LinkedHashMap<>();
    for (Result result : report.results()) {
      byRequirement.computeIfAbsent(result.requirement(), id -> new ArrayList<>()).add(result);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<Result>> entry : byRequirement.entrySet()) {
      List<Cell> cells = new ArrayList<>();
      Status worst = Status.PASS;
      for (Result result : entry.getValue()) {
        worst = rank(result.status()) > rank(worst) ? result.status() : worst;
      }
      if (entry.getValue().size() <= CHECKLIST_CELLS) {
        for (Result result : entry.getValue()) {
          String anchor =
              anchors.get(key(result.requirement(), result.subjectKind(), result.subject()));
          cells.add(
              new Cell(
                  result.subject(),
                  result.subjectKind().label(),
                  statusLabel(result.status()),
                  css(result.status()),
                  result.reason() == null ? "" : result.reason(),
                  anchor == null ? "" : "#" + anchor));
        }
      } else {
        // Thousands of mailboxes: a count per status, linked to the findings of the first.
        Map<Status, List<Result>> byStatus = new EnumMap<>(Status.class);
        entry
            .getValue()
            .forEach(r -> byStatus.computeIfAbsent(r.status(), s -> new ArrayList<>()).add(r));
        byStatus.forEach(
            (status, results) -> {
              Result result = results.get(0);
              String anchor =
                  anchors.get(key(result.requirement(), result.subjectKind(), result.subject()));
              cells.add(
                  new Cell(
                      FindingGroup.plural(results.size(), result.subjectKind().label()),
                      result.subjectKind().label(),
                      statusLabel(status),
                      css(status),
                      "",
                      anchor == null ? "" : "#" + anchor));
            });
      }
      String title = titles.get(entry.getKey());
      rows.add(
          new Row(
              entry.getKey(), title == null ? "" : title, statusLabel(worst), css(worst), cells));
    }
    return rows;
  }

  /** How bad a status is, for the worst status of a requirement. */
  private static int rank(Status status) {
    return switch (status) {
      case PASS -> 0;
      case NOT_APPLICABLE -> 1;
      case WAIVED -> 2;
      case UNKNOWN -> 3;
      case ERROR -> 4;
      case FAIL -> 5;
    };
  }

  private static List<Bar> bars(Summary summary) {
    int[] counts = {
      summary.blocker(),
      summary.error(),
      summary.warning(),
      summary.info(),
      summary.waived(),
      summary.unknown(),
      summary.ruleErrors()
    };
    String[] labels = {"Blocker", "Error", "Warning", "Info", "Waived", "Unknown", "Rule errors"};
    String[] classes = {"blocker", "error", "warning", "info", "waived", "unknown", "rule-error"};
    int max = 1;
    for (int count : counts) {
      max = Math.max(max, count);
    }
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      bars.add(new Bar(labels[i], classes[i], counts[i], String.valueOf(counts[i] * 100 / max)));
    }
    return bars;
  }

  /** The results per status, as shares of a stacked bar; empty statuses left out. */
  private static List<Bar> statusBars(Report report) {
    Map<Status, Integer> counts = new LinkedHashMap<>();
    for (Status status :
        List.of(
            Status.PASS,
            Status.FAIL,
            Status.WAIVED,
            Status.UNKNOWN,
            Status.ERROR,
            Status.NOT_APPLICABLE)) {
      counts.put(status, 0);
    }
    report.results().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    int total = Math.max(1, report.results().size());
    List<Bar> bars = new ArrayList<>();
    counts.forEach(
        (status, count) -> {
          if (count > 0) {
            // Per mille, so that the shares add up closely without floating-point text.
            int perMille = count * 1000 / total;
            bars.add(
                new Bar(
                    statusLabel(status), css(status), count, perMille / 10 + "." + perMille % 10));
          }
        });
    return bars;
  }

  private static String verdictLine(Report report) {
    Summary summary = report.summary();
    if (summary.ready()) {
      return "Nothing blocks sync for " + report.tenant() + ".";
    }
    List<String> why = new ArrayList<>();
    if (summary.blocker() > 0) {
      why.add(summary.blocker() + " blocker" + (summary.blocker() == 1 ? "" : "s"));
    }
    if (summary.unknown() > 0) {
      why.add(summary.unknown() + " unknown");
    }
    if (summary.ruleErrors() > 0) {
      why.add(summary.ruleErrors() + " rule error" + (summary.ruleErrors() == 1 ? "" : "s"));
    }
    return "Sync will not fully work for "
        + report.tenant()
        + (why.isEmpty() ? "." : ": " + String.join(", ", why) + ".");
  }

  private static String waiverText(Waiver waiver) {
    StringBuilder text = new StringBuilder("Waived");
    if (waiver.owner() != null) {
      text.append(" by ").append(waiver.owner());
    }
    if (waiver.expires() != null) {
      text.append(" until ").append(waiver.expires());
    }
    if (waiver.ticket() != null) {
      text.append(" (").append(waiver.ticket()).append(')');
    }
    if (waiver.reason() != null) {
      text.append(": ").append(waiver.reason());
    }
    return text.toString();
  }

  private static String statusLabel(Status status) {
    return status == Status.NOT_APPLICABLE ? "N/A" : status.name();
  }

  private static String css(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  private static String css(Status status) {
    return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String pack(PackInfo pack) {
    return pack.version() == null ? pack.id() : pack.id() + " " + pack.version();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String key(String requirement, SubjectKind kind, String subject) {
    return requirement + "\u0000" + kind + "\u0000" + subject;
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
