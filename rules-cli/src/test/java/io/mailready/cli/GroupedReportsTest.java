package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.Obligation;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Summary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupedReportsTest {

  /** 25 mailboxes with EWS off (one requirement), and one of them signing in with an alias. */
  static Report manyMailboxes() {
    List<Finding> findings = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String mailbox = "user" + i + "@contoso.com";
      findings.add(
          finding(
              "EXCH-EWS-002",
              Severity.WARNING,
              mailbox,
              "EWS is disabled for " + mailbox + " (EwsEnabled = false).",
              Map.of("casMailbox.ewsEnabled", false),
              new Fix(
                  "Turn EWS on for the mailbox.",
                  null,
                  "Set-CASMailbox -Identity " + mailbox + " -EwsEnabled $true",
                  "PATCH https://graph.microsoft.com/beta/users/" + mailbox + "/settings")));
      results.add(new Result("EXCH-EWS-002", SubjectKind.MAILBOX, mailbox, Status.FAIL, null, "p"));
    }
    for (int i = 0; i < 3; i++) {
      String mailbox = "user" + i + "@contoso.com";
      String alias = "u" + i + "@contoso.com";
      findings.add(
          finding(
              "GEN-AUTH-002",
              Severity.BLOCKER,
              mailbox,
              mailbox + " signs in as " + alias + ", an alias.",
              Map.of("signInAddress", alias),
              new Fix("Reconnect with " + mailbox + ".", null, null, null)));
    }
    findings.sort(java.util.Comparator.comparing(Finding::severity));
    return new Report(
        "contoso.com",
        LocalDate.of(2025, 6, 1),
        List.of(),
        new Summary(false, 3, 0, 25, 0, 0, 0, 0),
        results,
        findings,
        List.of());
  }

  static Finding finding(
      String requirement,
      Severity severity,
      String subject,
      String message,
      Map<String, Object> evidence,
      Fix fix) {
    return new Finding(
        requirement,
        requirement + " title",
        severity,
        Obligation.MUST,
        SubjectKind.MAILBOX,
        subject,
        message,
        evidence,
        List.of(fix),
        List.of(),
        null);
  }

  @Test
  void textShowsOneEntryPerRequirementWithTheFixOnceAndTheSubjectsCounted() {
    // GIVEN 25 findings of one requirement that differ only by mailbox
    // WHEN the text report is printed
    String text = text(manyMailboxes(), Severity.INFO);

    // THEN the requirement is one entry: ten subjects listed, the rest counted, the message and
    // the commands once with the mailbox as a placeholder
    assertThat(text)
        .containsOnlyOnce("[WARNING] EXCH-EWS-002")
        .contains(
            "    25 mailboxes: user0@contoso.com, user1@contoso.com, user2@contoso.com,"
                + " user3@contoso.com,\n")
        .contains("user9@contoso.com and 15 more\n")
        .doesNotContain("user10@contoso.com")
        .containsOnlyOnce("    EWS is disabled for {mailbox} (EwsEnabled = false).\n")
        .containsOnlyOnce("PowerShell:   Set-CASMailbox -Identity {mailbox} -EwsEnabled $true\n")
        .containsOnlyOnce(
            "Graph:        PATCH https://graph.microsoft.com/beta/users/{mailbox}/settings\n");
  }

  @Test
  void valuesThatDifferPerSubjectAreShownPerSubjectNamedAfterTheirEvidence() {
    // GIVEN three findings whose message also differs by the alias each mailbox signs in with
    // WHEN the text report is printed
    String text = text(manyMailboxes(), Severity.INFO);

    // THEN the alias is a placeholder named after the evidence, with its value per mailbox
    assertThat(text)
        .contains(
            """
              [BLOCKER] GEN-AUTH-002 GEN-AUTH-002 title
                3 mailboxes:
                  user0@contoso.com (signInAddress: u0@contoso.com)
                  user1@contoso.com (signInAddress: u1@contoso.com)
                  user2@contoso.com (signInAddress: u2@contoso.com)
                {mailbox} signs in as {signInAddress}, an alias.
                fix: Reconnect with {mailbox}.
            """);
  }

  @Test
  void markdownHasOneRowAndOneFixBlockPerRequirement() {
    // WHEN the Markdown report is written
    String md = MarkdownReport.write(manyMailboxes());

    // THEN one table row and one <details> per requirement; the subjects are listed up to ten
    assertThat(md)
        .containsOnlyOnce(
            "| 🟠 Warning | `EXCH-EWS-002` EXCH-EWS-002 title | user0@contoso.com,"
                + " user1@contoso.com, user2@contoso.com and 22 more | EWS is disabled for"
                + " {mailbox} (EwsEnabled = false). |")
        .containsOnlyOnce("<summary><b>EXCH-EWS-002</b> 25 mailboxes: EXCH-EWS-002 title</summary>")
        .contains("user9@contoso.com and 15 more.")
        .containsOnlyOnce("Set-CASMailbox -Identity {mailbox} -EwsEnabled $true")
        .contains(
            """
            | Mailbox | signInAddress |
            |:--|:--|
            | user0@contoso.com | u0@contoso.com |
            """);
  }

  @Test
  void htmlShowsTheFirstTwentySubjectsAndTheRestBehindADisclosure() {
    // WHEN the HTML report is written
    String html = HtmlReport.write(manyMailboxes(), List.of());

    // THEN one card per requirement, twenty rows shown and five in a <details>
    String head = "<span class=\"rid\">EXCH-EWS-002</span> <span>";
    assertThat(html).containsOnlyOnce(head);
    String card = html.substring(html.indexOf(head));
    card = card.substring(0, card.indexOf("</article>"));
    assertThat(card)
        .contains("<span class=\"count\">25 mailboxes</span>")
        .contains("<details class=\"more\"><summary>5 more</summary>")
        .containsOnlyOnce("Set-CASMailbox -Identity {mailbox} -EwsEnabled $true");
    String inline = card.substring(0, card.indexOf("<details"));
    assertThat(inline).contains("<td>user19@contoso.com</td>").doesNotContain("user20@");
    assertThat(card.substring(card.indexOf("<details"))).contains("<td>user24@contoso.com</td>");
  }

  @Test
  void minSeverityHidesLowerFindingsInHtmlAndMarkdownButKeepsTheCounts() {
    // WHEN the reports are written with BLOCKER as the minimum severity
    String md = MarkdownReport.write(manyMailboxes(), Severity.BLOCKER);
    String html = HtmlReport.write(manyMailboxes(), List.of(), Severity.BLOCKER);

    // THEN the WARNING group is not shown, but counted and said to be hidden
    assertThat(md)
        .contains("| 🟠 Warning | 25 |")
        .contains("25 findings below BLOCKER not shown.")
        .doesNotContain("`EXCH-EWS-002`");
    assertThat(html)
        .contains("25 findings below BLOCKER not shown.")
        .doesNotContain("<span class=\"rid\">EXCH-EWS-002</span> <span>");
  }

  @Test
  void markdownThatWouldExceedTheBudgetIsCutWithANote() {
    // GIVEN 150 requirements with one long finding each: far more than 60,000 characters
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      findings.add(
          finding(
              String.format("GEN-X-%03d", i),
              Severity.ERROR,
              "contoso.com",
              "a message " + "long ".repeat(30),
              Map.of(),
              new Fix("a fix", null, "Do-Something " + "-Flag ".repeat(40), null)));
    }
    Report report =
        new Report(
            "contoso.com",
            LocalDate.of(2025, 6, 1),
            List.of(),
            new Summary(false, 0, 150, 0, 0, 0, 0, 0),
            List.of(),
            findings,
            List.of());

    // WHEN it is written as Markdown
    String md = MarkdownReport.write(report);

    // THEN it fits the budget, every requirement has its row, and a note says what was cut
    assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.BUDGET);
    assertThat(md).contains("| `GEN-X-149` GEN-X-149 title |");
    assertThat(md).containsPattern("Cut to stay under 60,000 characters: the fixes of \\d+ of 150");
  }

  private static String text(Report report, Severity minSeverity) {
    StringWriter out = new StringWriter();
    new TextReport(new PrintWriter(out), Style.of(false), minSeverity).print("t.yaml", report);
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
