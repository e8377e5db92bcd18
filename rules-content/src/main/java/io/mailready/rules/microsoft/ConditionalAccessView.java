package io.mailready.rules.microsoft;

import io.mailready.rule.Tri;
import io.mailready.snapshot.ConditionalAccessPolicy;
import io.mailready.snapshot.Entra;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Platform;
import java.util.List;

/**
 * One Conditional Access policy with the tenant-wide helpers of {@code requirements.md} 1.9
 * evaluated once, so that mailbox rules only add {@code caUserApplies}.
 *
 * @param policy the policy
 * @param enforced {@code caEnforced(p)}
 * @param blocks {@code caBlocks(p)}
 * @param targetsMail {@code caTargetsMail(p)}
 * @param legacyOnly {@code caLegacyOnly(p)}
 * @param legacyClients {@code caLegacyClients(p)}
 * @param hasLocationCondition {@code caHasLocationCondition(p)}
 * @param conditionsApply {@code caConditionsApply(p)}: risk, flows, platforms, device filter
 * @param conditionsBecause why {@code conditionsApply} is not TRUE, else null
 * @param hitsPlatform {@code caHitsPlatform(p)}
 * @param platformIpsHit the platform addresses the policy certainly applies to
 * @param unknownBecause why {@code hitsPlatform} is UNKNOWN, else null
 * @param locationScope where the policy blocks sign-ins, for messages
 * @param clientAppTypes the client app types it targets, for messages
 */
public record ConditionalAccessView(
    ConditionalAccessPolicy policy,
    boolean enforced,
    boolean blocks,
    boolean targetsMail,
    boolean legacyOnly,
    boolean legacyClients,
    boolean hasLocationCondition,
    Tri conditionsApply,
    String conditionsBecause,
    Tri hitsPlatform,
    List<IpRange> platformIpsHit,
    String unknownBecause,
    String locationScope,
    String clientAppTypes) {

  public ConditionalAccessView {
    platformIpsHit = List.copyOf(platformIpsHit);
  }

  /** Evaluates the tenant-wide helpers of a policy of {@code entra}. */
  public static ConditionalAccessView of(
      ConditionalAccessPolicy policy, Entra entra, Platform platform) {
    ConditionalAccess.Reading conditions = ConditionalAccess.conditionsApply(policy);
    ConditionalAccess.PlatformHit hit =
        ConditionalAccess.hitsPlatform(
            policy, NetworkAccess.platformIps(platform), entra.namedLocations());
    return new ConditionalAccessView(
        policy,
        ConditionalAccess.enforced(policy),
        ConditionalAccess.blocks(policy),
        ConditionalAccess.targetsMail(policy),
        ConditionalAccess.legacyOnly(policy),
        ConditionalAccess.legacyClients(policy),
        ConditionalAccess.hasLocationCondition(policy),
        conditions.value(),
        conditions.because(),
        hit.value(),
        hit.addresses(),
        hit.unknownBecause(),
        ConditionalAccess.locationScope(policy, entra.namedLocations()),
        ConditionalAccess.clientAppTypes(policy));
  }

  /** {@code caUserApplies(p, mb)}, with groups and roles. */
  public ConditionalAccess.Reading userApplies(MailboxView mailbox) {
    return ConditionalAccess.userApplies(policy, mailbox);
  }

  /**
   * Whether the policy applies to the platform's sign-ins for the mailbox: {@code
   * caConditionsApply(p) and caHitsPlatform(p) and caUserApplies(p, mb)}.
   */
  public Tri reaches(MailboxView mailbox) {
    return conditionsApply.and(hitsPlatform).and(userApplies(mailbox).value());
  }

  /** Why {@link #reaches} is UNKNOWN for the mailbox, else null. */
  public String unknownBecause(MailboxView mailbox) {
    if (reaches(mailbox) != Tri.UNKNOWN) {
      return null;
    }
    java.util.List<String> reasons = new java.util.ArrayList<>();
    if (conditionsApply == Tri.UNKNOWN) {
      reasons.add(conditionsBecause);
    }
    if (hitsPlatform == Tri.UNKNOWN) {
      reasons.add(unknownBecause);
    }
    ConditionalAccess.Reading user = userApplies(mailbox);
    if (user.value() == Tri.UNKNOWN) {
      reasons.add(user.because());
    }
    return String.join("; ", reasons);
  }

  /** The policy id, or its display name when the id is unset. */
  public String id() {
    return ConditionalAccess.name(policy);
  }

  /** The display name, or the id when the name is unset. */
  public String displayName() {
    return Texts.unset(policy.displayName()) ? id() : policy.displayName().strip();
  }
}
