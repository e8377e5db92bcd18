package io.mailready.testkit;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Runs the cases of a case file against a checker, without JUnit (the CLI uses it too). */
public final class CaseRunner {
  private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_.]*}");

  /**
   * The outcome of one case.
   *
   * @param file the case file
   * @param name the case name
   * @param failures what did not match, one line each; empty when the case passed
   */
  public record CaseResult(CaseFile file, String name, List<String> failures) {
    public CaseResult {
      failures = List.copyOf(failures);
    }

    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private CaseRunner() {}

  /** Runs every case of the file. */
  public static List<CaseResult> run(Checker checker, CaseFile file) {
    List<CaseResult> results = new ArrayList<>();
    for (CaseFile.Case testCase : file.cases()) {
      results.add(run(checker, file, testCase));
    }
    return results;
  }

  /** Runs one case; a snapshot that cannot be read is a failure of the case, with its problems. */
  public static CaseResult run(Checker checker, CaseFile file, CaseFile.Case testCase) {
    Report report;
    try {
      report = checker.check(testCase.snapshot(file.path()));
    } catch (RuntimeException e) {
      return new CaseResult(
          file, testCase.name(), List.of("the snapshot cannot be checked: " + e.getMessage()));
    }
    List<String> failures = new ArrayList<>();
    for (CaseFile.Expectation expected : testCase.expect()) {
      failures.addAll(
          compare(
              report,
              expected.requirement() != null ? expected.requirement() : file.requirement(),
              expected));
    }
    return new CaseResult(file, testCase.name(), failures);
  }

  /** What differs between the report and one expectation, in the snapshot's own terms. */
  static List<String> compare(Report report, String requirement, CaseFile.Expectation expected) {
    List<String> failures = new ArrayList<>();
    Result result =
        report.results().stream()
            .filter(
                r -> r.requirement().equals(requirement) && r.subject().equals(expected.subject()))
            .findFirst()
            .orElse(null);
    if (result == null) {
      failures.add(
          requirement
              + " has no result for "
              + expected.subject()
              + "; its results: "
              + describe(report, requirement));
      return failures;
    }
    if (!result.status().name().equals(expected.status())) {
      failures.add(
          requirement
              + " for "
              + expected.subject()
              + ": expected "
              + expected.status()
              + " but was "
              + result.status()
              + (result.reason() == null ? "" : " (" + result.reason() + ")"));
      return failures;
    }
    if (expected.reason() != null
        && (result.reason() == null || !result.reason().contains(expected.reason()))) {
      failures.add(
          requirement
              + " for "
              + expected.subject()
              + ": expected a reason containing '"
              + expected.reason()
              + "' but was '"
              + result.reason()
              + "'");
    }
    Finding finding =
        report.findings().stream()
            .filter(
                f -> f.requirement().equals(requirement) && f.subject().equals(expected.subject()))
            .findFirst()
            .orElse(null);
    if (finding == null) {
      if (expected.severity() != null
          || expected.message() != null
          || expected.evidence() != null) {
        failures.add(
            requirement + " for " + expected.subject() + ": expected a finding but there is none");
      }
      return failures;
    }
    if (expected.severity() != null && !finding.severity().name().equals(expected.severity())) {
      failures.add(
          requirement
              + " for "
              + expected.subject()
              + ": expected severity "
              + expected.severity()
              + " but was "
              + finding.severity());
    }
    if (expected.message() != null && !finding.message().contains(expected.message())) {
      failures.add(
          requirement
              + " for "
              + expected.subject()
              + ": expected the message to contain '"
              + expected.message()
              + "' but it was '"
              + finding.message()
              + "'");
    }
    if (expected.evidence() != null) {
      for (Map.Entry<String, Object> entry : expected.evidence().entrySet()) {
        if (!finding.evidence().containsKey(entry.getKey())) {
          failures.add(
              requirement
                  + " for "
                  + expected.subject()
                  + ": no evidence '"
                  + entry.getKey()
                  + "' (evidence: "
                  + finding.evidence()
                  + ")");
        } else if (!Objects.equals(
            String.valueOf(finding.evidence().get(entry.getKey())),
            String.valueOf(entry.getValue()))) {
          failures.add(
              requirement
                  + " for "
                  + expected.subject()
                  + ": evidence '"
                  + entry.getKey()
                  + "' expected "
                  + entry.getValue()
                  + " but was "
                  + finding.evidence().get(entry.getKey()));
        }
      }
    }
    if (UNFILLED.matcher(finding.message()).find()) {
      failures.add(
          requirement
              + " for "
              + expected.subject()
              + ": the message has an unfilled placeholder: '"
              + finding.message()
              + "'");
    }
    return failures;
  }

  static String describe(Report report, String requirement) {
    String results =
        report.results().stream()
            .filter(r -> r.requirement().equals(requirement))
            .map(
                r ->
                    r.subject()
                        + "="
                        + r.status()
                        + (r.reason() == null ? "" : " (" + r.reason() + ")"))
            .collect(Collectors.joining(", "));
    return results.isEmpty() ? "none (is " + requirement + " loaded?)" : results;
  }
}
