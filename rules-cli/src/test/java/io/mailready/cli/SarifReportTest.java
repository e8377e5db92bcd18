package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailready.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final String CONTOSO = TestSnapshots.DIR + "contoso.yaml";
  private static final String FABRIKAM = TestSnapshots.DIR + "fabrikam.yaml";

  @Test
  void everyExampleSarifGoldenIsValidAgainstTheOfficialSarif210Schema() throws IOException {
    // GIVEN the committed SARIF reports of the examples
    for (Path snapshot : ExampleFormatsGoldenTest.examples()) {
      Path sarif = ExampleFormatsGoldenTest.golden(snapshot, ".sarif");
      // WHEN each is validated against the OASIS schema
      // THEN there is no problem
      assertThat(SchemaValidation.problems(SchemaValidation.SARIF, Files.readString(sarif)))
          .as("%s", sarif)
          .isEmpty();
    }
  }

  @Test
  void resultsPointAtTheSnapshotFileAndTheLineOfTheirSubject(@TempDir Path dir) throws IOException {
    // GIVEN a snapshot file whose tenant is on line 3 and carol's mailbox on line 6
    Path snapshot = dir.resolve("tenant.yaml");
    Files.writeString(
        snapshot,
        """
        schema: mailready/v1
        platform: {name: Nylas}
        tenant: {name: contoso.com, deployment: exchange-online}
        mailboxes:
          - address: alice@contoso.com
          - address: carol@contoso.com
        """);

    // WHEN it is checked with --format sarif
    CliRun run = CliRun.run("check", "--format", "sarif", snapshot.toString());

    // THEN the log is valid SARIF, the file is the run's artifact, and each result has a physical
    // location (file and line of its subject) besides its logical one
    assertThat(SchemaValidation.problems(SchemaValidation.SARIF, run.out())).isEmpty();
    JsonNode sarifRun = SchemaValidation.JSON.readTree(run.out()).path("runs").path(0);
    String uri = snapshot.toUri().toString();
    assertThat(sarifRun.path("artifacts").path(0).path("location").path("uri").asText())
        .isEqualTo(uri);
    List<String> locations = new ArrayList<>();
    for (JsonNode result : sarifRun.path("results")) {
      JsonNode location = result.path("locations").path(0);
      assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText())
          .isEqualTo(uri);
      locations.add(
          location.path("logicalLocations").path(0).path("fullyQualifiedName").asText()
              + " @ "
              + location.path("physicalLocation").path("region").path("startLine").asInt());
    }
    assertThat(locations)
        .contains("mailbox:carol@contoso.com @ 6", "tenant:contoso.com @ 3")
        .allMatch(l -> !l.endsWith(" @ 0"));
  }

  @Test
  void theCommandWritesValidSarifWithOneRunPerSnapshot() throws IOException {
    // GIVEN two snapshots, one with a waived finding
    // WHEN they are checked with --format sarif
    CliRun run = CliRun.run("check", "--format", "sarif", CONTOSO, FABRIKAM);

    // THEN the log is valid SARIF 2.1.0 with one run per tenant, and nothing on stderr
    assertThat(run.err()).isEmpty();
    assertThat(SchemaValidation.problems(SchemaValidation.SARIF, run.out())).isEmpty();
    JsonNode log = SchemaValidation.JSON.readTree(run.out());
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(texts(log.path("runs"), "properties", "tenant"))
        .containsExactly("contoso.com", "fabrikam.com");
  }

  @Test
  void rulesCarryTheRequirementsMetadataAndResultsOnlyTheFailingFindings() throws IOException {
    // GIVEN the contoso snapshot: a finding of every severity and one waived WARNING
    // WHEN it is checked with --format sarif
    JsonNode run =
        SchemaValidation.JSON
            .readTree(CliRun.run("check", "--format", "sarif", CONTOSO).out())
            .path("runs")
            .path(0);

    // THEN the rules are the loaded requirements in pack order, with their levels
    assertThat(texts(run.path("tool").path("driver").path("rules"), "id"))
        .containsExactly(
            "EXCH-SYNC-001",
            "EXCH-EWS-002",
            "GEN-SET-001",
            "O365-CONSENT-001",
            "O365-ADM-001",
            "O365-AUTH-002",
            "EXCH-EAS-002",
            "EXCH-EWS-001");
    JsonNode sync = run.path("tool").path("driver").path("rules").path(0);
    assertThat(sync.path("shortDescription").path("text").asText())
        .isEqualTo("At least one of EWS and ActiveSync works");
    assertThat(sync.path("fullDescription").path("text").asText())
        .isEqualTo("The platform needs EWS or ActiveSync to sync a mailbox.");
    assertThat(sync.path("help").path("text").asText())
        .isEqualTo(
            """
            The platform needs EWS or ActiveSync to sync a mailbox.

            Fix: Turn on EWS for the mailbox.
            Admin center: Exchange admin center > Recipients > Mailboxes > {mailbox}
            PowerShell: Set-CASMailbox -Identity {mailbox} -EwsEnabled $true

            References:
            - https://learn.microsoft.com/exchange/set-casmailbox""");
    assertThat(sync.path("helpUri").asText())
        .isEqualTo("https://learn.microsoft.com/exchange/set-casmailbox");
    assertThat(
            texts(run.path("tool").path("driver").path("rules"), "defaultConfiguration", "level"))
        .containsExactly(
            "error", "warning", "note", "error", "warning", "error", "warning", "warning");

    // AND there is one result per FAIL or WAIVED finding: rule, level, subject, suppression
    List<String> results = new ArrayList<>();
    for (JsonNode result : run.path("results")) {
      JsonNode location = result.path("locations").path(0).path("logicalLocations").path(0);
      results.add(
          result.path("ruleId").asText()
              + " "
              + result.path("level").asText()
              + " "
              + location.path("kind").asText()
              + ":"
              + location.path("name").asText()
              + " rule#"
              + result.path("ruleIndex").asInt()
              + (result.has("suppressions")
                  ? " suppressed: "
                      + result.path("suppressions").path(0).path("justification").asText()
                  : ""));
    }
    assertThat(results)
        .containsExactly(
            "EXCH-SYNC-001 error mailbox:carol@contoso.com rule#0",
            "O365-CONSENT-001 error tenant:contoso.com rule#3",
            "EXCH-EWS-002 warning mailbox:dave@contoso.com rule#1",
            "GEN-SET-001 note tenant:contoso.com rule#2",
            "O365-ADM-001 warning mailbox:admin@contoso.com rule#4 suppressed: break-glass"
                + " account, monitored by the SOC");
    assertThat(run.path("results").path(0).path("message").path("text").asText())
        .startsWith("neither EWS nor ActiveSync works for carol@contoso.com");
    assertThat(texts(run.path("logicalLocations"), "fullyQualifiedName"))
        .containsExactly(
            "tenant:contoso.com",
            "mailbox:admin@contoso.com",
            "mailbox:carol@contoso.com",
            "mailbox:dave@contoso.com");
  }

  @Test
  void mapsBlockerAndErrorToErrorWarningToWarningAndInfoToNote() {
    // GIVEN every severity
    Map<Severity, String> levels = new EnumMap<>(Severity.class);
    // WHEN each is mapped to a SARIF level
    for (Severity severity : Severity.values()) {
      levels.put(severity, SarifReport.level(severity));
    }
    // THEN the mapping is the documented one
    assertThat(levels)
        .isEqualTo(
            Map.of(
                Severity.BLOCKER, "error",
                Severity.ERROR, "error",
                Severity.WARNING, "warning",
                Severity.INFO, "note"));
  }

  private static List<String> texts(JsonNode array, String... path) {
    List<String> texts = new ArrayList<>();
    for (JsonNode element : array) {
      JsonNode node = element;
      for (String field : path) {
        node = node.path(field);
      }
      texts.add(node.asText());
    }
    return texts;
  }
}
