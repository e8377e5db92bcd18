package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.AccessLevel;
import io.mailready.snapshot.ActiveSyncDeviceAccessRule;
import io.mailready.snapshot.ConnectionFilterPolicy;
import io.mailready.snapshot.DeviceCharacteristic;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.MobileDeviceMailboxPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestedSettingsTest {
  private static ActiveSyncDeviceAccessRule rule(
      String name, DeviceCharacteristic characteristic, String query, AccessLevel level) {
    return new ActiveSyncDeviceAccessRule(name, characteristic, query, level);
  }

  @Test
  void connection_filter_differences_name_each_setting_with_its_count() {
    // GIVEN a connection filter with two allowed IPs, one blocked IP and the safe list on
    ConnectionFilterPolicy policy =
        new ConnectionFilterPolicy(
            List.of(IpRange.parse("192.0.2.1"), IpRange.parse("198.51.100.0/24")),
            List.of(IpRange.parse("203.0.113.9")),
            true);
    // WHEN its differences from the suggested settings are listed
    List<String> differences = SuggestedSettings.connectionFilterDifferences(policy);
    // THEN each setting is named, with singular and plural counts
    assertThat(differences)
        .containsExactly(
            "connection filter IP allow list has 2 entries",
            "connection filter IP block list has 1 entry",
            "connection filter safe list is on");
  }

  @Test
  void default_connection_filter_does_not_differ() {
    // GIVEN a connection filter with unset lists and an unset safe list
    ConnectionFilterPolicy policy = new ConnectionFilterPolicy(null, null, null);
    // WHEN it is compared with the suggested settings
    // THEN it does not differ
    assertThat(SuggestedSettings.connectionFilterDiffers(policy)).isFalse();
  }

  @Test
  void only_device_type_iphone_rules_that_block_or_quarantine_restrict_iphones() {
    // GIVEN rules on iPhone by type, model and level, and on another device type
    List<ActiveSyncDeviceAccessRule> rules =
        List.of(
            rule("allow", DeviceCharacteristic.DEVICE_TYPE, "iPhone", AccessLevel.ALLOW),
            rule("model", DeviceCharacteristic.DEVICE_MODEL, "iPhone", AccessLevel.BLOCK),
            rule("ipad", DeviceCharacteristic.DEVICE_TYPE, "iPad", AccessLevel.BLOCK),
            rule("q", DeviceCharacteristic.DEVICE_TYPE, " iphone ", AccessLevel.QUARANTINE),
            rule("b", DeviceCharacteristic.DEVICE_TYPE, "iPhone", AccessLevel.BLOCK));
    // WHEN the rules restricting iPhones are listed, case-insensitively
    // THEN only the DeviceType rules that block or quarantine iPhone are, in order
    assertThat(SuggestedSettings.iPhoneRestrictions(rules, true))
        .containsExactly(
            "device access rule 'q' quarantines iPhone devices",
            "device access rule 'b' blocks iPhone devices");
    assertThat(SuggestedSettings.firstIPhoneRuleName(rules, true)).isEqualTo("q");
  }

  @Test
  void case_sensitive_query_strings_need_the_exact_spelling() {
    // GIVEN a quarantine rule for "iphone" in lower case
    List<ActiveSyncDeviceAccessRule> rules =
        List.of(rule("q", DeviceCharacteristic.DEVICE_TYPE, "iphone", AccessLevel.QUARANTINE));
    // WHEN queryStringCaseInsensitive is off
    // THEN the rule does not restrict iPhones; with it on, it does
    assertThat(SuggestedSettings.restrictsIPhones(rules, false)).isFalse();
    assertThat(SuggestedSettings.restrictsIPhones(rules, true)).isTrue();
    assertThat(SuggestedSettings.firstIPhoneRuleName(List.of(), true)).isNull();
  }

  @Test
  void default_mobile_policy_is_the_is_default_entry_else_the_one_named_default() {
    // GIVEN policies with and without an isDefault entry
    MobileDeviceMailboxPolicy named = new MobileDeviceMailboxPolicy(" default ", null, false);
    MobileDeviceMailboxPolicy flagged = new MobileDeviceMailboxPolicy("Corporate", true, true);
    MobileDeviceMailboxPolicy other = new MobileDeviceMailboxPolicy("Sales", false, false);
    // WHEN the default policy is chosen
    // THEN isDefault wins, the name "Default" comes next, and otherwise there is none
    assertThat(SuggestedSettings.defaultMobilePolicy(List.of(named, flagged))).isEqualTo(flagged);
    assertThat(SuggestedSettings.defaultMobilePolicy(List.of(other, named))).isEqualTo(named);
    assertThat(SuggestedSettings.defaultMobilePolicy(List.of(other))).isNull();
  }
}
