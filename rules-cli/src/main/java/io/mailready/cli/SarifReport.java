package io.mailready.cli;

import static io.mailready.cli.JsonText.optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.ReportJson;
import io.mailready.RequirementInfo;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.Waiver;
import io.mailready.snapshot.SubjectLines;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SARIF 2.1.0 form of reports, for code-scanning tools: one run per report.
 *
 * <p>{@code tool.driver.rules} describes every requirement (title, guide, fixes with placeholders,
 * references) with its default level; there is one result per FAIL finding, and waived findings are
 * results with an accepted external suppression. Each subject is a logical location of its kind
 * (tenant, domain or mailbox), and, when the report was made from a snapshot file, also the
 * physical location of the subject in that file (its line), which code-scanning tools require. Rule
 * errors are tool execution notifications. The output is deterministic: no timestamps, no generated
 * ids.
 */
final class SarifReport {
  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SarifReport() {}

  /**
   * The snapshot file a report was made from: its URI as the user named it (relative stays
   * relative, for code-scanning tools that resolve it against the repository), and the line of each
   * subject in it.
   */
  record Source(String uri, Map<String, Integer> lines) {
    /** The source of a snapshot file, or null when it is not a regular file (e.g. stdin). */
    static Source of(String file) {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        return null;
      }
      String uri;
      try {
        uri =
            path.isAbsolute()
                ? path.toUri().toString()
                : new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
      } catch (URISyntaxException e) {
        uri = path.toUri().toString();
      }
      return new Source(uri, SubjectLines.of(path));
    }

