package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.ReportJson;
import io.mailready.Severity;
import io.mailready.SubjectKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;
  private Path old;
  private Path now;

  @BeforeEach
  void writeReports() throws IOException {
    // The contoso report, and a later one: EWS fixed for dave, GEN-SET-001 raised to WARNING, a
    // new quarantine finding for carol; the blocker, the consent error and the waiver unchanged.
    Report before = CannedReports.contoso();
    List<Finding> findings = new ArrayList<>();
    findings.add(
        new Finding(
            "EXCH-EAS-002",
            "No quarantined or blocked platform device",
            Severity.WARNING,
            null,
            SubjectKind.MAILBOX,
            "carol@contoso.com",
            "the platform's ActiveSync device NYLAS8F2C is Quarantined",
            Map.of(),
            List.of(),
            List.of(),
            null));
    for (Finding finding : before.findings()) {
      if (finding.requirement().equals("EXCH-EWS-002")) {
        continue;
      }
      if (finding.requirement().equals("GEN-SET-001")) {
        finding =
            new Finding(
                finding.requirement(),
                finding.title(),
                Severity.WARNING,
                finding.obligation(),
                finding.subjectKind(),
                finding.subject(),
                finding.message(),
                finding.evidence(),
                finding.fixes(),
                finding.references(),
                finding.waiver());
      }
      findings.add(finding);
    }
    Report after =
        new Report(
            before.tenant(),
            before.evaluatedAt().plusDays(7),
            before.packs(),
            before.summary(),
            before.results(),
            findings,
            java.util.List.of());
    old = Files.writeString(dir.resolve("old.json"), ReportJson.write(before));
    now = Files.writeString(dir.resolve("new.json"), ReportJson.write(after));
  }

  @Test
  void printsNewFixedChangedAndStillFailingFindingsAndExitsOneForNewOnes() {
    // GIVEN an earlier and a later report
    // WHEN they are compared
    CliRun run = CliRun.run("diff", old.toString(), now.toString());

    // THEN each change is listed under its heading, and the exit code says there is a new one
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out())
        .isEqualTo(
            """
            %s -> %s
              tenant:    contoso.com
              evaluated: 2025-06-01 -> 2025-06-08

            NEW: 1 finding
              [WARNING] EXCH-EAS-002 mailbox: carol@contoso.com
                the platform's ActiveSync device NYLAS8F2C is Quarantined

            FIXED: 1 finding
              [WARNING] EXCH-EWS-002 mailbox: dave@contoso.com
                EWS is disabled for dave@contoso.com (Get-CASMailbox EwsEnabled = false)

            CHANGED SEVERITY: 1 finding
              [INFO -> WARNING] GEN-SET-001 tenant: contoso.com
                review the guide's suggested Office 365 settings

            STILL FAILING: 2 findings
              [BLOCKER] EXCH-SYNC-001 mailbox: carol@contoso.com
                neither EWS nor ActiveSync works for carol@contoso.com: EWS is disabled for the mailbox
                  (Get-CASMailbox EwsEnabled = false) and ActiveSync is disabled (ActiveSyncEnabled = false)
              [ERROR] O365-CONSENT-001 tenant: contoso.com
                the app 'Nylas' has no tenant-wide consent, and users cannot consent to apps

            1 new, 1 fixed, 1 changed severity, 2 still failing
            """
                .formatted(old, now));
  }

  @Test
  void printsTheDiffAsJsonWithTheOldAndNewSeverityOfEachChange() throws IOException {
    // GIVEN the earlier report as the new one: what was fixed is new again
    // WHEN they are compared backwards with --format json
    CliRun run = CliRun.run("diff", "--format", "json", now.toString(), old.toString());

    // THEN the JSON lists each change with its severities, and the exit code says one is new
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(SchemaValidation.JSON.readTree(run.out()))
        .isEqualTo(
            SchemaValidation.JSON.readTree(
                """
                {"schema": "mailready/diff/v1",
                 "old": {"file": "%s", "tenant": "contoso.com", "evaluatedAt": "2025-06-08", "ready": false},
                 "new": {"file": "%s", "tenant": "contoso.com", "evaluatedAt": "2025-06-01", "ready": false},
                 "counts": {"newFindings": 1, "fixed": 1, "changedSeverity": 1, "stillFailing": 2},
                 "newFindings": [
                   {"requirement": "EXCH-EWS-002", "subjectKind": "mailbox", "subject": "dave@contoso.com",
                    "title": "EWS on for the mailbox", "newSeverity": "WARNING",
                    "message": "EWS is disabled for dave@contoso.com (Get-CASMailbox EwsEnabled = false)"}],
                 "fixed": [
                   {"requirement": "EXCH-EAS-002", "subjectKind": "mailbox", "subject": "carol@contoso.com",
                    "title": "No quarantined or blocked platform device", "oldSeverity": "WARNING",
                    "message": "the platform's ActiveSync device NYLAS8F2C is Quarantined"}],
                 "changedSeverity": [
                   {"requirement": "GEN-SET-001", "subjectKind": "tenant", "subject": "contoso.com",
                    "title": "Suggested Office 365 settings", "oldSeverity": "WARNING", "newSeverity": "INFO",
                    "message": "review the guide's suggested Office 365 settings"}],
                 "stillFailing": [
                   {"requirement": "EXCH-SYNC-001", "subjectKind": "mailbox", "subject": "carol@contoso.com",
                    "title": "At least one of EWS and ActiveSync works", "oldSeverity": "BLOCKER", "newSeverity": "BLOCKER",
                    "message": "neither EWS nor ActiveSync works for carol@contoso.com: EWS is disabled for the mailbox (Get-CASMailbox EwsEnabled = false) and ActiveSync is disabled (ActiveSyncEnabled = false)"},
                   {"requirement": "O365-CONSENT-001", "subjectKind": "tenant", "subject": "contoso.com",
                    "title": "App consented, or users able to consent", "oldSeverity": "ERROR", "newSeverity": "ERROR",
                    "message": "the app 'Nylas' has no tenant-wide consent, and users cannot consent to apps"}]}
                """
                    .formatted(now, old)));
  }

  @Test
  void comparingAReportWithItselfShowsOnlyStillFailingFindings() {
    // GIVEN one report
    // WHEN it is compared with itself
    CliRun run = CliRun.run("diff", old.toString(), old.toString());

    // THEN nothing is new or fixed, and the exit code is 0
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).endsWith("\n0 new, 0 fixed, 0 changed severity, 4 still failing\n");
  }

  @Test
  void rejectsAMissingFileAndAFileThatIsNotAReportWithExitCodeTwo() throws IOException {
    // GIVEN a missing file and a snapshot instead of a report
    Path missing = dir.resolve("missing.json");
    Path snapshot =
        Files.writeString(dir.resolve("snapshot.json"), "{\"schema\": \"mailready/v1\"}");
    // WHEN each is compared
    CliRun run = CliRun.run("diff", missing.toString(), snapshot.toString());

    // THEN both problems are named, and the exit code is 2
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: cannot read report %s: no such file\n".formatted(missing)
                + "error: %s: schema must be 'mailready/report/v1' but was 'mailready/v1'\n"
                    .formatted(snapshot));
  }
}
