package io.mailready.rules.microsoft;

import io.mailready.rule.Cause;
import io.mailready.snapshot.AuthenticationPolicy;
import io.mailready.snapshot.ExchangeServerVersion;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Tenant;

/** {@code effectivePolicy(mb)} of {@code requirements.md} 1.5. */
public final class AuthPolicies {
  private AuthPolicies() {}

  /**
   * The effective policy of a mailbox.
   *
   * @param policy the policy, or null for none
   * @param name its name, or null
   * @param unknownBecause why it cannot be told, else null
   */
  public record EffectivePolicy(AuthenticationPolicy policy, String name, String unknownBecause) {
    public boolean known() {
      return unknownBecause == null;
    }
  }

  /** Resolves the user's policy, else the organisation default. */
  public static EffectivePolicy of(Tenant tenant, Mailbox mailbox) {
    String name = mailbox.authenticationPolicy();
    if (Texts.unset(name)) {
      if (tenant.organizationConfig() == null) {
        return new EffectivePolicy(null, null, "not collected: tenant.organizationConfig");
      }
      name = tenant.organizationConfig().defaultAuthenticationPolicy();
    }
    if (Texts.unset(name)) {
      return new EffectivePolicy(null, null, null);
    }
    if (tenant.authenticationPolicies() == null) {
      return new EffectivePolicy(null, name, "not collected: tenant.authenticationPolicies");
    }
    for (AuthenticationPolicy policy : tenant.authenticationPolicies()) {
      if (Texts.same(policy.name(), name)) {
        return new EffectivePolicy(policy, policy.name(), null);
      }
    }
    return new EffectivePolicy(
        null, name, "authentication policy '" + name + "' not in tenant.authenticationPolicies");
  }

  /**
   * Whether the effective policy blocks modern authentication (OAuth) for one protocol: its {@code
   * BlockModernAuth*} switch ({@code field}, a component of {@link AuthenticationPolicy}), which
   * exists from Exchange Server 2019 CU13 and in Subscription Edition. An older known version has
   * no such switch and passes; otherwise an unknown policy or a switch not collected is UNKNOWN.
   */
  static CheckResult modernAuthBlocked(
      MailboxView view,
      Tenant tenant,
      Protocol protocol,
      String check,
      String cause,
      String field) {
    ExchangeServerVersion version = tenant.exchangeServerVersion();
    if (version != null
        && version != ExchangeServerVersion.V2019
        && version != ExchangeServerVersion.SE) {
      return CheckResult.pass(view, protocol, check);
    }
    EffectivePolicy effective = of(tenant, view.mailbox());
    if (!effective.known()) {
      return CheckResult.unknown(view, protocol, check, effective.unknownBecause());
    }
    AuthenticationPolicy policy = effective.policy();
    if (policy == null) {
      return CheckResult.pass(view, protocol, check);
    }
    if (!policy.collected(field)) {
      return CheckResult.unknown(
          view,
          protocol,
          check,
          "not collected: authentication policy '" + effective.name() + "' " + field);
    }
    Boolean blocked =
        field.equals("blockModernAuthWebServices")
            ? policy.blockModernAuthWebServices()
            : policy.blockModernAuthActiveSync();
    return Boolean.TRUE.equals(blocked)
        ? CheckResult.fail(
            view,
            protocol,
            check,
            Cause.of(cause)
                .with("authMethod", view.mailbox().authMethod())
                .with("policy", effective.name())
                .with("switch", Character.toUpperCase(field.charAt(0)) + field.substring(1)))
        : CheckResult.pass(view, protocol, check);
  }
}
