package io.mailready.imports;

import com.google.common.base.Strings;
import io.mailready.snapshot.SnapshotException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in the exports of one import, each with its file and a JSON pointer or a line
 * and column; collected so that a user fixes every export in one round.
 */
final class ImportProblems {
  private static final Comparator<String> BY_FILE =
      Comparator.comparing(problem -> problem.substring(0, Math.max(0, problem.indexOf(": "))));

  private final List<String> problems = new ArrayList<>();

  /** A problem at a JSON pointer of a file; {@code message} takes {@code %s} placeholders. */
  void at(String file, String pointer, String message, Object... args) {
    problems.add(
        file
            + ": at "
            + (pointer.isEmpty() ? "/" : pointer)
            + ": "
            + Strings.lenientFormat(message, args));
  }

  /** A problem at a 1-based line and column of a file. */
  void atLine(String file, int line, int column, String message, Object... args) {
    problems.add(file + ":" + line + ":" + column + ": " + Strings.lenientFormat(message, args));
  }

  /** A problem with a whole file. */
  void inFile(String file, String message, Object... args) {
    problems.add(file + ": " + Strings.lenientFormat(message, args));
  }

  /** Problems found by another reader, already formatted. */
  void addAll(List<String> formatted) {
    problems.addAll(formatted);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws one exception with every problem, in the order found, if there is any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      // Stable: a file's problems stay in the order found, files in name order.
      throw new SnapshotException(problems.stream().sorted(BY_FILE).toList());
    }
  }

  /** Quotes a value found in an export for a message, shortened. */
  static String quote(String value) {
    String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
    return "'" + (oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine) + "'";
  }
}
