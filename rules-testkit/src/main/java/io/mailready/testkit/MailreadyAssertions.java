package io.mailready.testkit;

import io.mailready.Finding;
import io.mailready.Report;

/**
 * AssertJ entry points for mailready values.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("EXCH-EWS-002", "carol@contoso.com").withSeverity(WARNING);
 * assertThat(report).hasNoFinding("GEN-AUTH-002", "alice@contoso.com");
 * assertThat(report).hasResult("EXCH-EAS-002", "bob@contoso.com", Status.UNKNOWN);
 * }</pre>
 */
public final class MailreadyAssertions {
  private MailreadyAssertions() {}

  /** Assertions on a report. */
  public static ReportAssert assertThat(Report report) {
    return new ReportAssert(report);
  }

  /** Assertions on one finding. */
  public static FindingAssert assertThat(Finding finding) {
    return new FindingAssert(finding);
  }
}
