package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.snapshot.AccessLevel;
import io.mailready.snapshot.ActiveSyncDeviceAccessRule;
import io.mailready.snapshot.CasMailbox;
import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Snapshot;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code predictedAccessDecision(mb)} of {@code requirements.md} 1.7: what Exchange would decide
 * for a new partnership of the platform's ActiveSync device.
 *
 * @param level Allow, Block or Quarantine; null when UNKNOWN
 * @param source Individual, DeviceRule or Global
 * @param detail the device id, the rule, or the default access level
 * @param unknownBecause why the decision is UNKNOWN, else null
 */
public record AccessDecision(
    AccessLevel level, String source, String detail, String unknownBecause) {
  static final String DEFAULT_USER_AGENT_PREFIX = "python-EAS-Client";

  /** True when the decision is Block or Quarantine. */
  public boolean denies() {
    return level == AccessLevel.BLOCK || level == AccessLevel.QUARANTINE;
  }

  /**
   * Predicts the decision for a mailbox; {@code casMailbox} and {@code devices} are the mailbox's
   * (null when not collected). With {@code casMailbox} null, step 1 is skipped only when deciding
   * without mailboxes (EXCH-EAS-003).
   */
  public static AccessDecision predict(
      Snapshot snapshot,
      KnownPlatformDevices known,
      CasMailbox casMailbox,
      List<MobileDevice> devices,
      boolean personalStep,
      Evaluation evaluation) {
    Platform platform = snapshot.platform();
    if (personalStep) {
      if (casMailbox == null) {
        return new AccessDecision(null, null, null, "not collected: casMailbox");
      }
      Set<String> ids = platformDeviceIds(platform, devices);
      for (String id : ids) {
        if (Texts.in(id, casMailbox.activeSyncBlockedDeviceIds())) {
          return new AccessDecision(AccessLevel.BLOCK, "Individual", id, null);
        }
      }
      for (String id : ids) {
        if (Texts.in(id, casMailbox.activeSyncAllowedDeviceIds())) {
          return new AccessDecision(AccessLevel.ALLOW, "Individual", id, null);
        }
      }
    }
    List<ActiveSyncDeviceAccessRule> rules = snapshot.tenant().activeSyncDeviceAccessRules();
    if (rules == null) {
      return new AccessDecision(
          null, null, null, "not collected: tenant.activeSyncDeviceAccessRules");
    }
    boolean caseInsensitive = evaluation.config().bool("queryStringCaseInsensitive");
    for (AccessLevel level :
        List.of(AccessLevel.BLOCK, AccessLevel.QUARANTINE, AccessLevel.ALLOW)) {
      for (ActiveSyncDeviceAccessRule rule : rules) {
        if (rule.accessLevel() == level
            && matchesPlatform(rule, known.devices(), userAgentPrefix(platform), caseInsensitive)) {
          return new AccessDecision(
              level,
              "DeviceRule",
              rule.name() + " (" + rule.characteristic() + " = " + rule.queryString() + ")",
              null);
        }
      }
    }
    if (snapshot.tenant().activeSyncOrganizationSettings() == null) {
      return new AccessDecision(
          null, null, null, "not collected: tenant.activeSyncOrganizationSettings");
    }
    AccessLevel fallback = snapshot.tenant().activeSyncOrganizationSettings().defaultAccessLevel();
    return new AccessDecision(
        fallback == null ? AccessLevel.ALLOW : fallback,
        "Global",
        "default access level " + (fallback == null ? AccessLevel.ALLOW : fallback),
        null);
  }

  /** {@code ruleMatchesPlatform(r)}: exact query-string match against known platform devices. */
  static boolean matchesPlatform(
      ActiveSyncDeviceAccessRule rule,
      List<MobileDevice> known,
      String prefix,
      boolean caseInsensitive) {
    if (rule.characteristic() == null || rule.queryString() == null) {
      return false;
    }
    String query = rule.queryString();
    return switch (rule.characteristic()) {
      case USER_AGENT -> {
        List<String> agents =
            known.stream().map(MobileDevice::deviceUserAgent).filter(a -> !Texts.unset(a)).toList();
        yield agents.isEmpty()
            ? Texts.startsWithIgnoreCase(query, prefix)
            : agents.stream().anyMatch(a -> equal(query, a, caseInsensitive));
      }
      case DEVICE_TYPE ->
          known.stream().anyMatch(d -> equal(query, d.deviceType(), caseInsensitive));
      case DEVICE_MODEL ->
          known.stream().anyMatch(d -> equal(query, d.deviceModel(), caseInsensitive));
      case DEVICE_OS, XMSWL_HEADER -> false; // the snapshot holds no such value (section 4)
    };
  }

  private static boolean equal(String query, String value, boolean caseInsensitive) {
    if (Texts.unset(value)) {
      return false;
    }
    return caseInsensitive ? Texts.same(query, value) : query.strip().equals(value.strip());
  }

  /** {@code uaPrefix}. */
  public static String userAgentPrefix(Platform platform) {
    return Texts.unset(platform.easDeviceUserAgentPrefix())
        ? DEFAULT_USER_AGENT_PREFIX
        : platform.easDeviceUserAgentPrefix();
  }

  /** {@code isPlatformDevice(d)}. */
  public static boolean isPlatformDevice(Platform platform, MobileDevice device) {
    return (!Texts.unset(device.deviceUserAgent())
            && Texts.startsWithIgnoreCase(device.deviceUserAgent(), userAgentPrefix(platform)))
        || (!Texts.unset(platform.easDeviceId())
            && Texts.same(device.deviceId(), platform.easDeviceId()));
  }

  /** {@code platformDeviceIds(mb)}. */
  static Set<String> platformDeviceIds(Platform platform, List<MobileDevice> devices) {
    Set<String> ids = new LinkedHashSet<>();
    if (!Texts.unset(platform.easDeviceId())) {
      ids.add(platform.easDeviceId().strip());
    }
    if (devices != null) {
      devices.stream()
          .filter(d -> isPlatformDevice(platform, d) && !Texts.unset(d.deviceId()))
          .forEach(d -> ids.add(d.deviceId().strip()));
    }
    return ids;
  }
}
