package io.mailready.rules.microsoft;

import io.mailready.rule.Tri;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a Conditional Access policy applies to some Exchange Online mailbox (GEN-NET-001 (b)):
 * {@code ∃ mb: isEXO(mb) and caUserApplies(p, mb)}, or {@code caAllUsers(p)} when mailboxes are not
 * collected. Derived once per policy, over the mailboxes.
 *
 * @param view the policy
 * @param applies the Kleene OR over the mailboxes
 * @param addresses the Exchange Online mailboxes it applies to, or a description when mailboxes are
 *     not collected
 * @param unknownHosts the mailboxes it applies to whose host is unknown
 */
public record ConditionalAccessReach(
    ConditionalAccessView view, Tri applies, List<String> addresses, List<String> unknownHosts) {

  public ConditionalAccessReach {
    addresses = List.copyOf(addresses);
    unknownHosts = List.copyOf(unknownHosts);
  }

  /** The reach over the mailboxes the policy's users include ({@code caUserApplies}). */
  public static ConditionalAccessReach of(ConditionalAccessView view, List<MailboxView> users) {
    List<String> exo = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Tri applies = Tri.FALSE;
    // Messages list the mailboxes by address.
    for (MailboxView user :
        users.stream().sorted(java.util.Comparator.comparing(MailboxView::address)).toList()) {
      if (!view.appliesTo(user)) {
        continue;
      }
      if (user.exo() == Tri.TRUE) {
        exo.add(user.address());
      } else if (user.exo() == Tri.UNKNOWN) {
        unknown.add(user.address());
      }
      applies = applies.or(user.exo());
    }
    return new ConditionalAccessReach(view, applies, exo, unknown);
  }

  /** The reach when mailboxes are not collected: {@code caAllUsers(p)}. */
  public static ConditionalAccessReach withoutMailboxes(ConditionalAccessView view) {
    boolean all = ConditionalAccess.allUsers(view.policy());
    return new ConditionalAccessReach(
        view,
        Tri.of(all),
        all ? List.of("all users (mailboxes not collected)") : List.of(),
        List.of());
  }

  /** {@code caHitsPlatform(p)} and the policy applies to a mailbox. */
  public Tri blocksPlatform() {
    return view.hitsPlatform().and(applies);
  }

  /** Why {@link #blocksPlatform()} is UNKNOWN, else null. */
  public String unknownBecause() {
    if (blocksPlatform() != Tri.UNKNOWN) {
      return null;
    }
    List<String> reasons = new ArrayList<>();
    if (view.hitsPlatform() == Tri.UNKNOWN) {
      reasons.add(view.unknownBecause());
    }
    if (applies == Tri.UNKNOWN) {
      reasons.add("hostedIn is unknown for " + String.join(", ", unknownHosts));
    }
    return String.join("; ", reasons);
  }
}
