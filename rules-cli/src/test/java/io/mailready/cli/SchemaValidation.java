package io.mailready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mailready.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The JSON Schemas the tests validate against: the report's own, and the official SARIF one. */
final class SchemaValidation {
  static final ObjectMapper JSON = new ObjectMapper();

  /** {@code io/mailready/report.schema.json} from rules-api, draft 2020-12. */
  static final JsonSchema REPORT =
      load(ReportJson.class, "report.schema.json", SpecVersion.VersionFlag.V202012);

  /** The OASIS SARIF 2.1.0 schema, draft-07, committed under {@code src/test/resources/sarif}. */
  static final JsonSchema SARIF =
      load(SchemaValidation.class, "/sarif/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V7);

  private SchemaValidation() {}

  /** The schema's problems with the JSON text, sorted; empty when it is valid. */
  static TreeSet<String> problems(JsonSchema schema, String json) {
    try {
      return problems(schema, JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TreeSet<String> problems(JsonSchema schema, JsonNode json) {
    return schema.validate(json).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static JsonSchema load(Class<?> base, String name, SpecVersion.VersionFlag version) {
    try (InputStream in = Objects.requireNonNull(base.getResourceAsStream(name), name)) {
      return JsonSchemaFactory.getInstance(version).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
