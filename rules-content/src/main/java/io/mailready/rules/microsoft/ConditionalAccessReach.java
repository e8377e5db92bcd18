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
 * @param unknownUsers why it is unknown whether it applies to some mailbox (group or role
 *     memberships not collected)
 */
public record ConditionalAccessReach(
    ConditionalAccessView view,
    Tri applies,
    List<String> addresses,
    List<String> unknownHosts,
    List<String> unknownUsers) {

  public ConditionalAccessReach {
    addresses = List.copyOf(addresses);
    unknownHosts = List.copyOf(unknownHosts);
    unknownUsers = List.copyOf(unknownUsers);
  }

  /** The reach over the mailboxes the policy's users include ({@code caUserApplies}). */
  public static ConditionalAccessReach of(ConditionalAccessView view, List<MailboxView> users) {
    List<String> exo = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> unknownUsers = new ArrayList<>();
    Tri applies = Tri.FALSE;
    // Messages list the mailboxes by address.
    for (MailboxView user :
        users.stream().sorted(java.util.Comparator.comparing(MailboxView::address)).toList()) {
      ConditionalAccess.Reading reading = view.userApplies(user);
      if (reading.value() == Tri.FALSE) {
        continue;
      }
      Tri reaches = reading.value().and(user.exo());
      if (reaches == Tri.TRUE) {
        exo.add(user.address());
      } else if (user.exo() == Tri.UNKNOWN) {
        unknown.add(user.address());
      } else if (reaches == Tri.UNKNOWN && unknownUsers.size() < 3) {
        unknownUsers.add(reading.because()); // a few are enough for the reason
      }
      applies = applies.or(reaches);
    }
    return new ConditionalAccessReach(view, applies, exo, unknown, unknownUsers);
  }

  /** The reach when mailboxes are not collected: {@code caAllUsers(p)}. */
  public static ConditionalAccessReach withoutMailboxes(ConditionalAccessView view) {
    boolean all = ConditionalAccess.allUsers(view.policy());
    return new ConditionalAccessReach(
        view,
        Tri.of(all),
        all ? List.of("all users (mailboxes not collected)") : List.of(),
        List.of(),
        List.of());
  }

  /**
   * {@code caConditionsApply(p)}, {@code caHitsPlatform(p)} and the policy applies to a mailbox.
   */
  public Tri blocksPlatform() {
    return view.conditionsApply().and(view.hitsPlatform()).and(applies);
  }

  /** Why {@link #blocksPlatform()} is UNKNOWN, else null. */
  public String unknownBecause() {
    if (blocksPlatform() != Tri.UNKNOWN) {
      return null;
    }
    List<String> reasons = new ArrayList<>();
    if (view.conditionsApply() == Tri.UNKNOWN) {
      reasons.add(view.conditionsBecause());
    }
    if (view.hitsPlatform() == Tri.UNKNOWN) {
      reasons.add(view.unknownBecause());
    }
    if (applies == Tri.UNKNOWN && !unknownHosts.isEmpty()) {
      reasons.add("hostedIn is unknown for " + String.join(", ", unknownHosts));
    }
    if (applies == Tri.UNKNOWN) {
      reasons.addAll(unknownUsers.stream().distinct().toList());
    }
    return String.join("; ", reasons);
  }
}
