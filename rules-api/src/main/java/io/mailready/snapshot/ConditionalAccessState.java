package io.mailready.snapshot;

/** The state of a Conditional Access policy. */
public enum ConditionalAccessState implements SnapshotValue {
  ENABLED("enabled"),
  DISABLED("disabled"),
  ENABLED_FOR_REPORTING_BUT_NOT_ENFORCED("enabledForReportingButNotEnforced");

  private final String label;

  ConditionalAccessState(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code enabled}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
