package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.Finding;
import io.mailready.PolicyException;
import io.mailready.Report;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.WaiverUse;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files: waivers with expiry, severity overrides, disabled requirements, strict errors. */
class PolicyTest {
  @TempDir Path temp;
  final DirectoryPackTest packs = new DirectoryPackTest();

  Engine checker(String policy) throws Exception {
    packs.temp = temp;
    Path pack = packs.pack();
    Path file = temp.resolve("policy.yaml");
    Files.writeString(file, policy);
    return new DroolsCheckerFactory()
        .create(
            CheckerSettings.builder()
                .rules(pack)
                .policy(file)
                .clock(DirectoryPackTest.CLOCK)
                .build());
  }

  Report check(String policy) throws Exception {
    return checker(policy).check(DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT));
  }

  @Test
  void a_current_waiver_keeps_the_finding_marked_waived_and_it_no_longer_blocks() throws Exception {
    // GIVEN a waiver for the only blocking finding, valid until the end of the year
    Report report =
        check(
            """
            policy: mailready/v1
            waivers:
              - requirement: TEST-MBX-*
                subjects: [basic@*]
                reason: the scanner mailbox is not synced
                owner: it-ops@example.com
                expires: 2025-12-31
                ticket: CHG-1234
            """);
    // THEN the finding stays, waived, and the tenant is not blocked by it
    Finding finding =
        report.findings().stream()
            .filter(f -> f.subject().equals("basic@example.com"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.waived()).isTrue();
    assertThat(finding.waiver().ticket()).isEqualTo("CHG-1234");
    assertThat(DirectoryPackTest.result(report, "TEST-MBX-001", "basic@example.com").status())
        .isEqualTo(Status.WAIVED);
    assertThat(DirectoryPackTest.result(report, "TEST-MBX-001", "basic@example.com").reason())
        .isEqualTo(
            "waived until 2025-12-31 by it-ops@example.com: the scanner mailbox is not synced");
    assertThat(report.summary().blocker()).isZero();
    assertThat(report.summary().waived()).isEqualTo(1);
    assertThat(report.waivers())
        .extracting(WaiverUse::state, WaiverUse::findings)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                WaiverUse.State.APPLIED, List.of("TEST-MBX-001 basic@example.com")));
  }

  @Test
  void an_expired_waiver_no_longer_applies_and_the_report_says_so() throws Exception {
    // GIVEN a waiver that expired the day before the evaluation date (2025-06-01)
    Report report =
        check(
            """
            policy: mailready/v1
            waivers:
              - { requirement: TEST-MBX-001, reason: accepted, owner: it-ops@example.com, expires: 2025-05-31 }
              - { requirement: TEST-TEN-001, subjects: [other.example], reason: not this tenant, owner: me@example.com, expires: 2025-12-31 }
            """);
    // THEN the finding is back, the waiver is EXPIRED, and the one matching nothing is UNUSED
    assertThat(DirectoryPackTest.result(report, "TEST-MBX-001", "basic@example.com").status())
        .isEqualTo(Status.FAIL);
    assertThat(report.summary().blocker()).isEqualTo(1);
    assertThat(report.waivers())
        .extracting(WaiverUse::state)
        .containsExactly(WaiverUse.State.EXPIRED, WaiverUse.State.UNUSED);
    assertThat(report.waivers().get(0).findings())
        .containsExactly("TEST-MBX-001 basic@example.com");
  }

  @Test
  void severity_overrides_and_disabled_requirements_apply() throws Exception {
    // GIVEN a policy that lowers one requirement and disables the other by glob
    Report report =
        check(
            """
            policy: mailready/v1
            disable: [TEST-TEN-*]
            severity: { TEST-MBX-001: warning }
            """);
    // THEN the finding has the new severity and the disabled requirement has no result
    assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(report.results()).noneMatch(r -> r.requirement().equals("TEST-TEN-001"));
    assertThat(report.ready()).isFalse(); // UNKNOWN results on a MUST requirement remain
  }

  @Test
  void every_policy_problem_is_reported_with_file_line_and_column() throws Exception {
    // GIVEN a policy with an unknown key, a bad id, a bad severity, a waiver without expiry, a
    // malformed date and a date beyond the one-year horizon
    String policy =
        """
        policy: mailready/v1
        disabel: [TEST-MBX-001]
        severity: { TEST-XYZ-001: ERROR, TEST-MBX-001: FATAL }
        waivers:
          - { requirement: TEST-MBX-001, reason: r, owner: o }
          - { requirement: TEST-MBX-001, reason: r, owner: o, expires: 2025-13-01 }
          - { requirement: TEST-MBX-001, reason: r, owner: o, expires: 2030-01-01 }
        """;
    // WHEN the checker is built THEN each problem names its place
    assertThatThrownBy(() -> checker(policy))
        .isInstanceOf(PolicyException.class)
        .satisfies(
            e ->
                assertThat(((PolicyException) e).problems())
                    .containsExactly(
                        temp.resolve("policy.yaml")
                            + ":2:1: unknown key 'disabel' at the top level (known: policy, disable, severity, waivers)",
                        temp.resolve("policy.yaml")
                            + ":3:13: severity: unknown requirement 'TEST-XYZ-001' (known: TEST-MBX-001, TEST-TEN-001)",
                        temp.resolve("policy.yaml")
                            + ":3:48: severity of TEST-MBX-001 must be one of [BLOCKER, ERROR, WARNING, INFO] but was 'FATAL'",
                        temp.resolve("policy.yaml")
                            + ":5:5: a waiver needs 'expires': a waiver without expiry is not accepted",
                        temp.resolve("policy.yaml")
                            + ":6:64: waiver expires must be an ISO date such as 2026-12-31 but was '2025-13-01'",
                        temp.resolve("policy.yaml")
                            + ":7:64: waiver expiry 2030-01-01 is beyond the horizon of 366 days (latest 2026-06-02): review waivers at least yearly"));
  }

  @Test
  void a_glob_longer_than_the_limit_is_a_policy_problem() throws Exception {
    // GIVEN a waiver whose subject is 10 000 stars (it once escaped build() as a
    // PatternSyntaxException) and a disable glob of 1 025 characters
    String policy =
        "policy: mailready/v1\ndisable: [\"TEST-MBX-00"
            + "*".repeat(1_014)
            + "\"]\nwaivers:\n  - { requirement: TEST-MBX-001, subjects: [\""
            + "*".repeat(10_000)
            + "\"], reason: r, owner: o, expires: 2025-12-31 }\n";
    // WHEN the checker is built THEN both are refused with their place and length
    assertThatThrownBy(() -> checker(policy))
        .isInstanceOf(PolicyException.class)
        .satisfies(
            e ->
                assertThat(((PolicyException) e).problems())
                    .containsExactly(
                        temp.resolve("policy.yaml")
                            + ":2:11: disable must be a glob of at most 1024 characters but was"
                            + " 1025 characters long: 'TEST-MBX-00"
                            + "*".repeat(29)
                            + "...'",
                        temp.resolve("policy.yaml")
                            + ":4:45: waiver subject must be a glob of at most 1024 characters"
                            + " but was 10000 characters long: '"
                            + "*".repeat(40)
                            + "...'"));
  }

  @Test
  void a_policy_that_disables_every_requirement_is_refused() throws Exception {
    // GIVEN a policy that disables everything with a glob
    String policy = "policy: mailready/v1\ndisable: [\"*\"]\n";
    // WHEN the checker is built THEN it is a policy problem: nothing would be checked
    assertThatThrownBy(() -> checker(policy))
        .isInstanceOf(PolicyException.class)
        .satisfies(
            e ->
                assertThat(((PolicyException) e).problems())
                    .containsExactly(
                        temp.resolve("policy.yaml")
                            + ":2:10: disable: every loaded requirement is disabled, so nothing"
                            + " would be checked: disable some, or do not check"));
  }
}
