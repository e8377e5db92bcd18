package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Tenant;

/**
 * The applicability flags of GEN-SET-001, GEN-ADM-001, EXCH-LOGIN-001 and EXCH-HYB-001, and {@code
 * tenantUses(EAS, any)} when mailboxes are not collected ({@code requirements.md} 1.3).
 */
public final class GeneralFlags {
  private GeneralFlags() {}

  /**
   * {@code tenant.deployment == deployment}; UNKNOWN when the deployment is unset, so that a clause
   * that reads it is UNKNOWN (0.5, 0.8), as when mailboxes are not collected (1.3).
   */
  public static Tri deploymentIs(Tenant tenant, Deployment deployment) {
    return tenant.deployment() == null ? Tri.UNKNOWN : Tri.of(tenant.deployment() == deployment);
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
