package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Report;
import io.mailready.snapshot.Snapshots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each bundled example through the real engine and the Microsoft pack and compares its
 * Markdown, SARIF, JUnit XML and HTML reports with the committed {@code
 * examples/<name>.report.<ext>} files. Run with {@code -Dgolden.update=true} to rewrite them after
 * an intended change (for example after the rule content changed).
 */
class ExampleFormatsGoldenTest {
  /** A golden format: its file extension and how it is written from a report. */
  record Format(String extension, Function<Report, String> writer) {}

  static final List<Format> FORMATS =
      List.of(
          new Format(
              ".md", report -> MarkdownReport.write(List.of(new Checked("example", report)))),
          new Format(
              ".sarif",
              report ->
                  SarifReport.write(List.of(report), ExamplesGoldenTest.CHECKER.requirements())),
          new Format(".junit.xml", report -> JunitReport.write(List.of(report))),
          new Format(
              ".html",
              report -> HtmlReport.write(report, ExamplesGoldenTest.CHECKER.requirements())));

  @TestFactory
  List<DynamicContainer> every_example_gives_its_golden_report_in_every_format()
      throws IOException {
    List<DynamicContainer> containers = new ArrayList<>();
    for (Path snapshot : examples()) {
      List<DynamicTest> tests = new ArrayList<>();
      for (Format format : FORMATS) {
        Path golden = golden(snapshot, format.extension());
        tests.add(
            DynamicTest.dynamicTest(
                golden.getFileName().toString(),
                golden.toUri(),
                () -> compare(snapshot, format, golden)));
      }
      containers.add(
          DynamicContainer.dynamicContainer(
              snapshot.getFileName().toString(), snapshot.toUri(), tests.stream()));
    }
    return containers;
  }

  private static void compare(Path snapshot, Format format, Path golden) throws IOException {
    // GIVEN an example snapshot and its golden report in one format
    // WHEN it is checked and written twice
    String first =
        format.writer().apply(ExamplesGoldenTest.CHECKER.check(Snapshots.read(snapshot)));
    String second =
        format.writer().apply(ExamplesGoldenTest.CHECKER.check(Snapshots.read(snapshot)));
    // THEN both runs are byte-identical, and equal to the golden file
    assertThat(second).as("same %s on a second run", format.extension()).isEqualTo(first);
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, first, StandardCharsets.UTF_8);
    }
    assertThat(first)
        .as("%s (rewrite with -Dgolden.update=true)", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(ExamplesGoldenTest.EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  static Path golden(Path snapshot, String extension) {
    return snapshot.resolveSibling(
        snapshot.getFileName().toString().replace(".yaml", ".report" + extension));
  }
}
