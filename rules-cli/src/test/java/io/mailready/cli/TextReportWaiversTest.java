package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.Severity;
import io.mailready.Summary;
import io.mailready.Waiver;
import io.mailready.WaiverUse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text output names the waivers that expired or match nothing, for their owners. */
class TextReportWaiversTest {
  @Test
  void expired_and_unused_waivers_are_listed_for_review() {
    // GIVEN a report whose policy had an expired and an unused waiver
    Waiver expired =
        new Waiver(
            "EXCH-EAS-002",
            List.of("svc@contoso.com"),
            "scanner",
            "it-ops@contoso.com",
            LocalDate.of(2025, 5, 31),
            "CHG-1");
    Waiver unused =
        new Waiver(
            "GEN-SET-*",
            List.of(),
            "advice only",
            "me@contoso.com",
            LocalDate.of(2025, 12, 31),
            null);
    Report report =
        new Report(
            "contoso.com",
            LocalDate.of(2025, 6, 1),
            List.of(new PackInfo("microsoft-email-admin", "1.0.0", "classpath")),
            new Summary(true, 0, 0, 0, 0, 0, 0, 0),
            List.of(),
            List.of(),
            List.of(
                new WaiverUse(
                    expired, WaiverUse.State.EXPIRED, List.of("EXCH-EAS-002 svc@contoso.com")),
                new WaiverUse(unused, WaiverUse.State.UNUSED, List.of())));
    // WHEN it is printed as text
    StringWriter out = new StringWriter();
    new TextReport(new PrintWriter(out), Style.of(false), Severity.INFO)
        .print("tenant.yaml", report);
    // THEN both waivers are named, with what the expired one no longer covers
    assertThat(out.toString().replace(System.lineSeparator(), "\n"))
        .contains(
            "  EXPIRED on 2025-05-31: EXCH-EAS-002 [svc@contoso.com] (owner it-ops@contoso.com, CHG-1)\n"
                + "    no longer covers: EXCH-EAS-002 svc@contoso.com\n"
                + "  UNUSED: GEN-SET-* (owner me@contoso.com)\n"
                + "    matches no finding: remove it, or check its requirement and subjects\n");
  }
}
