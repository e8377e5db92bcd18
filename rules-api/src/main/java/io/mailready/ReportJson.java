package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The JSON form of a {@link Report}, format {@code mailready/report/v1}: the contract for tools.
 *
 * <p>The output is deterministic: the same report gives byte-identical text, with fields in a fixed
 * order, two-space indentation, {@code \n} line ends and a trailing newline. Null fields are left
 * out. Evidence values are written as JSON strings, numbers, booleans, arrays and objects; any
 * other value is written as its {@code toString()}, so that writing never fails on a value.
 */
public final class ReportJson {
  /** The value of the report's {@code schema} field. */
  public static final String SCHEMA = "mailready/report/v1";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  // Nested evidence deeper than this is written as text: it guards against cyclic values.
  private static final int MAX_DEPTH = 32;

  // Numbers are read exactly: 0.1 stays 0.1 and big integers stay whole.
  private static final ObjectMapper READER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ReportJson() {}

  /**
   * Reads a report written by {@link #write}: {@code write(read(json))} gives {@code json} back.
   * Unknown fields are ignored, so that a reader keeps working on reports with more fields.
   *
   * @throws IllegalArgumentException if the text is not JSON, or not a {@code mailready/report/v1}
   *     report; the message names the field and the value found
   */
  public static Report read(String json) {
    checkNotNull(json, "json");
    JsonNode root;
    try {
      root = READER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not JSON: " + e.getOriginalMessage().toLowerCase(Locale.ROOT), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "expected a JSON object with a report but was " + kind(root));
    }
    String schema = root.path("schema").asText("");
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException(
          "schema must be '" + SCHEMA + "' but was '" + root.path("schema").asText("") + "'");
    }
    List<PackInfo> packs = new ArrayList<>();
    for (JsonNode pack : array(root, "packs", "")) {
      packs.add(
          new PackInfo(
              optionalText(pack, "id"),
              optionalText(pack, "version"),
              optionalText(pack, "source")));
    }
    JsonNode summary = object(root, "summary", "");
    List<Result> results = new ArrayList<>();
    int index = 0;
    for (JsonNode result : array(root, "results", "")) {
      String where = "results[" + index++ + "].";
      results.add(
          new Result(
              text(result, "requirement", where),
              enumValue(SubjectKind.class, result, "subjectKind", where),
              text(result, "subject", where),
              enumValue(Status.class, result, "status", where),
              optionalText(result, "reason"),
              optionalText(result, "pack")));
    }
    List<Finding> findings = new ArrayList<>();
    index = 0;
    for (JsonNode finding : array(root, "findings", "")) {
      findings.add(readFinding(finding, "findings[" + index++ + "]."));
    }
    return new Report(
        text(root, "tenant", ""),
        date(root, "evaluatedAt", ""),
        packs,
        new Summary(
            bool(summary, "ready", "summary."),
            count(summary, "blocker"),
            count(summary, "error"),
            count(summary, "warning"),
            count(summary, "info"),
            count(summary, "unknown"),
            count(summary, "ruleErrors"),
            count(summary, "waived")),
        results,
        findings,
        waiverUses(root));
  }

  private static List<WaiverUse> waiverUses(JsonNode root) {
    List<WaiverUse> uses = new ArrayList<>();
    if (!root.hasNonNull("waivers")) {
      return uses;
    }
    int index = 0;
    for (JsonNode use : array(root, "waivers", "")) {
      String where = "waivers[" + index++ + "].";
      List<String> findings = new ArrayList<>();
      for (JsonNode finding : array(use, "findings", where)) {
        findings.add(finding.asText());
      }
      uses.add(
          new WaiverUse(
              readWaiver(object(use, "waiver", where), where + "waiver."),
              enumValue(WaiverUse.State.class, use, "state", where),
              findings));
    }
    return uses;
  }

  private static Finding readFinding(JsonNode finding, String where) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    JsonNode evidenceNode = finding.path("evidence");
    if (!evidenceNode.isMissingNode()) {
      Iterator<Map.Entry<String, JsonNode>> fields = object(finding, "evidence", where).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        evidence.put(field.getKey(), value(field.getValue()));
      }
    }
    List<Fix> fixes = new ArrayList<>();
    int index = 0;
    for (JsonNode fix : array(finding, "fixes", where)) {
      fixes.add(
          new Fix(
              text(fix, "summary", where + "fixes[" + index++ + "]."),
              optionalText(fix, "adminCenter"),
              optionalText(fix, "powershell"),
              optionalText(fix, "graph")));
    }
    List<String> references = new ArrayList<>();
    for (JsonNode reference : array(finding, "references", where)) {
      references.add(reference.asText());
    }
    Waiver waiver =
        finding.hasNonNull("waiver")
            ? readWaiver(object(finding, "waiver", where), where + "waiver.")
            : null;
    String obligation = optionalText(finding, "obligation");
    return new Finding(
        text(finding, "requirement", where),
        optionalText(finding, "title"),
        enumValue(Severity.class, finding, "severity", where),
        obligation == null ? null : enumValue(Obligation.class, finding, "obligation", where),
        enumValue(SubjectKind.class, finding, "subjectKind", where),
        text(finding, "subject", where),
        text(finding, "message", where),
        evidence,
        fixes,
        references,
        waiver);
  }

  /** An evidence value as {@link #write} accepts it back: the same JSON comes out. */
  private static Object value(JsonNode node) {
    if (node.isNull()) {
      return null;
    } else if (node.isTextual()) {
      return node.textValue();
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    } else if (node.isNumber()) {
      return node.decimalValue();
    } else if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(value(element)));
      return list;
    } else {
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(field -> map.put(field.getKey(), value(field.getValue())));
      return map;
    }
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          where + field + " must be a string but was " + kind(value));
    }
    return value.textValue();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.textValue() : null;
  }

  private static boolean bool(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(
          where + field + " must be true or false but was " + kind(value));
    }
    return value.booleanValue();
  }

  private static int count(JsonNode summary, String field) {
    JsonNode value = summary.path(field);
    if (value.isMissingNode()) {
      return 0;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
      throw new IllegalArgumentException(
          "summary." + field + " must be a count but was " + kind(value));
    }
    return value.intValue();
  }

  private static LocalDate date(JsonNode node, String field, String where) {
    String value = text(node, field, where);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + field + " must be a date (YYYY-MM-DD) but was '" + value + "'", e);
    }
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, JsonNode node, String field, String where) {
    String value = text(node, field, where);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        where
            + field
            + " must be one of "
            + java.util.Arrays.toString(type.getEnumConstants())
            + " but was '"
            + value
            + "'");
  }

  private static JsonNode object(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isObject()) {
      throw new IllegalArgumentException(
          where + field + " must be an object but was " + kind(value));
    }
    return value;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (value.isMissingNode()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(
          where + field + " must be an array but was " + kind(value));
    }
    return value;
  }

  /** What a JSON value is, for messages: {@code missing}, {@code 'text'}, or its JSON. */
  private static String kind(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "missing";
    }
    if (value.isTextual()) {
      return "'" + value.textValue() + "'";
    }
    String json = value.toString();
    return json.length() > 40 ? value.getNodeType().name().toLowerCase(Locale.ROOT) : json;
  }

  /** Writes the report as pretty-printed JSON, ending with a newline. */
  public static String write(Report report) {
    checkNotNull(report, "report");
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      // A StringWriter does not throw; this is only reachable through a Jackson bug.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Streams the report as pretty-printed JSON, ending with a newline, to {@code out} (flushed, not
   * closed): for large tenants, whose report does not fit in one string.
   *
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Report report, Writer out) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(prettyPrinter());
      writeReport(json, report);
    }
    out.write('\n');
    out.flush();
  }

  // "key": value, arrays one element per line, empty containers as [] and {}, \n on every OS.
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static void writeReport(JsonGenerator json, Report report) throws IOException {
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("tenant", report.tenant());
    json.writeStringField("evaluatedAt", report.evaluatedAt().toString());
    json.writeArrayFieldStart("packs");
    for (PackInfo pack : report.packs()) {
      json.writeStartObject();
      optional(json, "id", pack.id());
      optional(json, "version", pack.version());
      optional(json, "source", pack.source());
      json.writeEndObject();
    }
    json.writeEndArray();
    writeSummary(json, report.summary());
    json.writeArrayFieldStart("results");
    for (Result result : report.results()) {
      writeResult(json, result);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      writeFinding(json, finding);
    }
    json.writeEndArray();
    if (!report.waivers().isEmpty()) {
      json.writeArrayFieldStart("waivers");
      for (WaiverUse use : report.waivers()) {
        json.writeStartObject();
        json.writeStringField("state", use.state().name());
        writeWaiver(json, use.waiver());
        json.writeArrayFieldStart("findings");
        for (String finding : use.findings()) {
          json.writeString(finding);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static Waiver readWaiver(JsonNode node, String where) {
    List<String> subjects = new ArrayList<>();
    for (JsonNode subject : array(node, "subjects", where)) {
      subjects.add(subject.asText());
    }
    return new Waiver(
        optionalText(node, "requirement"),
        subjects,
        optionalText(node, "reason"),
        optionalText(node, "owner"),
        node.hasNonNull("expires") ? date(node, "expires", where) : null,
        optionalText(node, "ticket"));
  }

  private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeBooleanField("ready", summary.ready());
    json.writeNumberField("blocker", summary.blocker());
    json.writeNumberField("error", summary.error());
    json.writeNumberField("warning", summary.warning());
    json.writeNumberField("info", summary.info());
    json.writeNumberField("unknown", summary.unknown());
    json.writeNumberField("ruleErrors", summary.ruleErrors());
    json.writeNumberField("waived", summary.waived());
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Result result) throws IOException {
    json.writeStartObject();
    json.writeStringField("requirement", result.requirement());
    json.writeStringField("subjectKind", result.subjectKind().label());
    json.writeStringField("subject", result.subject());
    json.writeStringField("status", result.status().name());
    optional(json, "reason", result.reason());
    optional(json, "pack", result.pack());
    json.writeEndObject();
  }

  private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("requirement", finding.requirement());
    json.writeStringField("severity", finding.severity().name());
    optional(json, "obligation", finding.obligation() == null ? null : finding.obligation().name());
    json.writeStringField("subjectKind", finding.subjectKind().label());
    json.writeStringField("subject", finding.subject());
    optional(json, "title", finding.title());
    json.writeStringField("message", finding.message());
    json.writeFieldName("evidence");
    // The evidence keeps its own order: the order in which the message cites the values.
    json.writeStartObject();
    for (Map.Entry<String, Object> entry : finding.evidence().entrySet()) {
      json.writeFieldName(String.valueOf(entry.getKey()));
      writeValue(json, entry.getValue(), 0);
    }
    json.writeEndObject();
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
    json.writeArrayFieldStart("references");
    for (String reference : finding.references()) {
      json.writeString(reference);
    }
    json.writeEndArray();
    if (finding.waiver() != null) {
      writeWaiver(json, finding.waiver());
    }
    json.writeEndObject();
  }

  private static void writeWaiver(JsonGenerator json, Waiver waiver) throws IOException {
    json.writeObjectFieldStart("waiver");
    optional(json, "requirement", waiver.requirement());
    json.writeArrayFieldStart("subjects");
    for (String subject : waiver.subjects()) {
      json.writeString(subject);
    }
    json.writeEndArray();
    optional(json, "reason", waiver.reason());
    optional(json, "owner", waiver.owner());
    optional(json, "expires", waiver.expires() == null ? null : waiver.expires().toString());
    optional(json, "ticket", waiver.ticket());
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  /**
   * Writes an evidence value. A null value is written as {@code null}: in evidence it means the
   * snapshot value was unset, which the message may cite.
   */
  private static void writeValue(JsonGenerator json, Object value, int depth) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (depth >= MAX_DEPTH) {
      json.writeString(text(value));
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Number n) {
      writeNumber(json, n);
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : ordered(map)) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(json, entry.getValue(), depth + 1);
      }
      json.writeEndObject();
    } else if (value instanceof Collection<?> collection) {
      json.writeStartArray();
      for (Object element : ordered(collection)) {
        writeValue(json, element, depth + 1);
      }
      json.writeEndArray();
    } else if (value.getClass().isArray()) {
      // Arrays, primitive ones too: their toString() is an identity hash, not their content.
      json.writeStartArray();
      for (int i = 0; i < Array.getLength(value); i++) {
        writeValue(json, Array.get(value, i), depth + 1);
      }
      json.writeEndArray();
    } else {
      // LocalDate, Instant, enums, IpRange and anything else: their text form.
      json.writeString(text(value));
    }
  }

  private static void writeNumber(JsonGenerator json, Number n) throws IOException {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      json.writeNumber(n.longValue());
    } else if (n instanceof BigInteger big) {
      json.writeNumber(big);
    } else if (n instanceof BigDecimal big) {
      json.writeNumber(big);
    } else if ((n instanceof Double || n instanceof Float) && Double.isFinite(n.doubleValue())) {
      json.writeNumber(n.doubleValue());
    } else {
      // NaN, infinities and unknown Number types have no faithful JSON number.
      json.writeString(text(n));
    }
  }

  /**
   * The entries of a map in a stable order: its own for maps that have one, otherwise by key, since
   * the iteration order of {@code Map.of} changes from one JVM run to the next.
   */
  private static Collection<? extends Map.Entry<?, ?>> ordered(Map<?, ?> map) {
    if (map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof ImmutableMap) {
      return map.entrySet();
    }
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    entries.sort(Comparator.comparing(entry -> String.valueOf(entry.getKey())));
    return entries;
  }

  /** The elements of a collection in a stable order; unordered sets are sorted by text. */
  private static Collection<?> ordered(Collection<?> collection) {
    if (!(collection instanceof java.util.Set)
        || collection instanceof LinkedHashSet
        || collection instanceof SortedSet
        || collection instanceof ImmutableSet) {
      return collection;
    }
    List<Object> elements = new ArrayList<>(collection);
    elements.sort(Comparator.comparing(ReportJson::text));
    return elements;
  }

  /** The value's {@code toString()}, or its class name if that throws or returns null. */
  private static String text(Object value) {
    if (value == null) {
      return "null";
    }
    try {
      return Objects.requireNonNull(value.toString());
    } catch (RuntimeException e) {
      return "<" + value.getClass().getName() + ">";
    }
  }
}
