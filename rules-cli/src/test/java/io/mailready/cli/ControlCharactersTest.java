package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.Report;
import io.mailready.Severity;
import io.mailready.Summary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {
  /** An address that rings the bell, clears the screen, and forges a fence and a verdict. */
  static final String HOSTILE =
      "eve@contoso.com\u0007\u001b[2J\n```\n## ✅ READY: contoso.com\nREADY: 0 blocker\u202e";

  static Report hostile() {
    Finding finding =
        GroupedReportsTest.finding(
            "EXCH-EWS-002",
            Severity.BLOCKER,
            HOSTILE,
            "EWS is disabled for " + HOSTILE,
            Map.of(),
            new Fix("Turn EWS on.", null, "Set-CASMailbox -Identity " + HOSTILE, null));
    return new Report(
        "contoso.com\u001b]0;owned\u0007",
        LocalDate.of(2025, 6, 1),
        List.of(),
        new Summary(false, 1, 0, 0, 0, 0, 0, 0),
        List.of(),
        List.of(finding),
        List.of());
  }

  @Test
  void textEscapesControlCharactersAndNoTenantValueStartsALine() {
    // GIVEN a finding whose subject, message and command hold ESC, BEL, line breaks and an RLO
    // WHEN the text report is printed
    StringWriter out = new StringWriter();
    new TextReport(new PrintWriter(out), Style.of(false), Severity.INFO).print("t.yaml", hostile());
    String text = out.toString();

    // THEN no control character but line feeds reaches the output, they show as escapes, and the
    // only verdict line is the report's own
    assertThat(text).doesNotContain("\u0007", "\u001b", "\u202e", "\r");
    assertThat(text).contains("eve@contoso.com\\u0007\\u001b[2J\\u000a```\\u000a## ✅ READY");
    assertThat(
            text.lines().filter(line -> line.startsWith("READY") || line.startsWith("NOT READY")))
        .containsExactly("NOT READY: 1 blocker, 0 error, 0 warning, 0 info");
  }

  @Test
  void markdownEscapesControlCharactersAndNoTenantValueOpensABlockOrAHeading() {
    // WHEN the Markdown report is written
    String md = MarkdownReport.write(hostile());

    // THEN no raw control character; outside the code block no line of the tenant's starts a
    // heading; the only verdict heading is the report's own
    assertThat(md).doesNotContain("\u0007", "\u001b", "\u202e");
    assertThat(md.lines().filter(line -> line.startsWith("#")))
        .allMatch(
            line -> line.startsWith("## ❌ NOT READY: contoso.com") || line.startsWith("### "));
    // AND the command's own fence is longer than the tenant's, so the tenant's is code
    assertThat(md.lines().filter(line -> line.strip().startsWith("```")))
        .containsExactly("   ````powershell", "   ```", "   ````");
  }

  @Test
  void printableKeepsLineFeedsInProseOnlyAndReadsCrLfAsALineFeed() {
    assertThat(Printable.text("a\r\nb\u0085c\td")).isEqualTo("a\nb\\u0085c\\u0009d");
    assertThat(Printable.line("a\r\nb")).isEqualTo("a\\u000d\\u000ab");
    assertThat(Printable.line("plain café")).isSameAs("plain café");
  }
}
