package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled examples exercise the whole catalog: every requirement id of the overview table in
 * {@code docs/requirements.md} (section 2.0) is a finding in at least one committed {@code
 * examples/*.report.json}.
 */
class ExamplesCoverageTest {
  private static final Path CATALOG = Path.of("..", "docs", "requirements.md");
  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z0-9]+(?:-[A-Z0-9]+)+) \\|");
  private static final Pattern COUNT = Pattern.compile("^(\\d+) requirements\\.$");

  @Test
  void every_catalog_requirement_fails_in_some_example() throws IOException {
    // GIVEN the ids of the catalog's overview table
    Set<String> catalog = overviewIds();
    // WHEN the requirements of the findings of every committed example report are collected
    Set<String> found = new TreeSet<>();
    for (Path snapshot : ExampleFormatsGoldenTest.examples()) {
      Path report = ExampleFormatsGoldenTest.golden(snapshot, ".json");
      assertThat(report)
          .as("golden report of %s (write it with -Dgolden.update=true)", snapshot)
          .exists();
      for (JsonNode finding : SchemaValidation.JSON.readTree(report.toFile()).path("findings")) {
        found.add(finding.path("requirement").asText());
      }
    }
    // THEN every catalog id is among them
    Set<String> missing = new TreeSet<>(catalog);
    missing.removeAll(found);
    assertThat(missing)
        .as(
            "catalog requirements that are not a finding in any examples/*.report.json: %s",
            missing)
        .isEmpty();
  }

  /** The ids of the {@code | ID | ... |} rows of section 2.0, checked against its stated count. */
  private static Set<String> overviewIds() throws IOException {
    List<String> lines = Files.readAllLines(CATALOG, StandardCharsets.UTF_8);
    int start = lines.indexOf("### 2.0 Overview");
    assertThat(start).as("a '### 2.0 Overview' heading in %s", CATALOG).isNotNegative();
    Set<String> ids = new LinkedHashSet<>();
    Integer stated = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        ids.add(row.group(1));
      }
      Matcher count = COUNT.matcher(line.trim());
      if (count.matches()) {
        stated = Integer.valueOf(count.group(1));
      }
    }
    assertThat(stated).as("the 'N requirements.' line under the overview table").isNotNull();
    assertThat(ids).as("the overview table's ids").hasSize(stated);
    return ids;
  }
}
