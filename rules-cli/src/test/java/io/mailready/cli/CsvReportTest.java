package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Fix;
import io.mailready.Report;
import io.mailready.Severity;
import io.mailready.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {
  @TempDir Path dir;

  @Test
  void writesOneQuotedRowPerFindingAndNeutralisesFormulas() {
    // GIVEN findings whose subject starts with '=' and whose message holds a comma, a quote and
    // a line break
    Report report =
        new Report(
            "contoso.com",
            LocalDate.of(2025, 6, 1),
            List.of(),
            new Summary(false, 0, 0, 2, 0, 0, 0, 0),
            List.of(),
            List.of(
                GroupedReportsTest.finding(
                    "EXCH-EWS-002",
                    Severity.WARNING,
                    "=HYPERLINK(\"http://x\")@contoso.com",
                    "EWS is off, \"really\"\nsecond line",
                    Map.of(),
                    new Fix(
                        "Turn it on.", null, "Set-CASMailbox -Identity a -EwsEnabled $true", null)),
                GroupedReportsTest.finding(
                    "EXCH-EWS-002",
                    Severity.WARNING,
                    "bob@contoso.com",
                    "-1+2",
                    Map.of(),
                    new Fix("Turn it on.", null, null, null))),
            List.of());

    // WHEN it is written as CSV
    String csv = CsvReport.write(List.of(new Checked("t.yaml", report)));

    // THEN RFC 4180: a header, CRLF line ends, quoted fields; formula starts get an apostrophe
    assertThat(csv)
        .isEqualTo(
            "tenant,requirement,severity,status,subject kind,subject,title,message,powershell\r\n"
                + "contoso.com,EXCH-EWS-002,WARNING,FAIL,mailbox,"
                + "\"'=HYPERLINK(\"\"http://x\"\")@contoso.com\",EXCH-EWS-002 title,"
                + "\"EWS is off, \"\"really\"\"\nsecond line\","
                + "Set-CASMailbox -Identity a -EwsEnabled $true\r\n"
                + "contoso.com,EXCH-EWS-002,WARNING,FAIL,mailbox,bob@contoso.com,"
                + "EXCH-EWS-002 title,'-1+2,\r\n");
  }

  @Test
  void checkWritesCsvToTheOutputDirectory() throws Exception {
    // WHEN the fabrikam test snapshot is checked with --format csv --output-dir
    CliRun run =
        CliRun.run(
            "check",
            "--format",
            "csv",
            "--output-dir",
            dir.toString(),
            TestSnapshots.DIR + "fabrikam.yaml");

    // THEN fabrikam.csv has the header and one row per finding, the waived one included
    assertThat(run.err()).isEmpty();
    List<String> lines = Files.readAllLines(dir.resolve("fabrikam.csv"));
    assertThat(lines.get(0)).isEqualTo(String.join(",", CsvReport.HEADER));
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("fabrikam.com,EXCH-EWS-002,WARNING,FAIL,"))
        .anySatisfy(
            line -> assertThat(line).startsWith("fabrikam.com,O365-AUTH-002,ERROR,WAIVED,"));
  }
}
