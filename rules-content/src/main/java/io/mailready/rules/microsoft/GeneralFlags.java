package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Profile;
import io.mailready.snapshot.Tenant;

/**
 * The applicability flags of GEN-SET-001, GEN-ADM-001, EXCH-LOGIN-001 and EXCH-HYB-001, and {@code
 * tenantUses(EAS, any)} when mailboxes are not collected ({@code requirements.md} 1.3).
 */
public final class GeneralFlags {
  private GeneralFlags() {}

  /**
   * {@code tenantUses(EAS, any)} decided from the tenant: {@code profile == legacy or
   * tenant.deployment != exchange-online}. An unset deployment counts as a match, as for {@code
   * tenantUsesEws} (prefer a result to a silent NOT_APPLICABLE).
   */
  public static boolean tenantUsesEasWithoutMailboxes(Platform platform, Tenant tenant) {
    return Texts.profile(platform) == Profile.LEGACY
        || tenant.deployment() != Deployment.EXCHANGE_ONLINE;
  }

  /**
   * {@code tenant.deployment ∈ {exchange-online, hybrid}}; UNKNOWN when the deployment is unset.
   */
  public static Tri exoOrHybrid(Tenant tenant) {
    return tenant.deployment() == null
        ? Tri.UNKNOWN
        : Tri.of(tenant.deployment() != Deployment.EXCHANGE_SERVER);
  }

  /** {@code tenant.deployment == hybrid}; UNKNOWN when the deployment is unset. */
  public static Tri hybrid(Tenant tenant) {
    return tenant.deployment() == null
        ? Tri.UNKNOWN
        : Tri.of(tenant.deployment() == Deployment.HYBRID);
  }

  /**
   * {@code tenant.exchangeServerVersion ∉ exsVersionsWithoutAdProtectionIssue}; an unset version is
   * affected (0.8).
   */
  public static boolean adProtectionIssue(Tenant tenant, Evaluation evaluation) {
    return !ExchangeServer.versionIn(tenant, evaluation, "exsVersionsWithoutAdProtectionIssue");
  }

  /** {@code mb.authMethod == basic}; UNKNOWN when the method is unset. */
  public static Tri basicAuth(Mailbox mailbox) {
    return mailbox.authMethod() == null
        ? Tri.UNKNOWN
        : Tri.of(mailbox.authMethod() == AuthMethod.BASIC);
  }
}
