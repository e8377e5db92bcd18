package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.Protocol.EWS;

import io.mailready.rule.Cause;
import io.mailready.rule.Evaluation;
import io.mailready.rule.Globs;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.EwsApplicationAccessPolicy;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.OrganizationConfig;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Tenant;
import java.util.ArrayList;
import java.util.List;

/** The checks W0–W7 of {@code ewsEffective} ({@code requirements.md} 1.6), one function each. */
public final class EwsChecks {
  private EwsChecks() {}

  /** The checks W0–W7 of a mailbox, in order. */
  public static List<CheckResult> all(MailboxView view, Snapshot snapshot, Evaluation evaluation) {
    Tenant tenant = snapshot.tenant();
    return List.of(
        retired(view, evaluation),
        exists(view, tenant, evaluation),
        orgMailboxAllows(view, tenant, evaluation),
        appIdAllowed(view, snapshot, evaluation),
        userAgentAllowed(view, snapshot, evaluation),
        published(view, tenant),
        reachable(view, tenant),
        authenticationAccepted(view, tenant, evaluation));
  }

  /** W0 [EXO]: EWS retired in Exchange Online (EWS_OFF). */
  public static CheckResult retired(MailboxView view, Evaluation evaluation) {
    CheckResult onExo =
        Dates.exoEwsWindow(evaluation) == Dates.OFF
            ? CheckResult.fail(
                view,
                EWS,
                "W0",
                Cause.of("EWS_RETIRED").with("EWS_OFF", evaluation.config().date("EWS_OFF")))
            : CheckResult.pass(view, EWS, "W0");
    return CheckResult.onlyOn(view.exo(), onExo);
  }

  /** W1 [EXS]: the Exchange Server version has EWS. */
  public static CheckResult exists(MailboxView view, Tenant tenant, Evaluation evaluation) {
    CheckResult onExs =
        ExchangeServer.versionIn(tenant, evaluation, "exsVersionsWithoutEws")
            ? CheckResult.fail(
                view,
                EWS,
                "W1",
                Cause.of("EWS_NOT_AVAILABLE")
                    .with("exchangeServerVersion", tenant.exchangeServerVersion()))
            : CheckResult.pass(view, EWS, "W1");
    return CheckResult.onlyOn(view.exs(), onExs);
  }

  /** W2: the organisation and mailbox EwsEnabled switches. */
  public static CheckResult orgMailboxAllows(
      MailboxView view, Tenant tenant, Evaluation evaluation) {
    OrganizationConfig org = tenant.organizationConfig();
    Mailbox mailbox = view.mailbox();
    if (org == null || mailbox.casMailbox() == null) {
      return CheckResult.unknown(
          view,
          EWS,
          "W2",
          "not collected: "
              + (org == null
                  ? "tenant.organizationConfig"
                  : "mailboxes[" + view.address() + "].casMailbox"));
    }
    if (!org.collected("ewsEnabled") || !mailbox.casMailbox().collected("ewsEnabled")) {
      return CheckResult.unknown(
          view,
          EWS,
          "W2",
          "not collected: "
              + (!org.collected("ewsEnabled")
                  ? "tenant.organizationConfig.ewsEnabled"
                  : "mailboxes[" + view.address() + "].casMailbox.ewsEnabled"));
    }
    Tri onExo =
        orgMailboxAllows(true, org.ewsEnabled(), mailbox.casMailbox().ewsEnabled(), evaluation);
    Tri onExs =
        orgMailboxAllows(false, org.ewsEnabled(), mailbox.casMailbox().ewsEnabled(), evaluation);
    Tri value =
        view.exo() == Tri.TRUE
            ? onExo
            : view.exs() == Tri.TRUE ? onExs : onExo == onExs ? onExo : Tri.UNKNOWN;
    if (value == Tri.UNKNOWN) {
      return CheckResult.unknown(
          view, EWS, "W2", "mailboxes[" + view.address() + "].hostedIn is unknown");
    }
    if (value == Tri.TRUE) {
      return CheckResult.pass(view, EWS, "W2");
    }
    String code =
        Boolean.FALSE.equals(mailbox.casMailbox().ewsEnabled())
            ? "EWS_MAILBOX_DISABLED"
            : "EWS_ORG_DISABLED";
    return CheckResult.fail(
        view,
        EWS,
        "W2",
        Cause.of(code)
            .with("organizationConfig.ewsEnabled", org.ewsEnabled())
            .with("casMailbox.ewsEnabled", mailbox.casMailbox().ewsEnabled()));
  }

