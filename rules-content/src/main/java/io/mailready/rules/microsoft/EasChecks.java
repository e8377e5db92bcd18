package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.Protocol.EAS;

import io.mailready.rule.Cause;
import io.mailready.rule.Evaluation;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Tenant;
import java.util.List;
import java.util.Locale;

/** The checks A1–A7 of {@code easEffective} ({@code requirements.md} 1.7), one function each. */
public final class EasChecks {
  private EasChecks() {}

  /** The checks A1–A7 of a mailbox, in order; {@code known} are the platform's known devices. */
  public static List<CheckResult> all(
      MailboxView view, Snapshot snapshot, KnownPlatformDevices known, Evaluation evaluation) {
    Tenant tenant = snapshot.tenant();
    return List.of(
        mailboxEnabled(view),
        published(view, tenant),
        reachable(view, tenant),
        deviceState(view, snapshot),
        accessDecision(view, MailboxAccess.of(view, snapshot, known, evaluation)),
        authenticationAccepted(view, tenant, evaluation),
        adProtection(view, tenant, evaluation));
  }

  /** A1: ActiveSync enabled for the mailbox. */
  public static CheckResult mailboxEnabled(MailboxView view) {
    Mailbox mailbox = view.mailbox();
    if (mailbox.casMailbox() == null) {
      return CheckResult.unknown(
          view, EAS, "A1", "not collected: mailboxes[" + view.address() + "].casMailbox");
    }
    if (!mailbox.casMailbox().collected("activeSyncEnabled")) {
      return CheckResult.unknown(
          view,
          EAS,
          "A1",
          "not collected: mailboxes[" + view.address() + "].casMailbox.activeSyncEnabled");
    }
    return Boolean.FALSE.equals(mailbox.casMailbox().activeSyncEnabled())
        ? CheckResult.fail(
            view,
            EAS,
            "A1",
            Cause.of("EAS_MAILBOX_DISABLED").with("casMailbox.activeSyncEnabled", false))
        : CheckResult.pass(view, EAS, "A1");
  }

  /** A2 [EXS]: an ActiveSync virtual directory has an external URL. */
  public static CheckResult published(MailboxView view, Tenant tenant) {
    CheckResult onExs;
    String notCollected =
        Collected.missing(tenant.virtualDirectories(), "tenant.virtualDirectories", "activeSync");
    if (notCollected != null) {
      onExs = CheckResult.unknown(view, EAS, "A2", notCollected);
    } else if (!ExchangeServer.published(tenant.virtualDirectories().activeSync())) {
      onExs =
          CheckResult.fail(
              view,
              EAS,
              "A2",
              Cause.of("EAS_NOT_PUBLISHED")
                  .with(
                      "servers", ExchangeServer.servers(tenant.virtualDirectories().activeSync())));
    } else {
      onExs = CheckResult.pass(view, EAS, "A2");
    }
    return CheckResult.onlyOn(view.exs(), onExs);
  }

  /** A3 [EXS]: ActiveSync reachable from the internet. */
  public static CheckResult reachable(MailboxView view, Tenant tenant) {
    CheckResult onExs;
    String notCollected =
        Collected.missing(tenant.network(), "tenant.network", "easExternallyReachable");
    if (notCollected != null) {
      onExs = CheckResult.unknown(view, EAS, "A3", notCollected);
    } else if (Boolean.FALSE.equals(tenant.network().easExternallyReachable())) {
      onExs =
          CheckResult.fail(
              view,
              EAS,
              "A3",
              Cause.of("EAS_NOT_PUBLISHED").with("network.easExternallyReachable", false));
    } else {
      onExs = CheckResult.pass(view, EAS, "A3");
    }
    return CheckResult.onlyOn(view.exs(), onExs);
  }

  /** A4: no platform device partnership is quarantined or blocked. */
  public static CheckResult deviceState(MailboxView view, Snapshot snapshot) {
    List<MobileDevice> devices = view.mailbox().mobileDevices();
    if (devices == null) {
      return CheckResult.unknown(
          view, EAS, "A4", "not collected: mailboxes[" + view.address() + "].mobileDevices");
    }
    String notCollected = null;
    for (MobileDevice device : devices) {
      if (notCollected == null) {
        notCollected =
            AccessDecision.deviceNotCollected(snapshot.platform(), view.address(), device);
      }
      if (AccessDecision.refusedPlatformDevice(snapshot.platform(), device)) {
        return CheckResult.fail(
            view,
            EAS,
            "A4",
            Cause.of("EAS_DEVICE_QUARANTINED")
                .with("deviceId", device.deviceId())
                .with("deviceAccessState", device.deviceAccessState()));
      }
    }
    return notCollected == null
        ? CheckResult.pass(view, EAS, "A4")
        : CheckResult.unknown(view, EAS, "A4", notCollected);
  }

