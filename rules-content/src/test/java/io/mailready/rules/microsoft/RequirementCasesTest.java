package io.mailready.rules.microsoft;

import io.mailready.Checker;
import io.mailready.testkit.CaseTests;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every requirement's {@code *.cases.yaml} with the test kit: one container per requirement,
 * one test per case, each pointing at its file.
 */
class RequirementCasesTest {
  static final Checker CHECKER = Checker.standard();

  static Path casesRoot() throws URISyntaxException {
    // The pack's folder among the resources: "/io/mailready/rules/microsoft" alone would name the
    // test classes' folder of the same package, which holds no cases.
    return Path.of(
            RequirementCasesTest.class
                .getResource("/io/mailready/rules/microsoft/pack.yaml")
                .toURI())
        .getParent();
  }

  @TestFactory
  List<DynamicNode> every_case_of_every_requirement_gives_its_expected_results() throws Exception {
    List<DynamicNode> requirements = CaseTests.from(casesRoot(), CHECKER);
    // A test that cannot fail is no test: every requirement of the pack has its case file here.
    if (requirements.size() != CHECKER.requirements().size()) {
      throw new IllegalStateException(
          "expected a case file per requirement ("
              + CHECKER.requirements().size()
              + ") in "
              + casesRoot()
              + " but found "
              + requirements.size());
    }
    return requirements;
  }
}
