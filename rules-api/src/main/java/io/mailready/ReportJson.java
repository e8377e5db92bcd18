package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

  private ReportJson() {}

  /** Writes the report as pretty-printed JSON, ending with a newline. */
  public static String write(Report report) {
    checkNotNull(report, "report");
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(prettyPrinter());
      writeReport(json, report);
    } catch (IOException e) {
      // A StringWriter does not throw; this is only reachable through a Jackson bug.
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
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
