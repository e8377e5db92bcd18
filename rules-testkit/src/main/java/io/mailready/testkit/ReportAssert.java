package io.mailready.testkit;

import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Report}; failure messages list the actual findings and results. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /** The report has a finding (FAIL or WAIVED) of the requirement for the subject. */
  public FindingAssert hasFinding(String requirement, String subject) {
    isNotNull();
    Finding finding = finding(requirement, subject);
    if (finding == null) {
      failWithMessage(
          "expected a finding of %s for %s, but the findings are:%n%s%nand the results of %s are: %s",
          requirement, subject, findings(), requirement, CaseRunner.describe(actual, requirement));
    }
    return new FindingAssert(finding);
  }

  /** The report has no finding of the requirement for the subject. */
  public ReportAssert hasNoFinding(String requirement, String subject) {
    isNotNull();
    Finding finding = finding(requirement, subject);
    if (finding != null) {
      failWithMessage(
          "expected no finding of %s for %s, but found %s: %s",
          requirement, subject, finding.severity(), finding.message());
    }
    return this;
  }

  /** The result of the requirement for the subject has this status. */
  public ReportAssert hasResult(String requirement, String subject, Status status) {
    isNotNull();
    Result result =
        actual.results().stream()
            .filter(r -> r.requirement().equals(requirement) && r.subject().equals(subject))
            .findFirst()
            .orElse(null);
    if (result == null || result.status() != status) {
      failWithMessage(
          "expected %s for %s to be %s, but it was %s; the results of %s are: %s",
          requirement,
          subject,
          status,
          result == null
              ? "absent"
              : result.status() + (result.reason() == null ? "" : " (" + result.reason() + ")"),
          requirement,
          CaseRunner.describe(actual, requirement));
    }
    return this;
  }

  /** The report says the tenant is ready. */
  public ReportAssert isReady() {
    isNotNull();
    if (!actual.ready()) {
      failWithMessage(
          "expected the tenant to be ready, but it is not: %s%nfindings:%n%s",
          actual.summary(), findings());
    }
    return this;
  }

  /** The report says the tenant is not ready. */
  public ReportAssert isNotReady() {
    isNotNull();
    if (actual.ready()) {
      failWithMessage("expected the tenant not to be ready, but it is: %s", actual.summary());
    }
    return this;
  }

  private Finding finding(String requirement, String subject) {
    return actual.findings().stream()
        .filter(f -> f.requirement().equals(requirement) && f.subject().equals(subject))
        .findFirst()
        .orElse(null);
  }

  private String findings() {
    return actual.findings().isEmpty()
        ? "  (none)"
        : actual.findings().stream()
            .map(
                f ->
                    "  "
                        + f.severity()
                        + " "
                        + f.requirement()
                        + " "
                        + f.subject()
                        + (f.waived() ? " (waived)" : ""))
            .collect(Collectors.joining("\n"));
  }
}
