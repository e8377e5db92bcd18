package io.mailready;

/** The outcome of one requirement for one subject. */
public enum Status {
  /** The requirement applies, its data is present, and its FAIL condition is false. */
  PASS,
  /** The FAIL condition is true: there is a finding. */
  FAIL,
  /** The requirement does not apply to the subject; the result carries the reason. */
  NOT_APPLICABLE,
  /** A section or value the decision needs is missing; the result lists what. */
  UNKNOWN,
  /** A rule of the requirement threw; the other requirements were still evaluated. */
  ERROR,
  /** A waiver covers the finding; the finding is kept and marked with its waiver. */
  WAIVED
}
