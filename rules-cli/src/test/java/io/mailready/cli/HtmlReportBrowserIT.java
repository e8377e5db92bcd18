package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mailready.snapshot.Snapshots;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of the contoso example in a real headless Chromium (Debian's {@code
 * chromium}, installed by {@code .ci/run}) and checks what a person would see: the verdict and
 * every finding in the rendered DOM, the page's script having run, no console message, and a
 * screenshot of the page.
 *
 * <p>Skipped when Chromium is not installed, unless the environment variable {@code CI} is set:
 * then a missing browser fails the build.
 */
class HtmlReportBrowserIT {
  private static String chromium;

  @TempDir Path dir;

  @BeforeAll
  static void findChromium() {
    chromium = executable("chromium", "chromium-browser", "google-chrome");
    if (chromium == null) {
      if (System.getenv("CI") != null) {
        fail(
            "chromium is not installed, and CI is set: .ci/run must install it (apt-get install chromium)");
      }
      Assumptions.abort(
          "skipped: chromium is not installed (apt-get install chromium); with CI set this fails");
    }
  }

  @Test
  void theContosoReportRendersItsVerdictAndFindingsWithoutConsoleErrors() throws Exception {
    // GIVEN the HTML report of the contoso example, written by the real engine
    Path page = dir.resolve("contoso-online.report.html");
    io.mailready.Report report =
        ExamplesGoldenTest.CHECKER.check(
            Snapshots.read(ExamplesGoldenTest.EXAMPLES.resolve("contoso-online.yaml")));
    Files.writeString(
        page,
        HtmlReport.write(report, ExamplesGoldenTest.CHECKER.requirements()),
        StandardCharsets.UTF_8);

    // WHEN Chromium loads it and dumps the DOM after its scripts ran
    Browser dom = run(page, "--dump-dom");

    // THEN the DOM shows the verdict, the tenant and every finding, and the inline script ran
    assertThat(dom.out())
        .contains("<html lang=\"en\" data-script=\"ready\">")
        .contains("<span id=\"script-status\">Copy buttons ready.</span>")
        .contains("<p class=\"label\">NOT READY</p>")
        .contains("<dd id=\"tenant\">contoso.com</dd>")
        .contains(
            "<button class=\"copy\" type=\"button\" data-copy=\"finding-1-fix-2-powershell\">Copy");
    assertThat(findingIds(dom.out()))
        .as("one card per requirement and severity, in the report's order")
        .containsExactlyElementsOf(
            FindingGroup.of(report.findings()).stream().map(FindingGroup::requirement).toList());
    // AND the page wrote nothing on the console: no error, no uncaught exception
    assertThat(consoleLines(dom.err())).isEmpty();

    // WHEN it takes a screenshot
    Path png = dir.resolve("report.png");
    Browser shot = run(page, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");

    // THEN the screenshot is a 1280 x 2000 picture, and still no console message
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("screenshot %s", png).isNotNull();
    assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo("1280x2000");
    assertThat(consoleLines(shot.err())).isEmpty();
    Path kept = Path.of("target", "report-screenshot.png");
    Files.copy(png, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theGroupedReportOfTenThousandMailboxesRendersInAFewSeconds() throws Exception {
    // GIVEN the HTML report of the generated 10,000-mailbox tenant (LargeTenantReportsTest)
    Path page = dir.resolve("large.report.html");
    Files.writeString(
        page,
        HtmlReport.write(
            LargeTenantReportsTest.report(), ExamplesGoldenTest.CHECKER.requirements()),
        StandardCharsets.UTF_8);
    // AND a browser that has started once, so that its own start-up is not counted
    run(dir.resolve("large.report.html"), "--dump-dom");

    // WHEN Chromium loads, lays out and screenshots it
    long start = System.nanoTime();
    Path png = dir.resolve("large.png");
    Browser shot = run(page, "--screenshot=" + png, "--window-size=1280,1600", "--hide-scrollbars");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    // THEN it took a few seconds at most (browser start included), without a console message
    assertThat(millis).as("render time of the 10,000-mailbox page, ms").isLessThan(10_000);
    assertThat(ImageIO.read(png.toFile())).isNotNull();
    assertThat(consoleLines(shot.err())).isEmpty();
    // The README's screenshot is of this grouped report (target/large-report-screenshot.png).
    Files.copy(
        png,
        Path.of("target", "large-report-screenshot.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theConsoleCheckCatchesAPageWhoseScriptFails() throws Exception {
    // GIVEN a page whose script logs an error and throws
    Path page = dir.resolve("broken.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><body><p>x</p><script>console.error('boom');"
            + " undefinedFunction();</script></body></html>");

    // WHEN Chromium loads it
    Browser dom = run(page, "--dump-dom");

    // THEN the console check sees both messages: it would catch an error in the report page
    assertThat(String.join("\n", consoleLines(dom.err())))
        .contains("\"boom\"")
        .contains("Uncaught ReferenceError: undefinedFunction is not defined");
  }

  record Browser(String out, String err) {}

  private Browser run(Path page, String... action) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--enable-logging=stderr",
                "--v=0"));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within 120 s: " + command);
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("chromium exit code; stderr:\n%s", stderr).isZero();
    return new Browser(Files.readString(out, StandardCharsets.UTF_8), stderr);
  }

  /** Chromium's log lines of console messages and uncaught exceptions. */
  private static List<String> consoleLines(String stderr) {
    return stderr
        .lines()
        .filter(
            line ->
                line.contains(":CONSOLE")
                    || line.contains("Uncaught")
                    || line.contains("ERROR:CONSOLE"))
        .toList();
  }

  private static List<String> findingIds(String dom) {
    return java.util.regex.Pattern.compile(
            "<article class=\"finding [a-z]+\" id=\"finding-\\d+\">\\s*<h3><span class=\"badge"
                + " [a-z]+\">[A-Z]+</span> <span class=\"rid\">([^<]+)</span>")
        .matcher(dom)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  private static String executable(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : names) {
      for (String directory : path.split(File.pathSeparator)) {
        Path candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    return null;
  }
}
