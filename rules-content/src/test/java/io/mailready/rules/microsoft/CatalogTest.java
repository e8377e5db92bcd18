package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.RequirementInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pack against the catalog ({@code docs/requirements.md}, a copy of the specification): every
 * requirement has its rule, metadata and cases, and the cases cover FAIL, PASS and UNKNOWN or
 * NOT_APPLICABLE.
 */
class CatalogTest {
  static final Path CATALOG = Path.of("..", "docs", "requirements.md");
  static final Path PACK =
      Path.of("src", "main", "resources", "io", "mailready", "rules", "microsoft");
  // One requirement, one place: its cases sit beside its rule and metadata.
  static final Path CASES = PACK;
  // requirements.md: "FAIL when. Always, once applicable." These can never PASS.
  static final Set<String> ALWAYS_FAIL_WHEN_APPLICABLE = Set.of("O365-EWS-001");
  static final Pattern TABLE_ROW =
      Pattern.compile("(?m)^\\| ([A-Z0-9]+(?:-[A-Z0-9]+)*-\\d{3}) \\| ([^|]+) \\| (\\w+) \\|");

  /** The requirement ids of the catalog's overview table (2.0), with their subject kind. */
  static Map<String, String> catalog() throws IOException {
    Map<String, String> ids = new TreeMap<>();
    Matcher row = TABLE_ROW.matcher(Files.readString(CATALOG));
    while (row.find()) {
      ids.put(row.group(1), row.group(3));
    }
    return ids;
  }

  static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void every_loaded_requirement_is_in_the_catalog_with_its_subject_kind() throws IOException {
    // GIVEN the catalog and the loaded pack
    Map<String, String> catalog = catalog();
    assertThat(catalog).as("catalog ids parsed from %s", CATALOG).hasSize(34);
    // THEN every loaded requirement is a catalog requirement about the same kind of subject
    for (RequirementInfo requirement : RequirementCasesTest.CHECKER.requirements()) {
      assertThat(catalog).as("catalog").containsKey(requirement.id());
      assertThat(requirement.subjectKind().label())
          .as("subject of %s", requirement.id())
          .isEqualTo(catalog.get(requirement.id()));
    }
  }

  @Test
  void every_catalog_requirement_has_its_rule_metadata_and_cases() throws IOException {
    // GIVEN the catalog ids and the files of the pack
    Set<String> drl = stems(files(PACK, ".drl"));
    Set<String> yaml = stems(files(PACK, ".yaml"));
    Set<String> cases = stems(files(CASES, ".cases.yaml"));
    // THEN each id has a .drl, a .yaml and a .cases.yaml whose names start with it
    List<String> missing = new ArrayList<>();
    for (String id : catalog().keySet()) {
      String prefix = id.toLowerCase(java.util.Locale.ROOT) + "-";
      if (drl.stream().noneMatch(s -> s.startsWith(prefix))) {
        missing.add(id + " has no .drl");
      }
      if (yaml.stream().noneMatch(s -> s.startsWith(prefix))) {
        missing.add(id + " has no .yaml metadata");
      }
      if (cases.stream().noneMatch(s -> s.startsWith(prefix))) {
        missing.add(id + " has no .cases.yaml");
      }
    }
    assertThat(missing).as("requirements of the catalog without rule, metadata or cases").isEmpty();
    assertThat(RequirementCasesTest.CHECKER.requirements())
        .extracting(RequirementInfo::id)
        .containsExactlyInAnyOrderElementsOf(catalog().keySet());
  }

  @Test
  void every_rule_file_has_metadata_and_the_reverse() throws IOException {
    // GIVEN the requirement files (derivation rules excepted)
    Set<String> drl =
        stems(files(PACK, ".drl").stream().filter(p -> !p.toString().contains("derive")).toList());
    Set<String> yaml =
        stems(
            files(PACK, ".yaml").stream()
                .map(p -> p.getFileName().toString())
                .filter(name -> !name.equals("pack.yaml"))
                .filter(name -> !name.endsWith(".cases.yaml") && !name.endsWith(".snapshot.yaml"))
                .map(Path::of)
                .toList());
    // THEN they pair up by stem
    assertThat(drl).as("DRL files without metadata, or metadata without DRL").isEqualTo(yaml);
  }

  @Test
  void every_requirement_is_one_folder_with_its_rule_metadata_and_cases() throws IOException {
    // GIVEN the requirement rules (derivation rules excepted)
    List<Path> rules =
        files(PACK, ".drl").stream().filter(p -> !p.toString().contains("derive")).toList();
    assertThat(rules).isNotEmpty();
    for (Path rule : rules) {
      // THEN each sits in a folder of its own name, with its metadata and cases and nothing else
      String stem = rule.getFileName().toString().replaceFirst("\\.drl$", "");
      Path folder = rule.getParent();
      assertThat(folder.getFileName().toString()).as("folder of %s", rule).isEqualTo(stem);
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
            .as("files of %s", folder)
            .containsExactly(stem + ".cases.yaml", stem + ".drl", stem + ".yaml");
      }
    }
  }

  @Test
  void every_case_file_covers_fail_pass_and_unknown_or_not_applicable() throws Exception {
    for (Path path : io.mailready.testkit.CaseFile.find(RequirementCasesTest.casesRoot())) {
      // GIVEN a case file
      io.mailready.testkit.CaseFile file = io.mailready.testkit.CaseFile.read(path);
      // THEN its expectations include FAIL, PASS, and UNKNOWN or NOT_APPLICABLE
      Set<String> statuses =
          file.cases().stream()
              .flatMap(c -> c.expect().stream())
              .map(io.mailready.testkit.CaseFile.Expectation::status)
              .collect(Collectors.toCollection(LinkedHashSet::new));
      assertThat(statuses).as("statuses covered by %s", path.getFileName()).contains("FAIL");
      if (!ALWAYS_FAIL_WHEN_APPLICABLE.contains(file.requirement())) {
        assertThat(statuses).as("statuses covered by %s", path.getFileName()).contains("PASS");
      }
      assertThat(statuses)
          .as("statuses covered by %s", path.getFileName())
          .containsAnyOf("UNKNOWN", "NOT_APPLICABLE");
    }
  }

  private static Set<String> stems(List<Path> files) {
    return files.stream()
        .map(f -> f.getFileName().toString().replaceFirst("(\\.cases)?\\.(drl|yaml)$", ""))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
