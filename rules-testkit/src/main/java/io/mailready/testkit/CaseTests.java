package io.mailready.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import io.mailready.Checker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a directory of {@code *.cases.yaml} into JUnit 5 dynamic tests: one container per file, one
 * test per case, each pointing at its file.
 *
 * <pre>{@code
 * @TestFactory
 * List<DynamicNode> tenant_fixtures() {
 *   Checker checker = Checker.builder().rules(Path.of("rules")).policy(Path.of("policy.yaml")).build();
 *   return CaseTests.from(Path.of("src/test/cases"), checker);
 * }
 * }</pre>
 */
public final class CaseTests {
  private CaseTests() {}

  /** The dynamic tests of every case file below {@code directory}, run against {@code checker}. */
  public static List<DynamicNode> from(Path directory, Checker checker) {
    return CaseFile.find(directory).stream()
        .map(path -> (DynamicNode) container(CaseFile.read(path), checker))
        .toList();
  }

  private static DynamicContainer container(CaseFile file, Checker checker) {
    String name =
        file.requirement() != null ? file.requirement() : file.path().getFileName().toString();
    return DynamicContainer.dynamicContainer(
        name,
        file.path().toUri(),
        file.cases().stream()
            .map(
                c ->
                    DynamicTest.dynamicTest(
                        c.name(),
                        file.path().toUri(),
                        () -> {
                          CaseRunner.CaseResult result = CaseRunner.run(checker, file, c);
                          if (!result.passed()) {
                            fail(
                                file.path().getFileName()
                                    + " ["
                                    + c.name()
                                    + "]:\n  "
                                    + String.join("\n  ", result.failures()));
                          }
                        })));
  }
}
