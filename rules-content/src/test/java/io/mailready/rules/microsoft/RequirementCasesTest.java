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
    // Found through pack.yaml: the folder of the same name in target/test-classes (first on the
    // test class path) holds no cases.
    return Path.of(
            RequirementCasesTest.class
                .getResource("/io/mailready/rules/microsoft/pack.yaml")
                .toURI())
        .getParent();
  }

  @TestFactory
  List<DynamicNode> every_case_of_every_requirement_gives_its_expected_results() throws Exception {
    return CaseTests.from(casesRoot(), CHECKER);
  }
}
