package io.mailready;

import java.util.List;

/**
 * A policy file that cannot be used. The message lists every problem, one per line, as {@code
 * file:line:col: message}.
 */
public final class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  /** Creates the exception from the problems found, in document order. */
  public PolicyException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, as {@code file:line:col: message}. */
  public List<String> problems() {
    return problems;
  }
}
