package io.mailready.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A JSON parser into SnakeYAML's node tree, so that one binder reads both formats.
 *
 * <p>JSON is not quite YAML 1.1: SnakeYAML rejects tabs between tokens and the {@code \/} escape,
 * which JSON writers emit (PHP escapes every slash of a URL). Jackson's streaming parser reads JSON
 * as JSON and gives each token its line and column.
 */
final class JsonComposer {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              // A backstop: value() stops at MAX_DEPTH first, with the YAML parser's message.
              StreamReadConstraints.builder().maxNestingDepth(YamlParser.MAX_DEPTH + 1).build())
          .build();

  private JsonComposer() {}

  /** Whether a text is read as JSON: its first non-blank character opens an object or array. */
  static boolean looksLikeJson(String text) {
    String start = text.stripLeading();
    return start.startsWith("{") || start.startsWith("[");
  }

  /** Parses one JSON value; {@code null} after adding a problem if it is not well-formed. */
  static Node parse(String text, Problems problems) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      parser.nextToken();
      Node root = value(parser, 0);
      if (parser.nextToken() != null) {
        problems.add(
            mark(parser.currentTokenLocation()),
            "json syntax error: more than one value in the document");
        return null;
      }
      return root;
    } catch (TooDeepException e) {
      problems.add(e.mark, "%s", YamlParser.TOO_DEEP);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
      problems.add(mark(location), "json syntax error: %s", clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String source does no I/O
    }
    return null;
  }

  private static Node value(JsonParser parser, int depth) throws IOException {
    Mark start = mark(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    if (token.isStructStart() && depth + 1 > YamlParser.MAX_DEPTH) {
      throw new TooDeepException(start);
    }
    switch (token) {
      case START_OBJECT -> {
        List<NodeTuple> tuples = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          Node key = scalar(Tag.STR, parser.currentName(), mark(parser.currentTokenLocation()));
          parser.nextToken();
          tuples.add(new NodeTuple(key, value(parser, depth + 1)));
        }
        return new MappingNode(Tag.MAP, false, tuples, start, start, DumperOptions.FlowStyle.FLOW);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser, depth + 1));
        }
        return new SequenceNode(Tag.SEQ, false, items, start, start, DumperOptions.FlowStyle.FLOW);
      }
      case VALUE_STRING -> {
        return scalar(Tag.STR, parser.getText(), start);
      }
      case VALUE_NUMBER_INT -> {
        return scalar(Tag.INT, parser.getText(), start);
      }
      case VALUE_NUMBER_FLOAT -> {
        return scalar(Tag.FLOAT, parser.getText(), start);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return scalar(Tag.BOOL, parser.getText(), start);
      }
      case VALUE_NULL -> {
        return scalar(Tag.NULL, "null", start);
      }
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private static ScalarNode scalar(Tag tag, String value, Mark mark) {
    return new ScalarNode(tag, value, mark, mark, DumperOptions.ScalarStyle.PLAIN);
  }

  private static Mark mark(JsonLocation location) {
    // Jackson counts from 1, SnakeYAML from 0; the snippet buffer is not used.
    int line = Math.max(location.getLineNr(), 1) - 1;
    int column = Math.max(location.getColumnNr(), 1) - 1;
    return new Mark(
        "json", (int) Math.max(location.getCharOffset(), 0), line, column, new int[0], 0);
  }

  /** Nesting deeper than {@link YamlParser#MAX_DEPTH}, at the mapping or list that is too deep. */
  private static final class TooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;

    TooDeepException(Mark mark) {
      super(null, null, false, false);
      this.mark = mark;
    }
  }

  /** Jackson's message, first line, lower-case first letter, without the source description. */
  private static String clean(String message) {
    String firstLine = message.lines().findFirst().orElse("").strip();
    firstLine = firstLine.replaceAll(" \\(start marker at \\[Source: .*?; ", " (start marker at [");
    if (firstLine.endsWith(".")) {
      firstLine = firstLine.substring(0, firstLine.length() - 1);
    }
    return firstLine.isEmpty()
        ? firstLine
        : firstLine.substring(0, 1).toLowerCase(Locale.ROOT) + firstLine.substring(1);
  }
}
