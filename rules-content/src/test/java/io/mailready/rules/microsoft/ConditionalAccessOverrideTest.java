package io.mailready.rules.microsoft;

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
 * What a rule maintainer does with only the jar: copies O365-AUTH-003's folder from the bundled
 * pack into a directory pack, edits which Conditional Access policies its DRL counts (report-only
 * ones too), and the checker built from that directory reads report-only policies so, with no Java
 * and no build.
 */
class ConditionalAccessOverrideTest {
  private static final String FOLDER = "office365/o365-auth-003-legacy-auth-blocked";
  private static final String ENFORCED_ONLY = "policy.state() == ConditionalAccessState.ENABLED";
  private static final String NOT_DISABLED = "policy.state() != ConditionalAccessState.DISABLED";

  @TempDir Path temp;

  /** A tenant whose only legacy-auth block is report-only, and a mailbox on a password. */
  private static Snapshot reportOnlyBlock() {
    String yaml =
        """
        schema: mailready/v1
        evaluatedAt: 2022-06-01
        platform: { name: Nylas, profile: legacy }
        tenant:
          name: contoso.com
          deployment: exchange-online
          authenticationPolicies: []
          organizationConfig: {}
          entra:
            securityDefaultsEnabled: false
            conditionalAccessPolicies:
              - { id: ca1, displayName: Block legacy auth, state: enabledForReportingButNotEnforced,
                  clientAppTypes: [exchangeActiveSync, other], includeUsers: [All],
                  includeApplications: [All], builtInControls: [block] }
        mailboxes:
          - { address: carol@contoso.com, authMethod: basic }
        """;
    return MaintainerPack.snapshot(yaml);
  }

  /** The requirement's folder, copied from the bundled pack, with its DRL edited. */
  private Path directoryPack(String from, String to) throws IOException {
    return MaintainerPack.overriding(temp.resolve("pack"), FOLDER, "", from, to);
  }

  private static Result carol(Report report) {
    return MaintainerPack.result(report, "O365-AUTH-003", "carol@contoso.com");
  }

  @Test
  void the_bundled_pack_ignores_a_report_only_policy() {
    // GIVEN the report-only legacy-auth block WHEN the standard checker checks it
    Report report = Checker.standard().check(reportOnlyBlock());

    // THEN the password sign-in is not blocked
    assertThat(carol(report).status()).isEqualTo(Status.PASS);
  }

  @Test
  void a_directory_pack_that_counts_report_only_policies_fails_the_mailbox() throws Exception {
    // GIVEN O365-AUTH-003 overridden to count every policy that is not disabled
    Checker checker = Checker.builder().rules(directoryPack(ENFORCED_ONLY, NOT_DISABLED)).build();

    // WHEN it checks the report-only legacy-auth block
    Report report = checker.check(reportOnlyBlock());

    // THEN the policy blocks carol's password sign-in
    assertThat(carol(report).status()).isEqualTo(Status.FAIL);
    assertThat(report.findings())
        .filteredOn(f -> f.requirement().equals("O365-AUTH-003"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains(
                        "Conditional Access policy 'Block legacy auth' (ca1) blocking"
                            + " exchangeActiveSync, other"));
  }

  @Test
  void a_directory_pack_copied_unchanged_keeps_the_bundled_reading() throws Exception {
    // GIVEN O365-AUTH-003 copied into a directory pack without an edit
    Checker checker = Checker.builder().rules(directoryPack(ENFORCED_ONLY, ENFORCED_ONLY)).build();

    // WHEN it checks the report-only legacy-auth block THEN nothing changed
    assertThat(carol(checker.check(reportOnlyBlock())).status()).isEqualTo(Status.PASS);
  }
}
