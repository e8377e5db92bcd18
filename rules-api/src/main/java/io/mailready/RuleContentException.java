package io.mailready;

import java.util.List;

/**
 * Rule content that cannot be loaded: a DRL that does not compile, bad metadata, a DRL without
 * metadata, a duplicate id. Thrown when a checker is built, never by {@link Checker#check}.
 *
 * <p>The message lists every problem, one per line, as {@code path:line: rule 'X': message}.
 */
public final class RuleContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  /** Creates the exception from the problems found, in order. */
  public RuleContentException(List<String> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in rule content:\n"
            + String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, as {@code path:line: rule 'X': message}. */
  public List<String> problems() {
    return problems;
  }
}