    /** The 1-based line of the subject; the first line when the file does not name it. */
    int line(String kind, String subject) {
      return lines.getOrDefault(kind + ":" + subject, 1);
    }
  }

  /** The SARIF log of the reports, with logical locations only. */
  static String write(List<Report> reports, List<RequirementInfo> requirements) {
    return write(reports, java.util.Collections.nCopies(reports.size(), null), requirements);
  }

  /**
   * Writes the SARIF log of checked snapshot files to {@code out} as it goes: each result also
   * points at its file and line.
   */
  static void writeChecked(List<Checked> reports, List<RequirementInfo> requirements, Writer out)
      throws IOException {
    JsonText.write(
        body(
            reports.stream().map(Checked::report).toList(),
            reports.stream().map(checked -> Source.of(checked.file())).toList(),
            requirements),
        out);
  }

  /**
   * The SARIF log of the reports, with the requirements the checker loaded; a report's source, when
   * not null, gives each result a physical location (file and line of its subject).
   */
  static String write(
      List<Report> reports, List<Source> sources, List<RequirementInfo> requirements) {
    return JsonText.write(body(reports, sources, requirements));
  }

  private static JsonText.Body body(
      List<Report> reports, List<Source> sources, List<RequirementInfo> requirements) {
    return json -> {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA_URI);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      for (int i = 0; i < reports.size(); i++) {
        writeRun(json, reports.get(i), sources.get(i), requirements);
      }
      json.writeEndArray();
      json.writeEndObject();
    };
  }

  /** The SARIF level of a severity: BLOCKER and ERROR are errors, INFO is a note. */
  static String level(Severity severity) {
    return switch (severity) {
      case BLOCKER, ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static void writeRun(
      JsonGenerator json, Report report, Source source, List<RequirementInfo> catalog)
      throws IOException {
    List<Rule> rules = rules(report, catalog);
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    rules.forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));
    Map<String, Integer> locationIndex = new LinkedHashMap<>();
    for (Result result : report.results()) {
      locationIndex.putIfAbsent(locationKey(result.subjectKind().label(), result.subject()), 0);
    }
    for (Finding finding : report.findings()) {
      locationIndex.putIfAbsent(locationKey(finding.subjectKind().label(), finding.subject()), 0);
    }
    int next = 0;
    for (Map.Entry<String, Integer> entry : locationIndex.entrySet()) {
      entry.setValue(next++);
    }
    JsonNode reportJson = MAPPER.readTree(ReportJson.write(report));

    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "mailready");
    json.writeStringField(
        "fullName", "mailready: Microsoft email tenant readiness for an email-sync platform");
    json.writeArrayFieldStart("rules");
    for (Rule rule : rules) {
      writeRule(json, rule);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeArrayFieldStart("extensions");
    for (PackInfo pack : report.packs()) {
      json.writeStartObject();
      json.writeStringField("name", pack.id() == null ? "pack" : pack.id());
      optional(json, "version", pack.version());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();

    json.writeObjectFieldStart("automationDetails");
    json.writeStringField("id", "mailready/" + report.tenant() + "/");
    json.writeEndObject();

    writeInvocation(json, report);

    if (source != null) {
      json.writeArrayFieldStart("artifacts");
      json.writeStartObject();
      json.writeObjectFieldStart("location");
      json.writeStringField("uri", source.uri());
      json.writeEndObject();
      json.writeArrayFieldStart("roles");
      json.writeString("analysisTarget");
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
    }

    json.writeArrayFieldStart("logicalLocations");
    for (String key : locationIndex.keySet()) {
      String[] kindAndName = key.split("\u0000", 2);
      json.writeStartObject();
      json.writeStringField("name", kindAndName[1]);
      json.writeStringField("fullyQualifiedName", kindAndName[0] + ":" + kindAndName[1]);
      json.writeStringField("kind", kindAndName[0]);
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("results");
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      writeResult(
          json,
          finding,
          ruleIndex.get(finding.requirement()),
          locationIndex.get(locationKey(finding.subjectKind().label(), finding.subject())),
          source,
          reportJson.path("findings").path(i).path("evidence"));
    }
    json.writeEndArray();

    json.writeObjectFieldStart("properties");
    json.writeStringField("tenant", report.tenant());
    json.writeStringField("evaluatedAt", report.evaluatedAt().toString());
    json.writeBooleanField("ready", report.ready());
    json.writeFieldName("summary");
    json.writeTree(reportJson.path("summary"));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeInvocation(JsonGenerator json, Report report) throws IOException {
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", report.summary().ruleErrors() == 0);
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (Result result : report.results()) {
      if (result.status() == Status.ERROR) {
        json.writeStartObject();
        json.writeObjectFieldStart("message");
        json.writeStringField(
            "text",
            "rule error: "
                + result.requirement()
                + " for "
                + result.subjectKind().label()
                + " "
                + result.subject()
                + (result.reason() == null ? "" : ": " + result.reason()));
        json.writeEndObject();
        json.writeStringField("level", "error");
        json.writeObjectFieldStart("associatedRule");
        json.writeStringField("id", result.requirement());
        json.writeEndObject();
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writeRule(JsonGenerator json, Rule rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeObjectFieldStart("shortDescription");
    json.writeStringField("text", rule.title());
    json.writeEndObject();
    if (rule.info() != null && rule.info().guide() != null) {
      json.writeObjectFieldStart("fullDescription");
      json.writeStringField("text", rule.info().guide());
      json.writeEndObject();
    }
    if (rule.info() != null) {
      json.writeObjectFieldStart("help");
      json.writeStringField("text", helpText(rule.info()));
      json.writeStringField("markdown", helpMarkdown(rule.info()));
      json.writeEndObject();
      if (!rule.info().references().isEmpty()) {
        json.writeStringField("helpUri", rule.info().references().get(0));
      }
    }
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.severity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("severity", rule.severity().name());
    if (rule.info() != null) {
      optional(
          json,
          "obligation",
          rule.info().obligation() == null ? null : rule.info().obligation().name());
      optional(json, "section", rule.info().section());
      optional(
          json,
          "subjectKind",
          rule.info().subjectKind() == null ? null : rule.info().subjectKind().label());
      optional(json, "pack", rule.info().pack());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(
      JsonGenerator json,
      Finding finding,
      int ruleIndex,
      int locationIndex,
      Source source,
      JsonNode evidence)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.requirement());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("kind", "fail");
    json.writeStringField("level", level(finding.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", finding.message());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    if (source != null) {
      // The snapshot line of the subject: code-scanning tools require a file location.
      json.writeObjectFieldStart("physicalLocation");
      json.writeObjectFieldStart("artifactLocation");
      json.writeStringField("uri", source.uri());
      json.writeNumberField("index", 0);
      json.writeEndObject();
      json.writeObjectFieldStart("region");
      json.writeNumberField(
          "startLine", source.line(finding.subjectKind().label(), finding.subject()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeNumberField("index", locationIndex);
    json.writeStringField("name", finding.subject());
    json.writeStringField(
        "fullyQualifiedName", finding.subjectKind().label() + ":" + finding.subject());
    json.writeStringField("kind", finding.subjectKind().label());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    // Stable across runs and report versions, so that code-scanning tools track the same alert.
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(
        "mailready/v1",
        finding.requirement() + ":" + finding.subjectKind().label() + ":" + finding.subject());
    json.writeEndObject();
    if (finding.waived()) {
      writeSuppression(json, finding.waiver());
    }
    json.writeObjectFieldStart("properties");
    json.writeStringField("severity", finding.severity().name());
    json.writeFieldName("evidence");
    json.writeTree(evidence);
    json.writeArrayFieldStart("fixes");
    for (Fix fix : finding.fixes()) {
      json.writeStartObject();
      json.writeStringField("summary", fix.summary());
      optional(json, "adminCenter", fix.adminCenter());
      optional(json, "powershell", fix.powershell());
      optional(json, "graph", fix.graph());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeSuppression(JsonGenerator json, Waiver waiver) throws IOException {
    json.writeArrayFieldStart("suppressions");
    json.writeStartObject();
    json.writeStringField("kind", "external");
    json.writeStringField("status", "accepted");
    optional(json, "justification", waiver.reason());
    json.writeObjectFieldStart("properties");
    optional(json, "owner", waiver.owner());
    optional(json, "expires", waiver.expires() == null ? null : waiver.expires().toString());
    optional(json, "ticket", waiver.ticket());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }

  /** The plain-text help of a requirement: the guide, the fixes and the references. */
  static String helpText(RequirementInfo info) {
    StringBuilder text = new StringBuilder();
    if (info.guide() != null) {
      text.append(info.guide().strip()).append("\n");
    }
    for (Fix fix : info.fixes()) {
      text.append("\nFix: ").append(fix.summary().strip()).append("\n");
      appendLine(text, "Admin center: ", fix.adminCenter());
      appendLine(text, "PowerShell: ", fix.powershell());
      appendLine(text, "Graph: ", fix.graph());
    }
    if (!info.references().isEmpty()) {
      text.append("\nReferences:\n");
      info.references().forEach(reference -> text.append("- ").append(reference).append("\n"));
    }
    return text.toString().strip();
  }

  /** The Markdown help of a requirement, with commands in fenced blocks. */
  static String helpMarkdown(RequirementInfo info) {
    StringBuilder md = new StringBuilder();
    if (info.guide() != null) {
      md.append(info.guide().strip()).append("\n");
    }
    for (Fix fix : info.fixes()) {
      md.append("\n**Fix:** ").append(fix.summary().strip()).append("\n");
      if (fix.adminCenter() != null && !fix.adminCenter().isBlank()) {
        md.append("\nAdmin center: ").append(fix.adminCenter().strip()).append("\n");
      }
      if (fix.powershell() != null && !fix.powershell().isBlank()) {
        md.append(MarkdownReport.codeBlock("powershell", fix.powershell()));
      }
      if (fix.graph() != null && !fix.graph().isBlank()) {
        md.append(MarkdownReport.codeBlock("http", fix.graph()));
      }
    }
    if (!info.references().isEmpty()) {
      md.append("\n**References:**\n\n");
      info.references().forEach(reference -> md.append("- <").append(reference).append(">\n"));
    }
    return md.toString().strip();
  }

  private static void appendLine(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append(label).append(value.strip()).append("\n");
    }
  }

  private static String locationKey(String kind, String name) {
    return kind + "\u0000" + name;
  }

  /** A rule of the run: a loaded requirement, or one only known from the report. */
  private record Rule(String id, String title, Severity severity, RequirementInfo info) {}

  /**
   * The loaded requirements in pack order, then any requirement the report names that the catalog
   * does not have (a report read from elsewhere), described by its first finding.
   */
  private static List<Rule> rules(Report report, List<RequirementInfo> catalog) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (RequirementInfo info : catalog) {
      rules.putIfAbsent(
          info.id(),
          new Rule(
              info.id(),
              info.title() == null ? info.id() : info.title(),
              info.severity() == null ? Severity.WARNING : info.severity(),
              info));
    }
    for (Finding finding : report.findings()) {
      rules.putIfAbsent(
          finding.requirement(),
          new Rule(
              finding.requirement(),
              finding.title() == null ? finding.requirement() : finding.title(),
              finding.severity(),
              null));
    }
    for (Result result : report.results()) {
      rules.putIfAbsent(
          result.requirement(),
          new Rule(result.requirement(), result.requirement(), Severity.WARNING, null));
    }
    return new ArrayList<>(rules.values());
  }
}
