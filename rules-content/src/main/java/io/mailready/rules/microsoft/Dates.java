package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;

/** The Exchange Online EWS windows of {@code requirements.md} 1.4. */
public enum Dates {
  /** Before EWS_PER_USER_CHANGE: a mailbox-level true overrides an org-level false. */
  OPEN,
  /** From EWS_PER_USER_CHANGE: both levels must allow. */
  BOTH_LEVELS,
  /** From EWS_BLOCK: org null counts as false; only allow-listed app ids. */
  ALLOW_LIST,
  /** From EWS_OFF: EWS is off for every tenant. */
  OFF;

  /** {@code exoEwsWindow} on the evaluation date. */
  public static Dates exoEwsWindow(Evaluation evaluation) {
    if (evaluation.notYet("EWS_PER_USER_CHANGE")) {
      return OPEN;
    } else if (evaluation.notYet("EWS_BLOCK")) {
      return BOTH_LEVELS;
    }
    return evaluation.notYet("EWS_OFF") ? ALLOW_LIST : OFF;
  }
}
