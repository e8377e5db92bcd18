package io.mailready.rule;

/** A Kleene three-valued truth value: TRUE, FALSE or UNKNOWN. */
public enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  /** TRUE or FALSE for a boolean, UNKNOWN for {@code null}. */
  public static Tri of(Boolean value) {
    return value == null ? UNKNOWN : value ? TRUE : FALSE;
  }

  /** FALSE if either is FALSE, else UNKNOWN if either is UNKNOWN, else TRUE. */
  public Tri and(Tri other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }

  /** TRUE if either is TRUE, else UNKNOWN if either is UNKNOWN, else FALSE. */
  public Tri or(Tri other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
  }

  /** TRUE and FALSE swapped; UNKNOWN stays UNKNOWN. */
  public Tri not() {
    return this == UNKNOWN ? UNKNOWN : this == TRUE ? FALSE : TRUE;
  }
}
