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
        hit.value(),
        hit.addresses(),
        hit.unknownBecause(),
        ConditionalAccess.locationScope(policy, entra.namedLocations()),
        ConditionalAccess.clientAppTypes(policy));
  }

  /** {@code caUserApplies(p, mb)}. */
  public boolean appliesTo(MailboxView mailbox) {
    return ConditionalAccess.userApplies(policy, mailbox);
  }

  /** The policy id, or its display name when the id is unset. */
  public String id() {
    return Texts.unset(policy.id()) ? policy.displayName() : policy.id().strip();
  }

  /** The display name, or the id when the name is unset. */
  public String displayName() {
    return Texts.unset(policy.displayName()) ? id() : policy.displayName().strip();
  }
}
