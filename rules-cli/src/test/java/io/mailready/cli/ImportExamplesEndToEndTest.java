package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Report;
import io.mailready.Result;
import io.mailready.imports.Import;
import io.mailready.imports.Imported;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each example, rendered as the raw exports an admin would make plus a partial snapshot with what
 * no Microsoft API has, imports into a snapshot that gives the same findings and results as the
 * example itself.
 */
class ImportExamplesEndToEndTest {
  @TempDir Path temp;

  @TestFactory
  List<DynamicTest> every_example_imported_from_raw_exports_checks_the_same() throws IOException {
    try (Stream<Path> files = Files.list(ExamplesGoldenTest.EXAMPLES)) {
      List<Path> examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(examples).isNotEmpty();
      return examples.stream()
          .map(
              example ->
                  DynamicTest.dynamicTest(
                      example.getFileName().toString(), example.toUri(), () -> compare(example)))
          .toList();
    }
  }

  private void compare(Path example) throws IOException {
    // GIVEN the example's raw exports and its partial snapshot
    Snapshot original = Snapshots.read(example);
    String stem = example.getFileName().toString().replace(".yaml", "");
    Path folder = temp.resolve(stem);
    Path platform = RawExports.render(original, folder);
    // WHEN they are imported with the partial snapshot merged
    Imported imported = Import.from(List.of(folder), List.of(platform));
    // THEN the deployment was derived from the exports or stated by the admin
    assertThat(imported.snapshot().tenant().deployment()).isEqualTo(original.tenant().deployment());
    // AND checking it gives the same findings and results as checking the example
    Report expected = ExamplesGoldenTest.CHECKER.check(original);
    Report actual = ExamplesGoldenTest.CHECKER.check(imported.snapshot());
    assertThat(actual.findings()).isEqualTo(expected.findings());
    assertThat(sorted(actual.results())).isEqualTo(sorted(expected.results()));
    assertThat(imported.summary().conflicts()).isEmpty();
  }

  private static List<Result> sorted(List<Result> results) {
    return results.stream()
        .sorted(Comparator.comparing(Result::requirement).thenComparing(Result::subject))
        .toList();
  }
}
