package io.mailready.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Obligation;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.RequirementInfo;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Summary;
import io.mailready.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report assertions and the case-file runner, against a canned report. */
class TestkitTest {
  static final Report REPORT =
      new Report(
          "contoso.com",
          LocalDate.of(2025, 6, 1),
          List.of(new PackInfo("p", "1", "test")),
          new Summary(false, 0, 0, 1, 0, 1, 0, 0),
          List.of(
              new Result(
                  "EXCH-EWS-002", SubjectKind.MAILBOX, "carol@contoso.com", Status.FAIL, null, "p"),
              new Result(
                  "EXCH-EWS-002",
                  SubjectKind.MAILBOX,
                  "bob@contoso.com",
                  Status.UNKNOWN,
                  "not collected: mailboxes[bob@contoso.com].casMailbox",
                  "p")),
          List.of(
              new Finding(
                  "EXCH-EWS-002",
                  "EWS on for the mailbox",
                  Severity.WARNING,
                  Obligation.MUST,
                  SubjectKind.MAILBOX,
                  "carol@contoso.com",
                  "EWS is disabled for carol@contoso.com",
                  Map.of("casMailbox.ewsEnabled", false),
                  List.of(),
                  List.of(),
                  null)),
          List.of());

  /** A checker that returns the canned report for any snapshot. */
  static final Checker CANNED =
      new Checker() {
        @Override
        public Report check(Snapshot snapshot) {
          return REPORT;
        }

        @Override
        public List<RequirementInfo> requirements() {
          return List.of();
        }

        @Override
        public List<PackInfo> packs() {
          return REPORT.packs();
        }
      };

  @Test
  void report_assertions_pass_on_what_the_report_says() {
    MailreadyAssertions.assertThat(REPORT)
        .isNotReady()
        .hasNoFinding("EXCH-EWS-002", "bob@contoso.com")
        .hasResult("EXCH-EWS-002", "bob@contoso.com", Status.UNKNOWN)
        .hasFinding("EXCH-EWS-002", "carol@contoso.com")
        .withSeverity(Severity.WARNING)
        .withMessageContaining("EWS is disabled")
        .withEvidence("casMailbox.ewsEnabled", false);
  }

  @Test
  void a_missing_finding_fails_with_the_actual_findings_and_results() {
    assertThatThrownBy(
            () ->
                MailreadyAssertions.assertThat(REPORT)
                    .hasFinding("EXCH-EWS-002", "bob@contoso.com"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected a finding of EXCH-EWS-002 for bob@contoso.com, but the findings are:\n"
                + "  WARNING EXCH-EWS-002 carol@contoso.com\n"
                + "and the results of EXCH-EWS-002 are: carol@contoso.com=FAIL, bob@contoso.com=UNKNOWN (not collected: mailboxes[bob@contoso.com].casMailbox)");
  }

  @Test
  void a_wrong_severity_fails_with_expected_and_actual() {
    assertThatThrownBy(
            () ->
                MailreadyAssertions.assertThat(REPORT)
                    .hasFinding("EXCH-EWS-002", "carol@contoso.com")
                    .withSeverity(Severity.ERROR))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected EXCH-EWS-002 for carol@contoso.com to be ERROR but it was WARNING: EWS is disabled for carol@contoso.com");
  }

  @TempDir Path temp;

  @Test
  void case_runner_reports_each_mismatch_in_the_snapshots_terms() throws Exception {
    // GIVEN a base snapshot and a case file with one matching and one wrong case
    Files.writeString(
        temp.resolve("base.yaml"),
        "schema: mailready/v1\nplatform: {name: Nylas}\ntenant: {name: contoso.com}\nmailboxes: [ {address: carol@contoso.com} ]\n");
    Path cases = temp.resolve("ews.cases.yaml");
    Files.writeString(
        cases,
        """
        requirement: EXCH-EWS-002
        base: base.yaml
        cases:
          - name: carol fails
            snapshot: { mailboxes: [ { address: carol@contoso.com, casMailbox: { ewsEnabled: false } } ] }
            expect: [ { subject: carol@contoso.com, status: FAIL, severity: WARNING, evidence: { casMailbox.ewsEnabled: false } } ]
          - name: bob passes
            expect: [ { subject: bob@contoso.com, status: PASS } ]
        """);
    // WHEN the cases run
    List<CaseRunner.CaseResult> results = CaseRunner.run(CANNED, CaseFile.read(cases));
    // THEN the first passes, the second says what was expected and what was found
    assertThat(results)
        .extracting(CaseRunner.CaseResult::name, CaseRunner.CaseResult::failures)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("carol fails", List.of()),
            org.assertj.core.groups.Tuple.tuple(
                "bob passes",
                List.of(
                    "EXCH-EWS-002 for bob@contoso.com: expected PASS but was UNKNOWN (not collected: mailboxes[bob@contoso.com].casMailbox)")));
    assertThat(CaseFile.read(cases).cases().get(0).snapshotYaml())
        .contains("ewsEnabled: false")
        .contains("name: \"contoso.com\"");
  }

  @Test
  void a_case_file_without_subject_is_refused_with_its_path() throws Exception {
    Path cases = temp.resolve("bad.cases.yaml");
    Files.writeString(
        cases, "requirement: X-YZ-001\ncases:\n  - name: c\n    expect: [ { status: PASS } ]\n");
    assertThatThrownBy(() -> CaseFile.read(cases))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(cases + ": case 'c': every expectation needs 'subject' and 'status'");
  }
}
