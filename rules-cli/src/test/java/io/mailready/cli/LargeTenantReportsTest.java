package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.bench.TenantGenerator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size budgets of the human formats on a generated tenant of 10,000 mailboxes with the
 * example's mix of problems (rules-bench's {@link TenantGenerator}): the HTML page at most 5 MB,
 * the Markdown at most 60,000 characters (a GitHub comment holds 65,536), the text one entry per
 * requirement and severity.
 */
class LargeTenantReportsTest {
  static final int MAILBOXES = 10_000;
  private static Report report;

  @BeforeAll
  static void check() {
    report = ExamplesGoldenTest.CHECKER.check(TenantGenerator.contoso().snapshot(MAILBOXES, 42));
  }

  /** The report of the generated 10,000-mailbox tenant, checked once per test run. */
  static Report report() {
    if (report == null) {
      check();
    }
    return report;
  }

  @Test
  void theTenantHasHundredsOfFindingsOfTheSameRequirements() {
    // GIVEN the generated tenant's report
    // THEN it has the mix the budgets are about: hundreds of findings of a few requirements
    assertThat(report.findings()).hasSizeGreaterThan(1_000);
    assertThat(FindingGroup.of(report.findings())).hasSizeLessThan(40);
  }

  @Test
  void theHtmlPageStaysUnderFiveMegabytes() {
    // WHEN the HTML report is written
    String html = HtmlReport.write(report, ExamplesGoldenTest.CHECKER.requirements());

    // THEN it is at most 5 MB, every finding's subject is on it, and a group's card is there once
    assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(5_000_000);
    for (Finding finding : report.findings()) {
      assertThat(html).contains(finding.subject());
    }
    List<FindingGroup> groups = FindingGroup.of(report.findings());
    for (int i = 0; i < groups.size(); i++) {
      assertThat(html).containsOnlyOnce("id=\"finding-" + (i + 1) + "\"");
    }
  }

  @Test
  void theMarkdownStaysUnderSixtyThousandCharactersAndSaysWhatItCut() {
    // WHEN the Markdown report is written
    String md = MarkdownReport.write(report);

    // THEN it fits a GitHub comment, has a row per requirement and severity, and every
    // requirement's fixes, or a note of what was cut and where the rest is
    assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.BUDGET);
    for (FindingGroup group : FindingGroup.of(report.findings())) {
      assertThat(md).contains("`" + group.requirement() + "`");
    }
    long details = md.lines().filter(line -> line.equals("<details>")).count();
    long groups =
        FindingGroup.of(report.findings()).stream().filter(g -> g.waiver() == null).count();
    if (details < groups) {
      assertThat(md)
          .contains(
              "Cut to stay under 60,000 characters: the fixes of "
                  + (groups - details)
                  + " of "
                  + groups
                  + " requirements are left out.");
    }
  }

  @Test
  void theTextHasOneEntryPerRequirementAndSeverity() {
    // WHEN the text report is written
    java.io.StringWriter out = new java.io.StringWriter();
    new TextReport(new java.io.PrintWriter(out), Style.of(false), io.mailready.Severity.INFO)
        .print("generated.yaml", report);
    String text = out.toString();

    // THEN each group's heading is printed once, with its subject count, and no line is long
    for (FindingGroup group : FindingGroup.of(report.findings())) {
      assertThat(text).containsOnlyOnce("[" + group.severity() + "] " + group.requirement() + " ");
    }
    assertThat(text.lines().count()).isLessThan(1_500);
    String longLines =
        text.lines()
            .filter(line -> line.length() > TextReport.WIDTH)
            .filter(
                line ->
                    !line.startsWith("      PowerShell:")
                        && !line.startsWith("      Graph:")
                        && !line.startsWith("      admin center:")
                        && !line.startsWith("                    "))
            .collect(Collectors.joining("\n"));
    assertThat(longLines).as("prose lines over the width").isEmpty();
  }
}