  private static Tri orgMailboxAllows(
      boolean exo, Boolean org, Boolean mbx, Evaluation evaluation) {
    Boolean orgValue = org;
    if (exo && org == null && evaluation.reached("exoEwsNullIsFalseFrom")) {
      orgValue = false; // (unverified) an unset organisation value counts as false
    }
    if (Boolean.FALSE.equals(mbx)) {
      return Tri.FALSE;
    }
    if (Boolean.FALSE.equals(orgValue)) {
      // Before 2025-04-01 a mailbox-level true overrode an org-level false in Exchange Online.
      return exo && Dates.exoEwsWindow(evaluation) == Dates.OPEN && Boolean.TRUE.equals(mbx)
          ? Tri.TRUE
          : Tri.FALSE;
    }
    return Tri.TRUE;
  }

  /** W3 [EXO]: the platform's app id is in EwsAllowedAppIDs where the list applies. */
  public static CheckResult appIdAllowed(
      MailboxView view, Snapshot snapshot, Evaluation evaluation) {
    OrganizationConfig org = snapshot.tenant().organizationConfig();
    if (org == null) {
      return CheckResult.onlyOn(
          view.exo(),
          CheckResult.unknown(view, EWS, "W3", "not collected: tenant.organizationConfig"));
    }
    if (!org.collected("ewsEnabled")) {
      return CheckResult.onlyOn(
          view.exo(),
          CheckResult.unknown(
              view, EWS, "W3", "not collected: tenant.organizationConfig.ewsEnabled"));
    }
    Boolean orgValue = org.ewsEnabled();
    if (orgValue == null && evaluation.reached("exoEwsNullIsFalseFrom")) {
      orgValue = false;
    }
    List<String> ids = org.ewsAllowedAppIds();
    CheckResult onExo;
    if (Boolean.TRUE.equals(orgValue) && !org.collected("ewsAllowedAppIds")) {
      onExo =
          CheckResult.unknown(
              view, EWS, "W3", "not collected: tenant.organizationConfig.ewsAllowedAppIds");
    } else if (Boolean.TRUE.equals(orgValue)
        && (!ids.isEmpty() || evaluation.reached("exoEwsEmptyAppIdListBlocksFrom"))) {
      if (Texts.azureApp(snapshot.platform()) == null) {
        onExo = CheckResult.unknown(view, EWS, "W3", "not collected: platform.azureApp");
      } else if (Texts.in(snapshot.platform().azureApp().appId(), ids)) {
        onExo = CheckResult.pass(view, EWS, "W3");
      } else {
        onExo =
            CheckResult.fail(
                view,
                EWS,
                "W3",
                Cause.of("EWS_APP_NOT_ALLOWED")
                    .with("appId", snapshot.platform().azureApp().appId())
                    .with("organizationConfig.ewsAllowedAppIds", ids));
      }
    } else {
      onExo = CheckResult.pass(view, EWS, "W3");
    }
    return CheckResult.onlyOn(view.exo(), onExo);
  }

  /**
   * W4: the EWS application access policy admits the platform. How the organisation and mailbox
   * levels combine is the {@code ewsPolicyLevels} config value: {@code mailbox-overrides} (a
   * mailbox whose own policy is set is governed by it alone) or {@code both-must-allow}.
   */
  public static CheckResult userAgentAllowed(
      MailboxView view, Snapshot snapshot, Evaluation evaluation) {
    OrganizationConfig org = snapshot.tenant().organizationConfig();
    Mailbox mailbox = view.mailbox();
    if (org == null || mailbox.casMailbox() == null) {
      return CheckResult.unknown(
          view,
          EWS,
          "W4",
          "not collected: "
              + (org == null
                  ? "tenant.organizationConfig"
                  : "mailboxes[" + view.address() + "].casMailbox"));
    }
    EwsPolicyLevel mailboxLevel =
        EwsPolicyLevel.mailbox(
            view.address(), mailbox.casMailbox(), snapshot.platform(), evaluation);
    Tri orgGoverns = EwsPolicyLevel.organisationGoverns(mailbox, evaluation);
    List<EwsPolicyLevel> levels = new ArrayList<>();
    if (orgGoverns != Tri.FALSE) {
      levels.add(EwsPolicyLevel.organisation(org, snapshot.platform(), evaluation));
    }
    levels.add(mailboxLevel);
    for (EwsPolicyLevel level : levels) {
      if (level.value() == Tri.FALSE && (orgGoverns == Tri.TRUE || level == mailboxLevel)) {
        return CheckResult.fail(
            view,
            EWS,
            "W4",
            Cause.of("EWS_USER_AGENT_BLOCKED")
                .with("level", level.level())
                .with("policy", level.policy())
                .with("ewsUserAgent", snapshot.platform().ewsUserAgent())
                .with("entry", level.entry()));
      }
    }
    if (orgGoverns == Tri.UNKNOWN && levels.get(0).value() != Tri.TRUE) {
      return CheckResult.unknown(
          view,
          EWS,
          "W4",
          "not collected: mailboxes[" + view.address() + "].casMailbox.ewsApplicationAccessPolicy");
    }
    for (EwsPolicyLevel level : levels) {
      if (level.value() == Tri.UNKNOWN) {
        return CheckResult.unknown(view, EWS, "W4", level.unknownBecause());
      }
    }
    return CheckResult.pass(view, EWS, "W4");
  }

