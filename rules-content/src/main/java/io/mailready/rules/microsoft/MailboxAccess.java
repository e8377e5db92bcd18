package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.Snapshot;

/**
 * {@code predictedAccessDecision(mb)} ({@code requirements.md} 1.7) of one mailbox whose
 * relevantProtocols may contain EAS, derived once for EXCH-EAS-003.
 *
 * @param address the mailbox address
 * @param relevant EAS ∈ {@code relevantProtocols(mb)}: TRUE or UNKNOWN
 * @param decision the predicted decision (level null when UNKNOWN)
 * @param unknownBecause why the decision or the relevance is UNKNOWN, with mailbox paths; else null
 */
public record MailboxAccess(
    String address, Tri relevant, AccessDecision decision, String unknownBecause) {

  /** Predicts the access decision for a mailbox. */
  public static MailboxAccess of(
      MailboxView view, Snapshot snapshot, KnownPlatformDevices known, Evaluation evaluation) {
    AccessDecision decision =
        AccessDecision.predict(
            snapshot,
            known,
            view.mailbox().casMailbox(),
            view.mailbox().mobileDevices(),
            true,
            evaluation);
    String because = null;
    if (decision.level() == null) {
      because =
          decision
              .unknownBecause()
              .replace(
                  "not collected: casMailbox",
                  "not collected: mailboxes[" + view.address() + "].casMailbox");
    } else if (view.easRelevant() == Tri.UNKNOWN) {
      because = "the graph profile needs mailboxes[" + view.address() + "].hostedIn";
    }
    return new MailboxAccess(view.address(), view.easRelevant(), decision, because);
  }

  /**
   * The mailbox's term of EXCH-EAS-003's FAIL condition: EAS relevant AND the decision is Block or
   * Quarantine, in Kleene logic.
   */
  public Tri denied() {
    Tri denies = decision.level() == null ? Tri.UNKNOWN : Tri.of(decision.denies());
    return relevant.and(denies);
  }
}
