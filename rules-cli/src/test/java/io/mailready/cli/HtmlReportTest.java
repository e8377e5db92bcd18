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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String CONTOSO = TestSnapshots.DIR + "contoso.yaml";

  @Test
  void showsTheVerdictTenantDateCountsFindingsWaivedAndUnknownItems() {
    // GIVEN the contoso snapshot: not ready, a finding of every severity, one waived, one UNKNOWN
    // WHEN it is checked with --format html
    CliRun run = CliRun.run("check", "--format", "html", CONTOSO);

    // THEN the page shows each of them, with the fixes' commands in copyable blocks
    assertThat(run.err()).isEmpty();
    String html = run.out();
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\" data-script=\"none\">")
        .contains("<p class=\"label\">NOT READY</p>")
        .contains("<p>Sync will not fully work for contoso.com: 1 blocker, 1 unknown.</p>")
        .contains("<dd id=\"tenant\">contoso.com</dd>")
        .contains("<time datetime=\"2025-06-01\">2025-06-01</time>")
        .contains("<span class=\"bar-count\" data-count=\"blocker\">1</span>")
        .contains("<span class=\"bar-count\" data-count=\"waived\">1</span>")
        .contains("<span class=\"bar-count\" data-count=\"unknown\">1</span>")
        .contains(
            "<button class=\"copy\" type=\"button\" data-copy=\"finding-1-fix-1-powershell\""
                + " hidden>Copy</button>\n<pre><code id=\"finding-1-fix-1-powershell\""
                + " class=\"language-powershell\">Set-CASMailbox -Identity carol@contoso.com"
                + " -EwsEnabled $true</code></pre>")
        .contains(
            "<p class=\"waiver\">Waived by it-security@contoso.com until 2025-12-31 (CHG-1234):"
                + " break-glass account, monitored by the SOC</p>")
        .contains(
            "<td>mailbox: carol@contoso.com</td><td>mailboxes[carol@contoso.com].mobileDevices"
                + " not collected</td>");
    // AND every finding is an article, in report order, with its severity
    assertThat(articles(html))
        .containsExactly(
            "finding-1 BLOCKER EXCH-SYNC-001",
            "finding-2 ERROR O365-CONSENT-001",
            "finding-3 WARNING EXCH-EWS-002",
            "finding-4 INFO GEN-SET-001",
            "finding-5 WARNING O365-ADM-001");
    // AND the checklist lists every requirement with its worst status
    assertThat(checklist(html))
        .containsExactly(
            "GEN-SET-001 FAIL",
            "O365-CONSENT-001 FAIL",
            "O365-ADM-001 WAIVED",
            "EXCH-EAS-002 UNKNOWN",
            "EXCH-EWS-001 PASS",
            "EXCH-EWS-002 FAIL",
            "EXCH-SYNC-001 FAIL");
  }

  @Test
  void isSelfContainedWithOneInlineScriptAndNoExternalResource() {
    // GIVEN the HTML page of the contoso snapshot
    String html = CliRun.run("check", "--format", "html", CONTOSO).out();

    // WHEN its resources are looked for
    // THEN it loads nothing: no script, style sheet, image, font or frame from elsewhere
    assertThat(html)
        .doesNotContain("<script src")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("@font-face");
    assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
  }

  @Test
  void escapesEveryValueFromTheReport() {
    // GIVEN a report whose tenant, subject, message, evidence, fix and reference hold markup
    String evil = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    Report report =
        new Report(
            "t" + evil,
            LocalDate.of(2025, 6, 1),
            List.of(),
            new Summary(false, 1, 0, 0, 0, 0, 0, 0),
            List.of(
                new Result(
                    "GEN-AUTH-002", SubjectKind.MAILBOX, "m" + evil, Status.FAIL, null, null),
                new Result(
                    "GEN-NET-002",
                    SubjectKind.TENANT,
                    "t" + evil,
                    Status.NOT_APPLICABLE,
                    evil,
                    null)),
            List.of(
                new Finding(
                    "GEN-AUTH-002",
                    "title" + evil,
                    Severity.BLOCKER,
                    Obligation.MUST,
                    SubjectKind.MAILBOX,
                    "m" + evil,
                    "message" + evil,
                    Map.of("value" + evil, evil),
                    List.of(new Fix("summary" + evil, "path" + evil, "ps" + evil, "graph" + evil)),
                    List.of("javascript:alert(1)", "https://example.com/" + evil),
                    null)),
            java.util.List.of());

    // WHEN it is written as HTML
    String html = HtmlReport.write(report, List.of());

    // THEN no value opens a tag or an attribute, and script URLs are not links
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("href=\"javascript:")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x")
        .contains("<li>javascript:alert(1)</li>");
  }

  private static List<String> articles(String html) {
    Matcher matcher =
        Pattern.compile(
                "<article class=\"finding [a-z]+\" id=\"([^\"]+)\">\\s*<h3><span class=\"badge"
                    + " [a-z]+\">([A-Z]+)</span> <span class=\"rid\">([^<]+)</span>")
            .matcher(html);
    return matcher.results().map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3)).toList();
  }

  private static List<String> checklist(String html) {
    Matcher matcher =
        Pattern.compile(
                "<td class=\"req\"><span class=\"rid\">([^<]+)</span>.*?</td>\\s*<td><span"
                    + " class=\"badge [a-z-]+\">([A-Z/]+)</span>",
                Pattern.DOTALL)
            .matcher(html);
    return matcher.results().map(m -> m.group(1) + " " + m.group(2)).toList();
  }
}
