package io.mailready;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The published JSON Schema of the report accepts what {@link ReportJson} writes, and no more. */
class ReportSchemaTest {
  static final JsonSchema SCHEMA = load();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyExampleReportIsValidAgainstThePublishedSchema() throws IOException {
    // GIVEN the committed example reports
    List<Path> reports = ReportJsonReadTest.exampleReports();
    assertThat(reports).isNotEmpty();
    for (Path file : reports) {
      // WHEN each is validated
      // THEN there is no problem
      assertThat(problems(JSON.readTree(Files.readString(file)))).as("%s", file).isEmpty();
    }
  }

  @Test
  void aWrittenReportWithAWaiverAndEveryKindOfResultIsValid() throws IOException {
    // GIVEN a report with a waived finding and a result of every status
    Report report =
        new Report(
            "contoso.com",
            LocalDate.of(2025, 6, 1),
            List.of(new PackInfo("microsoft-email-admin", "1.0.0", "classpath:x/")),
            new Summary(false, 0, 0, 0, 0, 1, 1, 1),
            java.util.Arrays.stream(Status.values())
                .map(
                    status ->
                        new Result(
                            "GEN-AUTH-002",
                            SubjectKind.MAILBOX,
                            status.name().toLowerCase() + "@contoso.com",
                            status,
                            status == Status.NOT_APPLICABLE
                                    || status == Status.UNKNOWN
                                    || status == Status.ERROR
                                ? "because"
                                : null,
                            "microsoft-email-admin"))
                .toList(),
            List.of(
                new Finding(
                    "GEN-AUTH-002",
                    "Sign in with the primary address",
                    Severity.ERROR,
                    Obligation.MUST,
                    SubjectKind.MAILBOX,
                    "waived@contoso.com",
                    "signs in with an alias",
                    Map.of("aliases", List.of("a@contoso.com"), "count", 1),
                    List.of(new Fix("Use the primary address.", null, "Get-Mailbox", null)),
                    List.of(),
                    new Waiver(
                        "GEN-AUTH-*",
                        List.of(),
                        "accepted",
                        "it",
                        LocalDate.of(2026, 1, 1),
                        null))),
            java.util.List.of());

    // WHEN it is written and validated
    // THEN there is no problem
    assertThat(problems(JSON.readTree(ReportJson.write(report)))).isEmpty();
  }

  @Test
  void rejectsAnUnknownFieldABadStatusAndAnUnknownResultWithoutItsReason() throws IOException {
    // GIVEN an example report with a typo in a field, a bad status and a reason left out
    ObjectNode report =
        (ObjectNode) JSON.readTree(Files.readString(ReportJsonReadTest.exampleReports().get(0)));
    ((ObjectNode) report.get("summary")).put("blockers", 1);
    ((ObjectNode) report.get("results").get(0)).put("status", "PASSED");
    ((ObjectNode) report.get("results").get(1)).put("status", "UNKNOWN").remove("reason");

    // WHEN it is validated
    String problems = String.join("\n", problems(report));

    // THEN each problem is named with its path
    assertThat(problems)
        .contains("$.summary", "blockers")
        .contains("$.results[0].status")
        .contains("$.results[1]", "reason");
  }

  static TreeSet<String> problems(JsonNode json) {
    return SCHEMA.validate(json).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static JsonSchema load() {
    try (InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
      assertThat(in).as("io/mailready/report.schema.json on the classpath").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
