package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What a waiver of the policy did in one check: covered findings, had expired, or matched nothing.
 *
 * @param waiver the waiver
 * @param state APPLIED, EXPIRED or UNUSED
 * @param findings the findings it covers (APPLIED) or would cover (EXPIRED), as {@code requirement
 *     subject}
 */
public record WaiverUse(Waiver waiver, State state, List<String> findings) {
  public WaiverUse {
    checkNotNull(waiver, "waiver");
    checkNotNull(state, "state");
    findings = List.copyOf(findings);
  }

  /** What became of a waiver. */
  public enum State {
    /** It covers at least one finding, which is WAIVED. */
    APPLIED,
    /** It matches findings but its expiry date has passed: they are back. */
    EXPIRED,
    /** It matches no finding. */
    UNUSED
  }
}
