package io.mailready.snapshot;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML parser into SnakeYAML's node tree, which keeps the line and column of every value, with
 * limits against alias bombs and deep nesting.
 */
final class YamlParser {
  /** Aliases of mappings or lists allowed; a snapshot needs few, a "billion laughs" needs many. */
  static final int MAX_COLLECTION_ALIASES = 50;

  /** Nesting of mappings and lists allowed; the model nests seven levels at most. */
  static final int MAX_DEPTH = 50;

  /** The problem for nesting deeper than {@link #MAX_DEPTH}. */
  static final String TOO_DEEP =
      "too deeply nested: more than " + MAX_DEPTH + " levels of mappings and lists";

  /** Code points allowed; the reader refuses larger files before parsing, this is a backstop. */
  static final int MAX_CODE_POINTS = SnapshotReader.MAX_BYTES;

  private YamlParser() {}

  /**
   * Parses one document; {@code null} if the text holds none, or after adding a problem if it is
   * not well-formed or exceeds a limit.
   */
  static Node parse(String text, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    LimitedParser parser = new LimitedParser(new ParserImpl(new WholeTextReader(text), options));
    try {
      return new Composer(parser, new Resolver(), options).getSingleNode();
    } catch (LimitException e) {
      problems.add(e.mark, "%s", e.getMessage());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      if (problem == null) {
        problem = e.getMessage();
      } else if (problem.startsWith("but ") && e.getContext() != null) {
        // "expected a single document in the stream" / "but found another document"
        problem = e.getContext() + " " + problem;
      }
      addSyntaxError(problems, mark != null ? mark : parser.lastMark, problem);
    } catch (YAMLException e) {
      // Errors SnakeYAML raises without a position: report where parsing had got to.
      addSyntaxError(problems, parser.lastMark, e.getMessage());
    }
    return null;
  }

  private static void addSyntaxError(Problems problems, Mark mark, String problem) {
    // One line: SnakeYAML quotes an offending line break or tab as the raw character.
    String message = problem.strip().replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    if (message.contains("\\t(TAB)")) {
      // SnakeYAML's "found character '\t(TAB)' that cannot start any token. (Do not use ...)"
      message = "a tab cannot start a token: indent with spaces";
    }
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    if (!message.isEmpty()) {
      message = message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    if (mark == null) {
      problems.add(1, 1, "yaml syntax error: %s", message);
    } else {
      problems.add(mark, "yaml syntax error: %s", message);
    }
  }

  /**
   * SnakeYAML's reader over a text already in memory, in linear time.
   *
   * <p>SnakeYAML's own {@link StreamReader} reads 1 024 characters at a time and copies the part of
   * its window not yet consumed on every read; the scanner consumes a value or a comment only after
   * peeking to its end, so one long value or comment is copied again for every 1 024 characters of
   * it: quadratic time (a 16 M-character value took 34 s). This reader holds the whole text's code
   * points, which {@link SnapshotText} has already checked to be printable, and copies nothing. It
   * keeps the line and column counting of the original.
   */
  private static final class WholeTextReader extends StreamReader {
    private final int[] text;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
      super("");
      this.text = text.codePoints().toArray();
    }

    @Override
    public Mark getMark() {
      return new Mark("'string'", index, line, column, text, pointer);
    }

    @Override
    public void forward() {
      forward(1);
    }

    @Override
    public void forward(int length) {
      for (int i = 0; i < length && pointer < text.length; i++) {
        int c = text[pointer++];
        index++;
        documentIndex++;
        // As StreamReader: \n, NEL, LS, PS and a \r not before \n end a line; a BOM takes no
        // column.
        if (c == '\n'
            || c == 0x85
            || c == 0x2028
            || c == 0x2029
            || (c == '\r' && pointer < text.length && text[pointer] != '\n')) {
          line++;
          column = 0;
        } else if (c != 0xFEFF) {
          column++;
        }
      }
    }

    @Override
    public int peek() {
      return pointer < text.length ? text[pointer] : '\0';
    }

    @Override
    public int peek(int offset) {
      return pointer + offset < text.length ? text[pointer + offset] : '\0';
    }

    @Override
    public String prefix(int length) {
      return new String(text, pointer, Math.min(length, text.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
      String prefix = prefix(length);
      // As StreamReader: the scanner forwards this way only over text without line breaks.
      pointer += length;
      index += length;
      documentIndex += length;
      column += length;
      return prefix;
    }

    @Override
    public int getColumn() {
      return column;
    }

    @Override
    public int getDocumentIndex() {
      return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
      documentIndex = 0;
    }

    @Override
    public int getIndex() {
      return index;
    }

    @Override
    public int getLine() {
      return line;
    }
  }

  /** A limit of this parser exceeded, at the event that exceeded it. */
  private static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;

    LimitException(Mark mark, String message) {
      super(message);
      this.mark = mark;
    }
  }

  /**
   * A parser that counts aliases and nesting as the composer consumes events, so that a limit is
   * reported at the place it is exceeded (SnakeYAML's own limit errors have no position).
   */
  private static final class LimitedParser implements Parser {
    private final Parser delegate;
    // Anchor name -> whether it currently names a mapping or list (anchors may be redefined).
    private final Map<String, Boolean> collectionAnchors = new HashMap<>();
    private int depth;
    private int collectionAliases;
    private Mark lastMark;

    LimitedParser(Parser delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = delegate.getEvent();
      lastMark = event.getStartMark();
      if (event instanceof CollectionStartEvent start) {
        if (++depth > MAX_DEPTH) {
          throw new LimitException(lastMark, TOO_DEEP);
        }
        if (start.getAnchor() != null) {
          collectionAnchors.put(start.getAnchor(), true);
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      } else if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
        collectionAnchors.put(scalar.getAnchor(), false);
      } else if (event instanceof AliasEvent alias
          && collectionAnchors.getOrDefault(alias.getAnchor(), false)
          && ++collectionAliases > MAX_COLLECTION_ALIASES) {
        throw new LimitException(
            lastMark,
            "too many aliases: more than "
                + MAX_COLLECTION_ALIASES
                + " aliases of mappings or lists, refused as a possible alias bomb");
      }
      return event;
    }
  }
}
