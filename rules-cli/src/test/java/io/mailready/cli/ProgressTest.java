package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void progressGoesToStandardErrorAndIsClearedNeverIntoTheReport() {
    // GIVEN two snapshots, checked with --progress forced on
    // WHEN the command runs
    CliRun run =
        CliRun.run(
            "check",
            "--progress",
            TestSnapshots.DIR + "contoso.yaml",
            TestSnapshots.DIR + "fabrikam.yaml");

    // THEN standard error shows each step on one rewritten line, which ends cleared
    assertThat(run.err())
        .contains("\rreading " + TestSnapshots.DIR + "contoso.yaml (1 of 2)")
        .contains("\rreading " + TestSnapshots.DIR + "fabrikam.yaml (2 of 2)")
        .contains("loading the rules")
        .contains("checking " + TestSnapshots.DIR + "fabrikam.yaml (2 of 2)")
        .doesNotContain("\n");
    assertThat(run.err().substring(run.err().lastIndexOf('\r', run.err().length() - 2)))
        .matches("\r *\r");
    // AND the report on standard output has none of it
    assertThat(run.out()).doesNotContain("\r").doesNotContain("reading ").startsWith("src/test");
  }

  @Test
  void noProgressPrintsNothingOnStandardError() {
    // WHEN the check runs with --no-progress
    CliRun run = CliRun.run("check", "--no-progress", TestSnapshots.DIR + "contoso.yaml");

    // THEN standard error is empty
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("NOT READY");
  }
}
