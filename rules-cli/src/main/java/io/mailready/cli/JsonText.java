package io.mailready.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes JSON documents in the style of the JSON report: two spaces, {@code \n}, fields in the
 * order written.
 */
final class JsonText {
  // A mapper's factory: its generators can also write JsonNode trees.
  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private JsonText() {}

  /** The document the body writes, pretty-printed, ending with a newline. */
  static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      write(body, out);
    } catch (IOException e) {
      // A StringWriter does not throw; this is only reachable through a Jackson bug.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the document the body writes to {@code out} as it goes, pretty-printed, ending with a
   * newline; {@code out} stays open.
   */
  static void write(Body body, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(prettyPrinter());
      body.write(json);
    }
    out.write('\n');
  }

  /** Writes the field only when the value is not null. */
  static void optional(JsonGenerator json, String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

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
}
