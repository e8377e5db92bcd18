package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.Result;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every requirement's {@code *.cases.yaml}: one container per requirement, one test per case.
 */
class RequirementCasesTest {
  static final Checker CHECKER = Checker.standard();

  static Path casesRoot() throws URISyntaxException {
    return Path.of(RequirementCasesTest.class.getResource("/io/mailready/rules/microsoft").toURI());
  }

  @TestFactory
  List<DynamicNode> every_case_of_every_requirement_gives_its_expected_results() throws Exception {
    List<DynamicNode> containers = new ArrayList<>();
    for (Path path : CaseFiles.find(casesRoot())) {
      CaseFiles.CaseFile file = CaseFiles.read(path);
      List<DynamicTest> tests =
          file.cases().stream()
              .map(c -> DynamicTest.dynamicTest(c.name(), path.toUri(), () -> run(file, c)))
              .toList();
      containers.add(
          DynamicContainer.dynamicContainer(file.requirement(), path.toUri(), tests.stream()));
    }
    return containers;
  }

  private static void run(CaseFiles.CaseFile file, CaseFiles.Case testCase) throws IOException {
    // GIVEN the case's snapshot, merged over its base
    // WHEN the standard checker checks it
    Report report = CHECKER.check(testCase.snapshot(file.path()));
    // THEN each expected result of the requirement is there, with its details
    for (CaseFiles.Expectation expected : testCase.expect()) {
      Result result =
          report.results().stream()
              .filter(
                  r ->
                      r.requirement().equals(file.requirement())
                          && r.subject().equals(expected.subject()))
              .findFirst()
              .orElse(null);
      assertThat(result)
          .as(
              "result of %s for %s; all results of the requirement: %s",
              file.requirement(), expected.subject(), describe(report, file.requirement()))
          .isNotNull();
      assertThat(result.status().name())
          .as(
              "status of %s for %s (reason: %s)",
              file.requirement(), expected.subject(), result.reason())
          .isEqualTo(expected.status());
      if (expected.reason() != null) {
        assertThat(result.reason()).as("reason").contains(expected.reason());
      }
      Finding finding =
          report.findings().stream()
              .filter(
                  f ->
                      f.requirement().equals(file.requirement())
                          && f.subject().equals(expected.subject()))
              .findFirst()
              .orElse(null);
      if (expected.severity() != null
          || expected.message() != null
          || expected.evidence() != null) {
        assertThat(finding)
            .as("finding of %s for %s", file.requirement(), expected.subject())
            .isNotNull();
        if (expected.severity() != null) {
          assertThat(finding.severity().name()).as("severity").isEqualTo(expected.severity());
        }
        if (expected.message() != null) {
          assertThat(finding.message()).as("message").contains(expected.message());
        }
        if (expected.evidence() != null) {
          for (Map.Entry<String, Object> entry : expected.evidence().entrySet()) {
            assertThat(finding.evidence()).as("evidence").containsKey(entry.getKey());
            assertThat(String.valueOf(finding.evidence().get(entry.getKey())))
                .as("evidence %s", entry.getKey())
                .isEqualTo(String.valueOf(entry.getValue()));
          }
        }
        assertThat(finding.message())
            .as("message has no unfilled placeholder")
            .doesNotContainPattern("\\{[A-Za-z]");
      }
    }
  }

  private static String describe(Report report, String requirement) {
    return report.results().stream()
        .filter(r -> Objects.equals(r.requirement(), requirement))
        .map(
            r ->
                r.subject()
                    + "="
                    + r.status()
                    + (r.reason() == null ? "" : " (" + r.reason() + ")"))
        .collect(Collectors.joining(", "));
  }
}
