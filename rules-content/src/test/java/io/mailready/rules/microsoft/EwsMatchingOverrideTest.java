package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.MaintainerPack.baseTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rule maintainer does with only the jar: copies EXCH-EWS-003's folder from the classpath
 * into a directory pack, edits how its DRL matches the platform's user agent or which level governs
 * a mailbox, and checks with it. The edit changes EXCH-EWS-003, and through W4 the EXCH-SYNC-001
 * result of the same mailbox; the standard checker keeps the original.
 */
class EwsMatchingOverrideTest {
  private static final String FOLDER = "exchange/exch-ews-003-ews-access-policy";
  private static final String MAILBOX = "carol@contoso.com";

  @TempDir Path temp;

  @Test
  void case_sensitive_matching_in_a_directory_pack_lets_the_platform_past_a_lower_case_block_entry()
      throws IOException {
    // GIVEN an organisation block list "nylas-ews*", the platform's user agent Nylas-EWS/2.0 and
    // its ActiveSync device quarantined, and a directory pack whose EXCH-EWS-003 matches globs
    // case-sensitively
    Snapshot snapshot =
        snapshot(
            "ewsApplicationAccessPolicy: EnforceBlockList\n    ewsBlockList: [\"nylas-ews*\"]",
            "casMailbox: { ewsEnabled: null, activeSyncEnabled: true }");
    Path pack =
        MaintainerPack.overriding(
            temp.resolve("pack"),
            FOLDER,
            "",
            "Globs.matches(this, $ua, $caseInsensitive)",
            "Globs.matches(this, $ua, false)");
    // WHEN both checkers check it
    Report standard = Checker.standard().check(snapshot);
    Report edited = Checker.builder().rules(pack).build().check(snapshot);
    // THEN the standard pack refuses the platform, so neither protocol works; the edited one admits
    // it, so EWS works and the mailbox syncs
    assertThat(result(standard, "EXCH-EWS-003").status()).isEqualTo(Status.FAIL);
    assertThat(result(standard, "EXCH-SYNC-001").status()).isEqualTo(Status.FAIL);
    assertThat(
            standard.findings().stream()
                .filter(f -> f.requirement().equals("EXCH-SYNC-001"))
                .findFirst()
                .orElseThrow()
                .message())
        .contains("policy EnforceBlockList refuses the platform (nylas-ews*) (EXCH-EWS-003)");
    assertThat(result(edited, "EXCH-EWS-003").status()).isEqualTo(Status.PASS);
    assertThat(result(edited, "EXCH-SYNC-001").status()).isEqualTo(Status.PASS);
  }

  @Test
  void an_organisation_level_that_governs_every_mailbox_refuses_despite_the_mailbox_allow_list()
      throws IOException {
    // GIVEN an organisation block list matching the platform, a mailbox whose own allow list admits
    // it, the ActiveSync device quarantined, and a directory pack whose EXCH-EWS-003 lets the
    // organisation level govern every mailbox (no mailbox-overrides)
    Snapshot snapshot =
        snapshot(
            "ewsApplicationAccessPolicy: EnforceBlockList\n    ewsBlockList: [\"Nylas*\"]",
            "casMailbox: { ewsEnabled: null, activeSyncEnabled: true,"
                + " ewsApplicationAccessPolicy: EnforceAllowList, ewsAllowList: [\"Nylas*\"] }");
    Path pack =
        MaintainerPack.overriding(
            temp.resolve("pack"),
            FOLDER,
            "",
            "EwsPolicyLevels( mode == \"mailbox-overrides\" )",
            "EwsPolicyLevels( mode == \"organisation-governs-every-mailbox\" )");
    // WHEN both checkers check it
    Report standard = Checker.standard().check(snapshot);
    Report edited = Checker.builder().rules(pack).build().check(snapshot);
    // THEN the standard pack lets the mailbox's own policy decide, so EWS works; the edited one
    // applies the organisation's refusal, so neither protocol works
    assertThat(result(standard, "EXCH-EWS-003").status()).isEqualTo(Status.PASS);
    assertThat(result(standard, "EXCH-SYNC-001").status()).isEqualTo(Status.PASS);
    assertThat(result(edited, "EXCH-EWS-003").status()).isEqualTo(Status.FAIL);
    assertThat(result(edited, "EXCH-SYNC-001").status()).isEqualTo(Status.FAIL);
    assertThat(MaintainerPack.message(edited, "EXCH-SYNC-001"))
        .contains("policy EnforceBlockList refuses the platform (Nylas*) (EXCH-EWS-003)");
  }

  /**
   * The healthy Exchange Online base snapshot with the platform's EWS user agent, the
   * organisation's EWS policy {@code organisationPolicy}, the mailbox's {@code casMailbox} and the
   * platform's ActiveSync device quarantined.
   */
  private static Snapshot snapshot(String organisationPolicy, String casMailbox)
      throws IOException {
    return baseTenant(
        "  name: Nylas\n",
        "  name: Nylas\n  ewsUserAgent: Nylas-EWS/2.0\n",
        "ewsApplicationAccessPolicy: null",
        organisationPolicy,
        "casMailbox: { ewsEnabled: null, activeSyncEnabled: true }",
        casMailbox,
        "mobileDevices: []",
        "mobileDevices: [ { deviceId: NYLAS01, deviceUserAgent: python-EAS-Client 1.0,"
            + " deviceType: EAS, deviceAccessState: Quarantined,"
            + " deviceAccessStateReason: Global } ]");
  }

  private static Result result(Report report, String requirement) {
    return MaintainerPack.result(report, requirement, MAILBOX);
  }
}
