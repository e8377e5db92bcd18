package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
  private static final String PACK = "/io/mailready/rules/microsoft/";
  private static final String FOLDER = "exchange/exch-eas-003-device-access/";
  private static final String STEM = "exch-eas-003-device-access";

  @TempDir static Path temp;

  static Checker standard;

  @BeforeAll
  static void standardChecker() {
    standard = Checker.standard();
  }

  /**
   * The requirement's folder, copied from the jar into a directory pack that lists it, with its DRL
   * edited: {@code edits} are pairs of original and replacement text.
   */
  static Path packWithEditedDrl(String... edits) throws IOException {
    Path pack = Files.createTempDirectory(temp, "pack");
    Path folder = Files.createDirectories(pack.resolve(FOLDER));
    for (String suffix : new String[] {".drl", ".yaml"}) {
      try (InputStream in = resource(PACK + FOLDER + STEM + suffix)) {
        Files.copy(in, folder.resolve(STEM + suffix));
      }
    }
    Path drl = folder.resolve(STEM + ".drl");
    String text = Files.readString(drl);
    for (int i = 0; i < edits.length; i += 2) {
      assertThat(text).as("the DRL to edit").contains(edits[i]);
      text = text.replace(edits[i], edits[i + 1]);
    }
    Files.writeString(drl, text);
    Files.writeString(
        pack.resolve("pack.yaml"),
        "id: eas-precedence\nversion: 0.1.0\nrequirements: [exchange/" + STEM + "]\n");
    return pack;
  }

  static InputStream resource(String path) {
    InputStream in = EasPrecedenceOverrideTest.class.getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }

  /** The bundled healthy Exchange Online tenant with {@code replacements} (pairs) applied. */
  static Snapshot snapshot(String... replacements) throws IOException {
    String yaml;
    try (InputStream in = resource(PACK + "base/exchange-online.snapshot.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(yaml).contains(replacements[i]);
      yaml = yaml.replace(replacements[i], replacements[i + 1]);
    }
    return Snapshots.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "tenant.yaml");
  }

  static Result result(Report report, String requirement, String subject) {
    return report.results().stream()
        .filter(r -> r.requirement().equals(requirement) && r.subject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  static String message(Report report, String requirement) {
    return report.findings().stream()
        .filter(f -> f.requirement().equals(requirement))
        .findFirst()
        .orElseThrow()
        .message();
  }

  @Test
  void allowed_device_ids_no_longer_exempting_a_mailbox_refuses_it_everywhere() throws Exception {
    // GIVEN a tenant that quarantines new devices by default, and a mailbox that allows the
    // platform's device id
    Snapshot snapshot =
        snapshot(
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
        snapshot(
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
