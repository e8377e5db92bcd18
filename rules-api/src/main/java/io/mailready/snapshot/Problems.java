package io.mailready.snapshot;

import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * The problems found while reading one snapshot, each with its 1-based line and column.
 *
 * <p>Problems are collected rather than thrown one at a time, so that a user fixes a snapshot in
 * one round; {@link #throwIfAny()} reports them in document order.
 */
final class Problems {
  // A broken generated file could yield a problem per value; past this many, more are noise.
  static final int MAX_REPORTED = 100;

  private record Problem(int line, int column, String message) {}

  private static final Comparator<Problem> DOCUMENT_ORDER =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  private final String name;
  private final List<Problem> problems = new ArrayList<>();

  Problems(String name) {
    this.name = name;
  }

  /** Adds a problem at a SnakeYAML mark; {@code message} takes {@code %s} placeholders. */
  void add(Mark mark, String message, Object... args) {
    add(mark.getLine() + 1, mark.getColumn() + 1, message, args);
  }

  /** Adds a problem at a 1-based line and column; {@code message} takes {@code %s} placeholders. */
  void add(int line, int column, String message, Object... args) {
    problems.add(new Problem(line, column, Strings.lenientFormat(message, args)));
  }

  /**
   * Quotes a value found in the snapshot for a message: single quotes, line breaks escaped, long
   * values shortened.
   */
  static String quote(String value) {
    String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
    return "'" + (oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine) + "'";
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws one exception with every problem, in document order, if there is any. */
  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    // Stable sort: problems at the same position keep the order they were found in.
    List<Problem> sorted = problems.stream().sorted(DOCUMENT_ORDER).toList();
    List<String> lines = new ArrayList<>();
    for (Problem problem : sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED))) {
      lines.add(format(problem.line(), problem.column(), problem.message()));
    }
    if (sorted.size() > MAX_REPORTED) {
      Problem next = sorted.get(MAX_REPORTED);
      lines.add(
          format(
              next.line(),
              next.column(),
              (sorted.size() - MAX_REPORTED) + " more problems not shown"));
    }
    throw new SnapshotException(lines);
  }

  private String format(int line, int column, String message) {
    return name + ":" + line + ":" + column + ": " + message;
  }
}
