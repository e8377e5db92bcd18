package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.ReportJson;
import io.mailready.engine.DroolsCheckerFactory;
import io.mailready.snapshot.Snapshots;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each bundled example through the real engine and the Microsoft pack and compares the JSON
 * report with the committed {@code examples/<name>.report.json}. Run with {@code
 * -Dgolden.update=true} to rewrite the golden files after an intended change.
 */
class ExamplesGoldenTest {
  // The real engine, not the test factory this module registers for its command tests.
  static final Engine CHECKER =
      new DroolsCheckerFactory()
          .create(
              CheckerSettings.builder()
                  .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))
                  .build());
  static final Path EXAMPLES = Path.of("..", "examples");

  @TestFactory
  List<DynamicTest> every_example_gives_its_golden_json_report() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> snapshots = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(snapshots).as("bundled examples").hasSizeGreaterThanOrEqualTo(2);
      return snapshots.stream()
          .map(
              snapshot ->
                  DynamicTest.dynamicTest(
                      snapshot.getFileName().toString(), snapshot.toUri(), () -> compare(snapshot)))
          .toList();
    }
  }

  private static void compare(Path snapshot) throws IOException {
    // GIVEN an example snapshot and its golden report
    Path golden =
        snapshot.resolveSibling(snapshot.getFileName().toString().replace(".yaml", ".report.json"));
    // WHEN it is checked twice
    String first = ReportJson.write(CHECKER.check(Snapshots.read(snapshot)));
    String second = ReportJson.write(CHECKER.check(Snapshots.read(snapshot)));
    // THEN both runs are byte-identical, and equal to the golden file
    assertThat(second).as("same report on a second run").isEqualTo(first);
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, first, StandardCharsets.UTF_8);
    }
    assertThat(first)
        .as("report of %s (rewrite with -Dgolden.update=true)", snapshot)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(first).as("examples show several findings").contains("\"severity\": \"BLOCKER\"");
  }
}
