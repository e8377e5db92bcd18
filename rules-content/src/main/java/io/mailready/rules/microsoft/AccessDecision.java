package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AccessLevel;
import io.mailready.snapshot.ActiveSyncDeviceAccessRule;
import io.mailready.snapshot.CasMailbox;
import io.mailready.snapshot.DeviceAccessState;
import io.mailready.snapshot.DeviceCharacteristic;
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
    for (AccessLevel level :
        List.of(AccessLevel.BLOCK, AccessLevel.QUARANTINE, AccessLevel.ALLOW)) {
      ActiveSyncDeviceAccessRule undecided = null;
      for (ActiveSyncDeviceAccessRule rule : rules) {
        if (rule.accessLevel() != level) {
          continue;
        }
        Tri matches = matchesPlatform(rule, known.devices(), platform, evaluation);
        if (matches == Tri.TRUE) {
          return new AccessDecision(
              level,
              "DeviceRule",
              rule.name() + " (" + rule.characteristic() + " = " + rule.queryString() + ")",
              null);
        }
        if (matches == Tri.UNKNOWN && undecided == null) {
          undecided = rule;
        }
      }
      if (undecided != null) {
        return new AccessDecision(
            null,
            null,
            null,
            "cannot tell whether device access rule '"
                + undecided.name()
                + "' ("
                + undecided.characteristic()
                + " = "
                + undecided.queryString()
                + ") matches the platform's device: "
                + (undecided.characteristic() == DeviceCharacteristic.USER_AGENT
                    ? "platform.easDeviceUserAgentPrefix is not collected"
                    : "platform.easDeviceType is unknown"));
      }
    }
    if (snapshot.tenant().activeSyncOrganizationSettings() == null) {
      return new AccessDecision(
          null, null, null, "not collected: tenant.activeSyncOrganizationSettings");
    }
    if (!snapshot.tenant().activeSyncOrganizationSettings().collected("defaultAccessLevel")) {
      return new AccessDecision(
          null,
          null,
          null,
          "not collected: tenant.activeSyncOrganizationSettings.defaultAccessLevel");
    }
    AccessLevel fallback = snapshot.tenant().activeSyncOrganizationSettings().defaultAccessLevel();
    return new AccessDecision(
        fallback == null ? AccessLevel.ALLOW : fallback,
        "Global",
        "default access level " + (fallback == null ? AccessLevel.ALLOW : fallback),
        null);
  }

  /**
   * {@code ruleMatchesPlatform(r)}: exact query-string match against the known platform devices; a
   * DeviceType rule also against {@link #deviceTypes}, UNKNOWN when no device type is known.
   */
  static Tri matchesPlatform(
      ActiveSyncDeviceAccessRule rule,
      List<MobileDevice> known,
      Platform platform,
      Evaluation evaluation) {
    if (rule.characteristic() == null || rule.queryString() == null) {
      return Tri.FALSE;
    }
    boolean caseInsensitive = evaluation.config().bool("queryStringCaseInsensitive");
    String query = rule.queryString();
    return switch (rule.characteristic()) {
      case USER_AGENT -> {
        List<String> agents =
            known.stream()
                .filter(d -> d.collected("deviceUserAgent"))
                .map(MobileDevice::deviceUserAgent)
                .filter(a -> !Texts.unset(a))
                .toList();
        if (agents.isEmpty() && !platform.collected("easDeviceUserAgentPrefix")) {
          yield Tri.UNKNOWN; // the prefix's default would decide: only when it was collected
        }
        yield Tri.of(
            agents.isEmpty()
                ? Texts.startsWithIgnoreCase(query, userAgentPrefix(platform))
                : agents.stream().anyMatch(a -> equal(query, a, caseInsensitive)));
      }
      case DEVICE_TYPE -> {
        List<String> types = deviceTypes(platform, known, evaluation);
        yield types.isEmpty()
            ? Tri.UNKNOWN
            : Tri.of(types.stream().anyMatch(t -> equal(query, t, caseInsensitive)));
      }
      case DEVICE_MODEL ->
          Tri.of(known.stream().anyMatch(d -> equal(query, d.deviceModel(), caseInsensitive)));
      case DEVICE_OS, XMSWL_HEADER -> Tri.FALSE; // the snapshot holds no such value (section 4)
    };
  }

  /**
   * The device types the platform's ActiveSync client may report: those of the known platform
   * devices and {@code platform.easDeviceType}; when neither is known and the client is
   * python-EAS-Client, the library's default ({@code pythonEasClientDeviceType}, unverified). Empty
   * when unknown.
   */
  static List<String> deviceTypes(
      Platform platform, List<MobileDevice> known, Evaluation evaluation) {
    Set<String> types = new LinkedHashSet<>();
    known.stream()
        .map(MobileDevice::deviceType)
        .filter(t -> !Texts.unset(t))
        .forEach(t -> types.add(t.strip()));
    boolean typeCollected = platform.collected("easDeviceType");
    if (typeCollected && !Texts.unset(platform.easDeviceType())) {
      types.add(platform.easDeviceType().strip());
    }
    Object fallback = evaluation.config().values().get("pythonEasClientDeviceType");
    if (types.isEmpty()
        && typeCollected
        && platform.collected("easDeviceUserAgentPrefix")
        && fallback != null
        && Texts.same(userAgentPrefix(platform), DEFAULT_USER_AGENT_PREFIX)) {
      types.add(fallback.toString().strip());
    }
    return List.copyOf(types);
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

  /**
   * {@code isPlatformDevice(d)}, from collected fields only: a field listed in {@code notCollected}
   * matches nothing ({@link #deviceNotCollected} says when that leaves it open).
   */
  public static boolean isPlatformDevice(Platform platform, MobileDevice device) {
    return (device.collected("deviceUserAgent")
            && platform.collected("easDeviceUserAgentPrefix")
            && !Texts.unset(device.deviceUserAgent())
            && Texts.startsWithIgnoreCase(device.deviceUserAgent(), userAgentPrefix(platform)))
        || (device.collected("deviceId")
            && platform.collected("easDeviceId")
            && !Texts.unset(platform.easDeviceId())
            && Texts.same(device.deviceId(), platform.easDeviceId()));
  }

  /**
   * Why it is open whether {@code device} of {@code address} is a quarantined or blocked platform
   * device (EXCH-EAS-002, A4): a field that decides it is in a {@code notCollected} list, e.g.
   * {@code not collected: mailboxes[bob@contoso.com].mobileDevices[ABC].deviceAccessState}. Null
   * when the collected fields decide it.
   */
  public static String deviceNotCollected(Platform platform, String address, MobileDevice device) {
    boolean stateCollected = device.collected("deviceAccessState");
    if (stateCollected && !quarantinedOrBlocked(device.deviceAccessState())) {
      return null;
    }
    String shown = "mailboxes[" + address + "].mobileDevices[" + device.deviceId() + "]";
    if (isPlatformDevice(platform, device)) {
      return stateCollected ? null : "not collected: " + shown + ".deviceAccessState";
    }
    if (!device.collected("deviceUserAgent")) {
      return "not collected: " + shown + ".deviceUserAgent";
    }
    if (!platform.collected("easDeviceUserAgentPrefix")) {
      return "not collected: platform.easDeviceUserAgentPrefix";
    }
    if (!platform.collected("easDeviceId")) {
      return "not collected: platform.easDeviceId";
    }
    if (!Texts.unset(platform.easDeviceId()) && !device.collected("deviceId")) {
      return "not collected: " + shown + ".deviceId";
    }
    return null;
  }

  /** A platform device whose collected state is quarantined or blocked (EXCH-EAS-002, A4). */
  public static boolean refusedPlatformDevice(Platform platform, MobileDevice device) {
    return device.collected("deviceAccessState")
        && quarantinedOrBlocked(device.deviceAccessState())
        && isPlatformDevice(platform, device);
  }

  /** A device state that refuses the partnership (EXCH-EAS-002, A4). */
  public static boolean quarantinedOrBlocked(DeviceAccessState state) {
    return state == DeviceAccessState.QUARANTINED || state == DeviceAccessState.BLOCKED;
  }

  /** {@code platformDeviceIds(mb)}. */
  static Set<String> platformDeviceIds(Platform platform, List<MobileDevice> devices) {
    Set<String> ids = new LinkedHashSet<>();
    if (platform.collected("easDeviceId") && !Texts.unset(platform.easDeviceId())) {
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
