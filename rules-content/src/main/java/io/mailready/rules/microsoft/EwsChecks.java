package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.Protocol.EWS;

import io.mailready.rule.Cause;
import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.Tenant;
import java.util.List;

/**
 * Check W7 of {@code ewsEffective} ({@code requirements.md} 1.6); the other checks are DRL ({@code
 * derive/effective-ews.drl}).
 */
public final class EwsChecks {
  private EwsChecks() {}

  /** W7 [EXS]: Exchange Server accepts the mailbox's authentication method for EWS. */
  public static CheckResult authenticationAccepted(
      MailboxView view, Tenant tenant, Evaluation evaluation) {
    return CheckResult.onlyOn(view.exs(), authOnExs(view, tenant, evaluation));
  }

  private static CheckResult authOnExs(MailboxView view, Tenant tenant, Evaluation evaluation) {
    AuthMethod method = view.mailbox().authMethod();
    if (method == null) {
      return CheckResult.unknown(
          view, EWS, "W7", "mailboxes[" + view.address() + "].authMethod is unset");
    }
    if (method == AuthMethod.BASIC) {
      AuthPolicies.EffectivePolicy policy = AuthPolicies.of(tenant, view.mailbox());
      if (policy.known()
          && policy.policy() != null
          && !policy.policy().collected("blockLegacyAuthWebServices")) {
        return CheckResult.unknown(
            view,
            EWS,
            "W7",
            "not collected: authentication policy '"
                + policy.name()
                + "' blockLegacyAuthWebServices");
      }
      if (policy.known()
          && policy.policy() != null
          && Boolean.TRUE.equals(policy.policy().blockLegacyAuthWebServices())) {
        return CheckResult.fail(
            view,
            EWS,
            "W7",
            Cause.of("EWS_AUTH_REFUSED")
                .with("authMethod", method)
                .with("policy", policy.name())
                .with("switch", "BlockLegacyAuthWebServices"));
      }
      String notCollected =
          Collected.missing(tenant.virtualDirectories(), "tenant.virtualDirectories", "ews");
      if (notCollected != null) {
        return CheckResult.unknown(view, EWS, "W7", notCollected);
      }
      List<String> refusing =
          ExchangeServer.refusingServers(
              tenant.virtualDirectories().ews(),
              v -> Boolean.FALSE.equals(v.basicAuthentication()));
      if (!refusing.isEmpty()) {
        return CheckResult.fail(
            view,
            EWS,
            "W7",
            Cause.of("EWS_AUTH_REFUSED")
                .with("authMethod", method)
                .with("servers", refusing)
                .with("switch", "BasicAuthentication"));
      }
      return policy.known()
          ? CheckResult.pass(view, EWS, "W7")
          : CheckResult.unknown(view, EWS, "W7", policy.unknownBecause());
    }
    if (ExchangeServer.versionIn(tenant, evaluation, "exsVersionsWithoutOAuth")) {
      return CheckResult.fail(
          view,
          EWS,
          "W7",
          Cause.of("EWS_AUTH_REFUSED")
              .with("authMethod", method)
              .with("exchangeServerVersion", tenant.exchangeServerVersion())
              .with("switch", "OAuth (version)"));
    }
    CheckResult policy =
        AuthPolicies.modernAuthBlocked(
            view, tenant, EWS, "W7", "EWS_AUTH_REFUSED", "blockModernAuthWebServices");
    if (policy.value() == Tri.FALSE) {
      return policy;
    }
    String notCollected =
        Collected.missing(tenant.virtualDirectories(), "tenant.virtualDirectories", "ews");
    if (notCollected != null) {
      return CheckResult.unknown(view, EWS, "W7", notCollected);
    }
    List<String> refusing =
        ExchangeServer.refusingServers(
            tenant.virtualDirectories().ews(), v -> Boolean.FALSE.equals(v.oauthAuthentication()));
    if (!refusing.isEmpty()) {
      return CheckResult.fail(
          view,
          EWS,
          "W7",
          Cause.of("EWS_AUTH_REFUSED")
              .with("authMethod", method)
              .with("servers", refusing)
              .with("switch", "OAuthAuthentication"));
    }
    return policy;
  }
}
