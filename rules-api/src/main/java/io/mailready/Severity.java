package io.mailready;

/** How bad a finding is, most severe first (see {@code requirements.md} 0.2). */
public enum Severity {
  /** Sync cannot work for the subject. */
  BLOCKER,
  /** A feature the application needs will not work. */
  ERROR,
  /** A risky cause, or one that will break later; also component causes of an impact finding. */
  WARNING,
  /** Advice. */
  INFO;

  /** True when this severity is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