  /**
   * A5: the predicted access decision for a new platform partnership admits it; the decision is
   * derived once per mailbox ({@link MailboxAccess}) and shared with EXCH-EAS-003.
   */
  public static CheckResult accessDecision(MailboxView view, MailboxAccess access) {
    AccessDecision decision = access.decision();
    if (decision.level() == null) {
      String because =
          decision
              .unknownBecause()
              .replace("casMailbox", "mailboxes[" + view.address() + "].casMailbox");
      return CheckResult.unknown(view, EAS, "A5", because);
    }
    return decision.denies()
        ? CheckResult.fail(
            view,
            EAS,
            "A5",
            Cause.of("EAS_ACCESS_DENIED")
                .with("level", decision.level().label().toLowerCase(Locale.ROOT))
                .with("source", decision.detail()))
        : CheckResult.pass(view, EAS, "A5");
  }

  /** A6 [EXS]: Exchange Server accepts the mailbox's authentication method for ActiveSync. */
  public static CheckResult authenticationAccepted(
      MailboxView view, Tenant tenant, Evaluation evaluation) {
    return CheckResult.onlyOn(view.exs(), authOnExs(view, tenant, evaluation));
  }

  private static CheckResult authOnExs(MailboxView view, Tenant tenant, Evaluation evaluation) {
    AuthMethod method = view.mailbox().authMethod();
    if (method == null) {
      return CheckResult.unknown(
          view, EAS, "A6", "mailboxes[" + view.address() + "].authMethod is unset");
    }
    if (method == AuthMethod.OAUTH) {
      if (ExchangeServer.versionIn(tenant, evaluation, "exsVersionsWithoutOAuth")) {
        return CheckResult.fail(
            view,
            EAS,
            "A6",
            Cause.of("EAS_AUTH_REFUSED")
                .with("authMethod", method)
                .with("exchangeServerVersion", tenant.exchangeServerVersion())
                .with("switch", "OAuth (version)"));
      }
      // Exchange 2019 CU13+ / SE: an authentication policy may block modern auth per protocol
      return AuthPolicies.modernAuthBlocked(
          view, tenant, EAS, "A6", "EAS_AUTH_REFUSED", "blockModernAuthActiveSync");
    }
    AuthPolicies.EffectivePolicy policy = AuthPolicies.of(tenant, view.mailbox());
    if (policy.known()
        && policy.policy() != null
        && !policy.policy().collected("blockLegacyAuthActiveSync")) {
      return CheckResult.unknown(
          view,
          EAS,
          "A6",
          "not collected: authentication policy '" + policy.name() + "' blockLegacyAuthActiveSync");
    }
    if (policy.known()
        && policy.policy() != null
        && Boolean.TRUE.equals(policy.policy().blockLegacyAuthActiveSync())) {
      return CheckResult.fail(
          view,
          EAS,
          "A6",
          Cause.of("EAS_AUTH_REFUSED")
              .with("authMethod", method)
              .with("policy", policy.name())
              .with("switch", "BlockLegacyAuthActiveSync"));
    }
    String notCollected =
        Collected.missing(tenant.virtualDirectories(), "tenant.virtualDirectories", "activeSync");
    if (notCollected != null) {
      return CheckResult.unknown(view, EAS, "A6", notCollected);
    }
    List<String> refusing =
        ExchangeServer.refusingServers(
            tenant.virtualDirectories().activeSync(),
            v -> Boolean.FALSE.equals(v.basicAuthEnabled()));
    if (!refusing.isEmpty()) {
      return CheckResult.fail(
          view,
          EAS,
          "A6",
          Cause.of("EAS_AUTH_REFUSED")
              .with("authMethod", method)
              .with("servers", refusing)
              .with("switch", "BasicAuthEnabled"));
    }
    return policy.known()
        ? CheckResult.pass(view, EAS, "A6")
        : CheckResult.unknown(view, EAS, "A6", policy.unknownBecause());
  }

  /** A7 [EXS, affected versions]: the AD account is not protected by AdminSDHolder. */
  public static CheckResult adProtection(MailboxView view, Tenant tenant, Evaluation evaluation) {
    if (!GeneralFlags.adProtectionIssue(tenant, evaluation)) {
      return CheckResult.pass(view, EAS, "A7");
    }
    CheckResult onExs;
    String notCollected =
        Collected.missing(
            view.mailbox().ad(), "mailboxes[" + view.address() + "].ad", "adminCount", "memberOf");
    if (notCollected != null) {
      onExs = CheckResult.unknown(view, EAS, "A7", notCollected);
    } else {
      List<String> groups =
          AdProtection.protectedGroups(
              view.mailbox().ad(), evaluation.config().strings("protectedAdGroups"));
      boolean adminCount = Integer.valueOf(1).equals(view.mailbox().ad().adminCount());
      onExs =
          adminCount || !groups.isEmpty()
              ? CheckResult.fail(
                  view,
                  EAS,
                  "A7",
                  Cause.of("EAS_AD_PROTECTED")
                      .with("adminCount", view.mailbox().ad().adminCount())
                      .with("groups", groups))
              : CheckResult.pass(view, EAS, "A7");
    }
    return CheckResult.onlyOn(view.exs(), onExs);
  }
}
