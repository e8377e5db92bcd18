package io.mailready.rules.microsoft;

import io.mailready.snapshot.AccessLevel;
import io.mailready.snapshot.ActiveSyncDeviceAccessRule;
import io.mailready.snapshot.ConnectionFilterPolicy;
import io.mailready.snapshot.DeviceCharacteristic;
import io.mailready.snapshot.MobileDeviceMailboxPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The three parts of GEN-SET-001, "Suggested Office 365 settings" ({@code requirements.md} 2.1).
 */
public final class SuggestedSettings {
  private SuggestedSettings() {}

  /**
   * (a) How the default connection filter differs from the suggested one (empty lists, safe list
   * off), one text per difference; empty when it does not differ.
   */
  public static List<String> connectionFilterDifferences(ConnectionFilterPolicy policy) {
    List<String> differences = new ArrayList<>();
    if (!policy.ipAllowList().isEmpty()) {
      differences.add("connection filter IP allow list has " + entries(policy.ipAllowList()));
    }
    if (!policy.ipBlockList().isEmpty()) {
      differences.add("connection filter IP block list has " + entries(policy.ipBlockList()));
    }
    if (Boolean.TRUE.equals(policy.enableSafeList())) {
      differences.add("connection filter safe list is on");
    }
    return differences;
  }

  /** (a) True when the default connection filter differs from the suggested one. */
  public static boolean connectionFilterDiffers(ConnectionFilterPolicy policy) {
    return !connectionFilterDifferences(policy).isEmpty();
  }

  private static String entries(List<?> list) {
    return list.size() + (list.size() == 1 ? " entry" : " entries");
  }

  /**
   * (b) The device access rules with {@code characteristic ≈ DeviceType}, {@code queryString ≈
   * "iPhone"} and {@code accessLevel ∈≈ {Block, Quarantine}}, in the tenant's order. {@code
   * caseInsensitive} is {@code queryStringCaseInsensitive} (0.9).
   */
  public static List<ActiveSyncDeviceAccessRule> iPhoneRestrictingRules(
      List<ActiveSyncDeviceAccessRule> rules, boolean caseInsensitive) {
    return rules.stream()
        .filter(r -> r.characteristic() == DeviceCharacteristic.DEVICE_TYPE)
        .filter(
            r -> r.accessLevel() == AccessLevel.BLOCK || r.accessLevel() == AccessLevel.QUARANTINE)
        .filter(r -> isIPhone(r.queryString(), caseInsensitive))
        .toList();
  }

  /** (b) True when some device access rule blocks or quarantines iPhone devices. */
  public static boolean restrictsIPhones(
      List<ActiveSyncDeviceAccessRule> rules, boolean caseInsensitive) {
    return !iPhoneRestrictingRules(rules, caseInsensitive).isEmpty();
  }

  /** (b) One text per rule that blocks or quarantines iPhone devices, for the message. */
  public static List<String> iPhoneRestrictions(
      List<ActiveSyncDeviceAccessRule> rules, boolean caseInsensitive) {
    return iPhoneRestrictingRules(rules, caseInsensitive).stream()
        .map(
            r ->
                "device access rule '"
                    + r.name()
                    + "' "
                    + (r.accessLevel() == AccessLevel.BLOCK ? "blocks" : "quarantines")
                    + " iPhone devices")
        .toList();
  }

  /** (b) The name of the first rule that blocks or quarantines iPhone devices, for the fix. */
  public static String firstIPhoneRuleName(
      List<ActiveSyncDeviceAccessRule> rules, boolean caseInsensitive) {
    List<ActiveSyncDeviceAccessRule> found = iPhoneRestrictingRules(rules, caseInsensitive);
    return found.isEmpty() ? null : found.get(0).name();
  }

  private static boolean isIPhone(String queryString, boolean caseInsensitive) {
    if (Texts.unset(queryString)) {
      return false;
    }
    return caseInsensitive
        ? Texts.same(queryString, "iPhone")
        : queryString.strip().equals("iPhone");
  }

  /**
   * (c) The default mobile device mailbox policy: the first entry with {@code isDefault == true},
   * else the first entry named ≈ "Default"; null when there is neither.
   */
  public static MobileDeviceMailboxPolicy defaultMobilePolicy(
      List<MobileDeviceMailboxPolicy> policies) {
    return policies.stream()
        .filter(p -> p.collected("isDefault") && Boolean.TRUE.equals(p.isDefault()))
        .findFirst()
        .or(
            () ->
                policies.stream()
                    .filter(p -> p.collected("name") && Texts.same(p.name(), "Default"))
                    .findFirst())
        .orElse(null);
  }

  /**
   * (c) Why it is open whether the default mobile device mailbox policy refuses non-provisionable
   * devices: a field that decides it is in a {@code notCollected} list; null when the collected
   * fields decide it.
   */
  public static String mobilePolicyNotCollected(List<MobileDeviceMailboxPolicy> policies) {
    boolean markedDefault =
        policies.stream()
            .anyMatch(p -> p.collected("isDefault") && Boolean.TRUE.equals(p.isDefault()));
    if (!markedDefault) {
      for (MobileDeviceMailboxPolicy policy : policies) {
        String missing = Collected.missing(policy, policyPath(policy), "isDefault", "name");
        if (missing != null) {
          return missing;
        }
      }
    }
    MobileDeviceMailboxPolicy found = defaultMobilePolicy(policies);
    return found == null
        ? null
        : Collected.missing(found, policyPath(found), "allowNonProvisionableDevices");
  }

  /** (c) The default policy refuses non-provisionable devices (a collected {@code false}). */
  public static boolean refusesNonProvisionable(MobileDeviceMailboxPolicy policy) {
    return policy.collected("allowNonProvisionableDevices")
        && Boolean.FALSE.equals(policy.allowNonProvisionableDevices());
  }

  private static String policyPath(MobileDeviceMailboxPolicy policy) {
    return "tenant.mobileDeviceMailboxPolicies["
        + (policy.collected("name") ? policy.name() : "?")
        + "]";
  }
}
