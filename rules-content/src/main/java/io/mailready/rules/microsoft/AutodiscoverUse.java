package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;

/**
 * {@code autodiscoverUsed(mb)} of {@code requirements.md} 1.3 for one mailbox: whether the platform
 * relies on autodiscover to find the mailbox's server.
 *
 * @param address the mailbox address
 * @param mailDomain {@code mailDomain(mb)}, lower case
 * @param used TRUE, FALSE or UNKNOWN
 * @param unknownBecause for UNKNOWN: the unset value it depends on; otherwise null
 */
public record AutodiscoverUse(String address, String mailDomain, Tri used, String unknownBecause) {

  /**
   * {@code ({EWS, EAS} ∩ relevantProtocols(mb) ≠ ∅) and (isEXS(mb) or (isEXO(mb) and authMethod ==
   * basic and today < NYLAS_BASIC_CUTOFF))}, in Kleene logic: OAuth access to Exchange Online does
   * not use autodiscover.
   */
  public static AutodiscoverUse of(MailboxView view, Evaluation evaluation) {
    AuthMethod method = view.mailbox().authMethod();
    Tri basic = method == null ? Tri.UNKNOWN : Tri.of(method == AuthMethod.BASIC);
    Tri exoBasic = view.exo().and(basic).and(Tri.of(evaluation.notYet("NYLAS_BASIC_CUTOFF")));
    Tri used = view.ewsRelevant().or(view.easRelevant()).and(view.exs().or(exoBasic));
    String because = null;
    if (used == Tri.UNKNOWN) {
      because =
          view.hostedIn() == null
              ? "mailboxes["
                  + view.address()
                  + "].hostedIn is unset in a hybrid tenant"
                  + " (or tenant.deployment is unset)"
              : "mailboxes[" + view.address() + "].authMethod is unset";
    }
    return new AutodiscoverUse(view.address(), view.mailDomain(), used, because);
  }
}
