package io.mailready;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportJsonReadTest {
  static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void readsEveryExampleReportBackToTheSameText() throws IOException {
    // GIVEN the committed example reports
    List<Path> reports = exampleReports();
    assertThat(reports).isNotEmpty();
    for (Path file : reports) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      // WHEN each is read and written again
      Report report = ReportJson.read(json);
      // THEN the text is the same, byte for byte
      assertThat(ReportJson.write(report)).as("%s written back", file).isEqualTo(json);
    }
  }

  @Test
  void readsWaiversNullEvidenceNestedEvidenceAndReasonsIntoTheReportValues() {
    // GIVEN a report with a waived finding, evidence of every JSON kind and an UNKNOWN result
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("casMailbox", null);
    evidence.put("count", 3L);
    evidence.put("ratio", new BigDecimal("0.25"));
    evidence.put("roles", List.of("Global Administrator", "Exchange Administrator"));
    evidence.put("nested", Map.of("enabled", true));
    Waiver waiver =
        new Waiver(
            "O365-ADM-*",
            List.of("admin@contoso.com"),
            "break-glass account",
            "it-security@contoso.com",
            LocalDate.of(2025, 12, 31),
            "CHG-1234");
    Finding finding =
        new Finding(
            "O365-ADM-001",
            "No Entra admin roles on synced accounts",
            Severity.WARNING,
            Obligation.SHOULD,
            SubjectKind.MAILBOX,
            "admin@contoso.com",
            "admin@contoso.com holds an admin role",
            evidence,
            List.of(new Fix("Sync another mailbox.", "Entra > Roles", "Get-MgUser", null)),
            List.of("https://learn.microsoft.com/entra"),
            waiver);
    Report report =
        new Report(
            "contoso.com",
            LocalDate.of(2025, 6, 1),
            List.of(new PackInfo("microsoft-email-admin", "1.0.0", null)),
            new Summary(true, 0, 0, 0, 0, 1, 0, 1),
            List.of(
                new Result(
                    "O365-ADM-001",
                    SubjectKind.MAILBOX,
                    "admin@contoso.com",
                    Status.WAIVED,
                    null,
                    "microsoft-email-admin"),
                new Result(
                    "EXCH-EAS-002",
                    SubjectKind.MAILBOX,
                    "carol@contoso.com",
                    Status.UNKNOWN,
                    "mailboxes[carol@contoso.com].mobileDevices",
                    "microsoft-email-admin")),
            List.of(finding),
            java.util.List.of());

    // WHEN it is written and read back
    Report read = ReportJson.read(ReportJson.write(report));

    // THEN every value is the same (nested evidence comes back as ordered maps and lists)
    Map<String, Object> expectedEvidence = new LinkedHashMap<>(evidence);
    expectedEvidence.put("nested", new LinkedHashMap<>(Map.of("enabled", true)));
    assertThat(read)
        .isEqualTo(
            new Report(
                report.tenant(),
                report.evaluatedAt(),
                report.packs(),
                report.summary(),
                report.results(),
                List.of(
                    new Finding(
                        finding.requirement(),
                        finding.title(),
                        finding.severity(),
                        finding.obligation(),
                        finding.subjectKind(),
                        finding.subject(),
                        finding.message(),
                        expectedEvidence,
                        finding.fixes(),
                        finding.references(),
                        waiver)),
                java.util.List.of()));
  }

  @Test
  void rejectsTextThatIsNotJsonOrNotAReportNamingTheFieldAndTheValue() {
    // GIVEN texts that are not reports
    // WHEN they are read
    // THEN each is rejected with a message that names what is wrong
    assertThatThrownBy(() -> ReportJson.read("{\"schema\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON: ");
    assertThatThrownBy(() -> ReportJson.read("[1, 2]"))
        .hasMessage("expected a JSON object with a report but was [1,2]");
    assertThatThrownBy(() -> ReportJson.read("{\"schema\": \"mailready/v1\"}"))
        .hasMessage("schema must be 'mailready/report/v1' but was 'mailready/v1'");
    String badStatus =
        """
        {"schema": "mailready/report/v1", "tenant": "contoso.com", "evaluatedAt": "2025-06-01",
         "summary": {"ready": true},
         "results": [{"requirement": "X-1", "subjectKind": "tenant", "subject": "contoso.com",
                      "status": "PASSED"}]}
        """;
    assertThatThrownBy(() -> ReportJson.read(badStatus))
        .hasMessage(
            "results[0].status must be one of [PASS, FAIL, NOT_APPLICABLE, UNKNOWN, ERROR,"
                + " WAIVED] but was 'PASSED'");
    assertThatThrownBy(
            () ->
                ReportJson.read(
                    badStatus.replace("2025-06-01", "June 1st").replace("PASSED", "PASS")))
        .hasMessage("evaluatedAt must be a date (YYYY-MM-DD) but was 'June 1st'");
  }

  static List<Path> exampleReports() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return new ArrayList<>(
          files.filter(f -> f.toString().endsWith(".report.json")).sorted().toList());
    }
  }
}
