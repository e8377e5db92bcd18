package io.mailready.snapshot;

import java.util.List;

/**
 * A snapshot that cannot be read. The message lists every problem found, one per line, as {@code
 * file:line:col: message}; nothing of the snapshot is returned.
 */
public final class SnapshotException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  /** Creates the exception from the problems found, in document order. */
  public SnapshotException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, as {@code file:line:col: message}. */
  public List<String> problems() {
    return problems;
  }
}
