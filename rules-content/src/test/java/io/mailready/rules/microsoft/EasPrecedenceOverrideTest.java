package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.MaintainerPack.baseTenant;
import static io.mailready.rules.microsoft.MaintainerPack.message;
import static io.mailready.rules.microsoft.MaintainerPack.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rule maintainer does with only the jar: copies EXCH-EAS-003's folder into a directory
 * pack, edits the ActiveSync access precedence in its DRL, and sees the decision change everywhere
 * it is used: EXCH-EAS-003 and, through check A5 of easEffective, EXCH-CONTACTS-001.
 */
class EasPrecedenceOverrideTest {
  private static final String FOLDER = "exchange/exch-eas-003-device-access";

  @TempDir Path temp;

  static Checker standard;

  @BeforeAll
  static void standardChecker() {
    standard = Checker.standard();
  }

  /** A directory pack of EXCH-EAS-003's folder with its DRL edited ({@code edits}: pairs). */
  private Path packWithEditedDrl(String... edits) throws IOException {
    return MaintainerPack.overriding(temp.resolve("pack"), FOLDER, "", edits);
  }

  @Test
  void allowed_device_ids_no_longer_exempting_a_mailbox_refuses_it_everywhere() throws Exception {
    // GIVEN a tenant that quarantines new devices by default, and a mailbox that allows the
    // platform's device id
    Snapshot snapshot =
        baseTenant(
            "  profile: legacy\n",
            "  profile: legacy\n  easDeviceId: NYL1\n",
            "defaultAccessLevel: Allow",
            "defaultAccessLevel: Quarantine",
            "casMailbox: { ewsEnabled: null, activeSyncEnabled: true }",
            "casMailbox: { ewsEnabled: null, activeSyncEnabled: true,"
                + " activeSyncAllowedDeviceIds: [NYL1] }");
    // AND a pack whose precedence lets only the blocked device ids exempt a mailbox
    Checker edited =
        Checker.builder()
            .rules(
                packWithEditedDrl(
                    "    not PersonalDeviceId( address == $a )\n",
                    "    not PersonalDeviceId( address == $a, blocked )\n"))
            .build();
    // WHEN both checkers check it
    Report original = standard.check(snapshot);
    Report changed = edited.check(snapshot);
    // THEN the standard checker admits the device (the allowed id comes before the default)
    assertThat(result(original, "EXCH-EAS-003", "contoso.com").status()).isEqualTo(Status.PASS);
    assertThat(result(original, "EXCH-CONTACTS-001", "carol@contoso.com").status())
        .isEqualTo(Status.PASS);
    // AND the edited one quarantines it, in EXCH-EAS-003 and through A5 in EXCH-CONTACTS-001
    assertThat(message(changed, "EXCH-EAS-003"))
        .isEqualTo(
            "Mobile device access would quarantine Nylas's ActiveSync device for 1 mailbox(es):"
                + " carol@contoso.com: quarantine via the default access level Quarantine.");
    assertThat(message(changed, "EXCH-CONTACTS-001"))
        .contains(
            "mobile device access would quarantine a new platform device (via default access"
                + " level Quarantine) (EXCH-EAS-003)");
  }

  @Test
  void an_allow_rule_winning_over_a_quarantine_rule_admits_the_platform_everywhere()
      throws Exception {
    // GIVEN a tenant with a Quarantine rule and an Allow rule that both match the platform's
    // device
    Snapshot snapshot =
        baseTenant(
            "activeSyncDeviceAccessRules: []",
            "activeSyncDeviceAccessRules:\n"
                + "    - { name: Quarantine EAS, characteristic: UserAgent, queryString:"
                + " python-EAS-Client 1.0, accessLevel: Quarantine }\n"
                + "    - { name: Allow EAS, characteristic: UserAgent, queryString:"
                + " python-EAS-Client 1.0, accessLevel: Allow }");
    // AND a pack whose precedence lets an Allow rule win over a Quarantine rule
    Checker edited =
        Checker.builder()
            .rules(
                packWithEditedDrl(
                    "    not DeviceRuleMatch( rule.accessLevel == AccessLevel.BLOCK )\n"
                        + "    DeviceRuleMatch( rule.accessLevel == AccessLevel.QUARANTINE,",
                    "    not DeviceRuleMatch( rule.accessLevel == AccessLevel.BLOCK )\n"
                        + "    not DeviceRuleMatch( rule.accessLevel == AccessLevel.ALLOW )\n"
                        + "    DeviceRuleMatch( rule.accessLevel == AccessLevel.QUARANTINE,",
                    "not DeviceRuleMatch( rule.accessLevel == AccessLevel.BLOCK"
                        + " || rule.accessLevel == AccessLevel.QUARANTINE )",
                    "not DeviceRuleMatch( rule.accessLevel == AccessLevel.BLOCK )"))
            .build();
    // WHEN both checkers check it
    Report original = standard.check(snapshot);
    Report changed = edited.check(snapshot);
    // THEN the standard checker quarantines (Quarantine rules come before Allow rules) ...
    assertThat(message(original, "EXCH-EAS-003"))
        .contains(
            "carol@contoso.com: quarantine via device access rule 'Quarantine EAS' (UserAgent ="
                + " python-EAS-Client 1.0)");
    assertThat(result(original, "EXCH-CONTACTS-001", "carol@contoso.com").status())
        .isEqualTo(Status.FAIL);
    // AND the edited one admits the device: both pass
    assertThat(result(changed, "EXCH-EAS-003", "contoso.com").status()).isEqualTo(Status.PASS);
    assertThat(result(changed, "EXCH-CONTACTS-001", "carol@contoso.com").status())
        .isEqualTo(Status.PASS);
  }
}
