package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckFormatsTest {
  private static final String CONTOSO = TestSnapshots.DIR + "contoso.yaml";
  private static final String FABRIKAM = TestSnapshots.DIR + "fabrikam.yaml";

  @TempDir Path dir;

  @Test
  void writesEveryFormatOfEverySnapshotToTheOutputDirectoryNamedAfterTheSnapshot()
      throws IOException {
    // GIVEN two snapshots and every format, repeated and comma-separated
    Path out = dir.resolve("out");
    // WHEN they are checked into an output directory that does not exist yet
    CliRun run =
        CliRun.run(
            "check",
            "--format",
            "json",
            "--format",
            "html,markdown",
            "--format=sarif,junit,text",
            "--output-dir",
            out.toString(),
            CONTOSO,
            FABRIKAM);

    // THEN each snapshot has one file per format, holding what that format alone prints
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "contoso.html",
              "contoso.json",
              "contoso.junit.xml",
              "contoso.md",
              "contoso.sarif",
              "contoso.txt",
              "fabrikam.html",
              "fabrikam.json",
              "fabrikam.junit.xml",
              "fabrikam.md",
              "fabrikam.sarif",
              "fabrikam.txt");
    }
    for (String snapshot : List.of(CONTOSO, FABRIKAM)) {
      String stem = Path.of(snapshot).getFileName().toString().replace(".yaml", "");
      for (String[] format :
          List.of(
              new String[] {"json", ".json"},
              new String[] {"html", ".html"},
              new String[] {"markdown", ".md"},
              new String[] {"sarif", ".sarif"},
              new String[] {"junit", ".junit.xml"},
              new String[] {"text", ".txt"})) {
        assertThat(read(out.resolve(stem + format[1])))
            .as("%s%s", stem, format[1])
            .isEqualTo(CliRun.run("check", "--format", format[0], snapshot).out());
      }
    }
    assertThat(run.out())
        .isEqualTo(
            """
            wrote %1$s/contoso.json
            wrote %1$s/contoso.html
            wrote %1$s/contoso.md
            wrote %1$s/contoso.sarif
            wrote %1$s/contoso.junit.xml
            wrote %1$s/contoso.txt
            wrote %1$s/fabrikam.json
            wrote %1$s/fabrikam.html
            wrote %1$s/fabrikam.md
            wrote %1$s/fabrikam.sarif
            wrote %1$s/fabrikam.junit.xml
            wrote %1$s/fabrikam.txt
            """
                .formatted(out));
  }

  @Test
  void streamsJunitXmlAndSarifByteForByteAsTheDocumentsWrittenInMemory() throws IOException {
    // GIVEN two snapshots, and their JUnit XML and SARIF written in memory by the CLI's checker
    io.mailready.Checker checker = new CheckerOptions().build();
    List<io.mailready.Report> reports = new java.util.ArrayList<>();
    List<SarifReport.Source> sources = new java.util.ArrayList<>();
    for (String snapshot : List.of(CONTOSO, FABRIKAM)) {
      reports.add(checker.check(io.mailready.snapshot.Snapshots.read(Path.of(snapshot))));
      sources.add(SarifReport.Source.of(snapshot));
    }
    String junit = JunitReport.write(reports);
    String sarif = SarifReport.write(reports, sources, checker.requirements());
    // WHEN check streams them to standard output and to files
    Path out = dir.resolve("out");
    CliRun.run("check", "--format", "sarif,junit", "--output-dir", out.toString(), CONTOSO);
    // THEN they are the same bytes
    assertThat(CliRun.run("check", "--format", "junit", CONTOSO, FABRIKAM).out()).isEqualTo(junit);
    assertThat(CliRun.run("check", "--format", "sarif", CONTOSO, FABRIKAM).out()).isEqualTo(sarif);
    assertThat(read(out.resolve("contoso.junit.xml")))
        .isEqualTo(JunitReport.write(reports.subList(0, 1)));
    assertThat(read(out.resolve("contoso.sarif")))
        .isEqualTo(
            SarifReport.write(
                reports.subList(0, 1), sources.subList(0, 1), checker.requirements()));
  }

  @Test
  void writesOneFormatToTheOutputFileWithoutColourAndPrintsNothing() throws IOException {
    // GIVEN an output file, on a colour terminal
    Path file = dir.resolve("report.txt");
    // WHEN the snapshot is checked as text into the file
    CliRun run =
        CliRun.run(
            io.mailready.snapshot.Snapshots::read, true, "check", "-o", file.toString(), CONTOSO);

    // THEN the file holds the uncoloured text report, and nothing is printed
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(read(file)).isEqualTo(CliRun.run("check", CONTOSO).out()).doesNotContain("\u001b[");
  }

  @Test
  void printsMarkdownForSeveralSnapshotsAsOneDocument() {
    // GIVEN two snapshots
    // WHEN they are checked with --format markdown
    CliRun both = CliRun.run("check", "--format", "markdown", CONTOSO, FABRIKAM);

    // THEN the output is each report's Markdown, separated by a rule
    assertThat(both.out())
        .isEqualTo(
            CliRun.run("check", "--format", "markdown", CONTOSO).out()
                + "\n---\n\n"
                + CliRun.run("check", "--format", "markdown", FABRIKAM).out());
  }

  @Test
  void refusesSeveralFormatsWithoutAnOutputDirectory() {
    // GIVEN two formats and no --output-dir
    // WHEN the snapshot is checked
    CliRun run = CliRun.run("check", "--format", "json,html", CONTOSO);

    // THEN it is a usage error that says what to add
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: several formats (json, html) need --output-dir DIR, which gets one file per"
                + " snapshot and format\n");
  }

  @Test
  void refusesOneHtmlPageForSeveralSnapshotsAndOutputWithOutputDir() {
    // GIVEN html for two snapshots on stdout, and --output with --output-dir
    // WHEN each is run
    CliRun html = CliRun.run("check", "--format", "html", CONTOSO, FABRIKAM);
    CliRun both =
        CliRun.run(
            "check", "-o", "x.json", "--output-dir", dir.toString(), "--format=json", CONTOSO);

    // THEN each is a usage error that says why
    assertThat(html.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(html.err())
        .isEqualTo(
            "error: --format html writes one page per snapshot: use --output-dir DIR with 2"
                + " snapshots\n");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(both.err()).isEqualTo("error: --output and --output-dir cannot be used together\n");
  }

  @Test
  void reportsAnOutputFileThatCannotBeWrittenAsBadInput() throws IOException {
    // GIVEN an output path inside a regular file
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    Path target = blocker.resolve("report.json");
    // WHEN the snapshot is checked into it
    CliRun run = CliRun.run("check", "--format", "json", "--output", target.toString(), CONTOSO);

    // THEN the problem names the file, and the exit code is 2
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("error: cannot write " + target + ": ");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