  /** What one level of the EWS application access policy decides, before missing fields. */
  record LevelDecision(String level, EwsApplicationAccessPolicy policy, Tri value, String entry) {}

  /**
   * {@code levelAllows} of W4; {@code entry} is the matching block entry, or why an allow list
   * refuses. An enforced allow list that is empty refuses every application (Set-OrganizationConfig
   * reference: "Only applications specified by the EwsAllowList parameter are allowed").
   */
  static LevelDecision levelAllows(
      String level,
      EwsApplicationAccessPolicy policy,
      List<String> allow,
      List<String> block,
      String userAgent,
      boolean caseInsensitive) {
    if (policy == null) {
      return new LevelDecision(level, null, Tri.TRUE, null);
    }
    if (policy == EwsApplicationAccessPolicy.ENFORCE_ALLOW_LIST) {
      if (allow.stream().anyMatch(e -> e.strip().equals("*"))) {
        return new LevelDecision(level, policy, Tri.TRUE, "*");
      }
      if (allow.isEmpty()) {
        return new LevelDecision(
            level, policy, Tri.FALSE, "the allow list is empty, so every application is refused");
      }
      if (Texts.unset(userAgent)) {
        return new LevelDecision(level, policy, Tri.UNKNOWN, null);
      }
      return allow.stream().anyMatch(e -> Globs.matches(e, userAgent, caseInsensitive))
          ? new LevelDecision(level, policy, Tri.TRUE, null)
          : new LevelDecision(level, policy, Tri.FALSE, "not in allow list " + allow);
    }
    if (block.stream().anyMatch(e -> e.strip().equals("*"))) {
      return new LevelDecision(level, policy, Tri.FALSE, "*");
    }
    if (block.isEmpty()) {
      return new LevelDecision(level, policy, Tri.TRUE, null);
    }
    if (Texts.unset(userAgent)) {
      return new LevelDecision(level, policy, Tri.UNKNOWN, null);
    }
    return block.stream()
        .filter(e -> Globs.matches(e, userAgent, caseInsensitive))
        .findFirst()
        .map(e -> new LevelDecision(level, policy, Tri.FALSE, e))
        .orElse(new LevelDecision(level, policy, Tri.TRUE, null));
  }

  /** W5 and W6 [EXS]: EWS is published (an external URL) and reachable from the internet. */
  public static CheckResult published(MailboxView view, Tenant tenant) {
    CheckResult onExs;
    String notCollected =
        Collected.missing(tenant.virtualDirectories(), "tenant.virtualDirectories", "ews");
    if (notCollected != null) {
      onExs = CheckResult.unknown(view, EWS, "W5", notCollected);
    } else if (!ExchangeServer.published(tenant.virtualDirectories().ews())) {
      onExs =
          CheckResult.fail(
              view,
              EWS,
              "W5",
              Cause.of("EWS_NOT_PUBLISHED")
                  .with("servers", ExchangeServer.servers(tenant.virtualDirectories().ews())));
    } else {
      onExs = CheckResult.pass(view, EWS, "W5");
    }
    return CheckResult.onlyOn(view.exs(), onExs);
  }

  /** W6 [EXS]: EWS reachable from the internet. */
  public static CheckResult reachable(MailboxView view, Tenant tenant) {
    CheckResult onExs;
    String notCollected =
        Collected.missing(tenant.network(), "tenant.network", "ewsExternallyReachable");
    if (notCollected != null) {
      onExs = CheckResult.unknown(view, EWS, "W6", notCollected);
    } else if (Boolean.FALSE.equals(tenant.network().ewsExternallyReachable())) {
      onExs =
          CheckResult.fail(
              view,
              EWS,
              "W6",
              Cause.of("EWS_NOT_PUBLISHED").with("network.ewsExternallyReachable", false));
    } else {
      onExs = CheckResult.pass(view, EWS, "W6");
    }
    return CheckResult.onlyOn(view.exs(), onExs);
  }

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
