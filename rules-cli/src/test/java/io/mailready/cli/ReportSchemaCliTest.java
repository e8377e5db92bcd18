package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every JSON report this module commits or prints is valid against the published schema. */
class ReportSchemaCliTest {
  @Test
  void theCommittedCliGoldenAndEveryExampleReportAreValid() throws IOException {
    // GIVEN the CLI test golden and the example reports
    String cliGolden;
    try (InputStream in = getClass().getResourceAsStream("contoso-report.json")) {
      cliGolden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // WHEN each is validated against report.schema.json
    // THEN there is no problem
    assertThat(SchemaValidation.problems(SchemaValidation.REPORT, cliGolden)).isEmpty();
    try (Stream<Path> files = Files.list(ExamplesGoldenTest.EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".report.json")).toList()) {
        assertThat(SchemaValidation.problems(SchemaValidation.REPORT, Files.readString(file)))
            .as("%s", file)
            .isEmpty();
      }
    }
  }

  @Test
  void everyReportOfAJsonArrayForSeveralSnapshotsIsValid() throws IOException {
    // GIVEN two snapshots, one with a waiver
    // WHEN they are checked with --format json
    JsonNode reports =
        SchemaValidation.JSON.readTree(
            CliRun.run(
                    "check",
                    "--format",
                    "json",
                    TestSnapshots.DIR + "contoso.yaml",
                    TestSnapshots.DIR + "fabrikam.yaml")
                .out());
    // THEN each element of the array is a valid report
    assertThat(reports).hasSize(2);
    for (JsonNode report : reports) {
      assertThat(SchemaValidation.problems(SchemaValidation.REPORT, report)).isEmpty();
    }
  }
}
