package io.mailready.rules.microsoft;

import io.mailready.snapshot.AuthenticationPolicy;
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
}
