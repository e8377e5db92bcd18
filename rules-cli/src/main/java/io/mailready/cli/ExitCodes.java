package io.mailready.cli;

/** The exit codes of the {@code mailready} command. Scripts depend on them: never renumber. */
final class ExitCodes {
  /** Every report is ready and has no unwaived finding at or above {@code --fail-on}. */
  static final int OK = 0;

  /** A report is not ready, or has an unwaived finding at or above {@code --fail-on}. */
  static final int FINDINGS = 1;

  /** A bad snapshot, an unreadable file, or a bad option: the user's input. */
  static final int BAD_INPUT = 2;

  /** Rule content that does not load, or no engine on the classpath. */
  static final int BROKEN_RULES = 3;

  /** Anything else: a bug. */
  static final int INTERNAL_ERROR = 4;

  private ExitCodes() {}
}
