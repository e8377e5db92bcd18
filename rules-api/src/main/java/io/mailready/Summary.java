package io.mailready;

/**
 * Counts of a report: findings per severity (waived findings excluded), and readiness.
 *
 * @param ready no BLOCKER finding, no UNKNOWN result on a MUST requirement, and no rule ERROR
 * @param blocker BLOCKER findings
 * @param error ERROR findings
 * @param warning WARNING findings
 * @param info INFO findings
 * @param unknown UNKNOWN results
 * @param ruleErrors results whose rules threw
 * @param waived waived findings
 */
public record Summary(
    boolean ready,
    int blocker,
    int error,
    int warning,
    int info,
    int unknown,
    int ruleErrors,
    int waived) {

  /** The number of unwaived findings of the given severity. */
  public int count(Severity severity) {
    return switch (severity) {
      case BLOCKER -> blocker;
      case ERROR -> error;
      case WARNING -> warning;
      case INFO -> info;
    };
  }
}
