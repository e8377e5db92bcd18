package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code target/mailready.jar} with {@code java -jar}, as a user does: the fat
 * jar must find the engine, the precompiled pack and Drools' own services.
 */
class MailreadyJarIT {
  static final Path JAR = Path.of("target", "mailready.jar");

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void fat_jar_checks_an_example_with_the_precompiled_pack() throws Exception {
    // GIVEN the packaged jar and a bundled example
    // WHEN it checks the example as JSON
    Run run = run("check", "--format", "json", "../examples/contoso-online.yaml");
    // THEN it prints the same report as the golden file and exits 1 (blocking findings)
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(Files.readString(Path.of("../examples/contoso-online.report.json")));
  }

  @Test
  void fat_jar_reports_a_bad_snapshot_with_file_line_and_column_and_exit_code_2() throws Exception {
    // GIVEN a snapshot with a typo in a key
    Path bad = Files.createTempFile("bad-snapshot", ".yaml");
    Files.writeString(
        bad,
        "schema: mailready/v1\nplatform: {name: Nylas}\ntenant:\n  name: contoso.com\n  deploymnt: exchange-online\n");
    // WHEN it is checked
    Run run = run("check", bad.toString());
    // THEN the error names file, line and column, without a stack trace
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ":5:3: ").contains("deploymnt").doesNotContain("\tat ");
  }
}
