package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.SnapshotException;
import io.mailready.spi.CheckerSettings;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodesTest {
  private static final String CONTOSO = TestSnapshots.DIR + "contoso.yaml";
  private static final String FABRIKAM = TestSnapshots.DIR + "fabrikam.yaml";
  private static final String CRASH = TestSnapshots.DIR + "crash.yaml";

  @TempDir Path temp;

  @BeforeEach
  void forgetCreatedCheckers() {
    synchronized (FakeCheckerFactory.CREATED) {
      FakeCheckerFactory.CREATED.clear();
    }
  }

  @Test
  void exitsZeroWhenReadyAndNoUnwaivedFindingIsAtOrAboveError() {
    // GIVEN a ready tenant with a WARNING, an INFO, and a waived ERROR
    // WHEN it is checked with the default --fail-on (ERROR)
    CliRun run = CliRun.run("check", FABRIKAM);

    // THEN the exit code is 0: the waived ERROR does not count
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exitsOneWhenFailOnWarningAndAWarningIsFound() {
    // GIVEN the same ready tenant with a WARNING
    // WHEN it is checked with --fail-on warning
    CliRun run = CliRun.run("check", "--fail-on", "warning", FABRIKAM);

    // THEN the exit code is 1
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void exitsOneWhenATenantIsNotReady() {
    // GIVEN a tenant with a BLOCKER; and a ready one
    // WHEN both are checked, even with --fail-on blocker
    CliRun run = CliRun.run("check", "--fail-on", "BLOCKER", FABRIKAM, CONTOSO);

    // THEN the exit code is 1
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void buildsTheCheckerOnceWithTheGivenRulesAndPolicy() throws IOException {
    // GIVEN two rule directories and a policy file
    Path first = Files.createDirectory(temp.resolve("first"));
    Path second = Files.createDirectory(temp.resolve("second"));
    Path policy = Files.writeString(temp.resolve("policy.yaml"), "waivers: []\n");

    // WHEN two snapshots are checked with them
    CliRun run =
        CliRun.run(
            "check",
            "--rules",
            first.toString(),
            "--rules",
            second.toString(),
            "--policy",
            policy.toString(),
            FABRIKAM,
            FABRIKAM);

    // THEN one checker was built, from exactly those settings
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(FakeCheckerFactory.CREATED)
        .singleElement()
        .extracting(CheckerSettings::ruleDirectories, CheckerSettings::policy)
        .containsExactly(List.of(first, second), policy);
  }

  @Test
  void passesTheFiringLimitAndTheTimeBudgetToTheChecker() {
    // GIVEN a firing limit and a time budget on the command line
    // WHEN a snapshot is checked with them
    CliRun run = CliRun.run("check", "--firing-limit", "50", "--time-budget", "90s", FABRIKAM);

    // THEN the checker was built with both
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(FakeCheckerFactory.CREATED)
        .singleElement()
        .extracting(CheckerSettings::firingLimit, CheckerSettings::timeBudget)
        .containsExactly(50, java.time.Duration.ofSeconds(90));
  }

  @Test
  void exitsTwoForABadTimeBudgetOrFiringLimit() {
    // GIVEN a budget without unit, and a limit of zero
    CliRun budget = CliRun.run("check", "--time-budget", "90", FABRIKAM);
    CliRun limit = CliRun.run("check", "--firing-limit", "0", FABRIKAM);

    // THEN both are usage errors that say what is expected
    assertThat(budget.exitCode()).isEqualTo(2);
    assertThat(budget.err())
        .contains("'90' is not a positive duration such as 500ms, 90s, 2m or 1h");
    assertThat(limit.exitCode()).isEqualTo(2);
    assertThat(limit.err())
        .isEqualTo("error: --firing-limit must be a positive number but was 0\n");
  }

  @Test
  void exitsTwoWithEveryProblemOfABadSnapshotAndNoStackTrace() {
    // GIVEN a snapshot reader that finds two problems in a file
    SnapshotLoader reader =
        file -> {
          throw new SnapshotException(
              List.of(
                  file
                      + ":3:41: tenant.deployment: unknown value 'exchange-onlin', expected one"
                      + " of exchange-online, exchange-server, hybrid",
                  file + ":4:1: mailboxes: expected a list but was a map"));
        };

    // WHEN the file is checked
    CliRun run = CliRun.run(reader, false, "check", "bad.yaml");

    // THEN each problem is on stderr with file, line and column; nothing on stdout
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
            error: bad.yaml:3:41: tenant.deployment: unknown value 'exchange-onlin', expected one\
             of exchange-online, exchange-server, hybrid
            error: bad.yaml:4:1: mailboxes: expected a list but was a map
            """);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoWhenASnapshotFileIsMissingAndStillReportsTheOtherFiles() {
    // GIVEN a missing file among good ones
    // WHEN they are checked
    CliRun run = CliRun.run("check", CONTOSO, "missing.yaml", "nope.json");

    // THEN every unreadable file is named, in plain words, and the good one is still reported
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
            error: cannot read snapshot missing.yaml: no such file
            error: cannot read snapshot nope.json: no such file
            """);
    assertThat(run.out()).startsWith(CONTOSO + "\n  tenant:    contoso.com\n");
  }

  @Test
  void exitsTwoWhenThePolicyFileIsMissing() {
    // GIVEN a policy file that does not exist
    // WHEN a snapshot is checked with it
    CliRun run = CliRun.run("check", "--policy", "no-policy.yaml", CONTOSO);

    // THEN the policy file is named, and no checker is built
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: cannot read policy no-policy.yaml: no such file\n");
    assertThat(FakeCheckerFactory.CREATED).isEmpty();
  }

  @Test
  void exitsTwoWithTheAllowedValuesForAnUnknownFormat() {
    // GIVEN an unknown --format value
    // WHEN the command runs
    CliRun run = CliRun.run("check", "--format", "xml", CONTOSO);

    // THEN the allowed values are listed on stderr, and nothing is checked
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
            error: invalid value for option '--format' (FORMAT): expected one of [text, json, html, markdown, sarif, junit, csv] but was 'xml'
            Run 'mailready check --help' for the usage.
            """);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoWithTheAllowedValuesForAnUnknownSeverity() {
    // GIVEN an unknown --fail-on value
    // WHEN the command runs
    CliRun run = CliRun.run("check", "--fail-on", "fatal", CONTOSO);

    // THEN the severities are listed on stderr
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
            error: invalid value for option '--fail-on': expected one of [BLOCKER, ERROR, WARNING,\
             INFO] (case-insensitive) but was 'fatal'
            Run 'mailready check --help' for the usage.
            """);
  }

  @Test
  void exitsTwoWhenNoFileIsGiven() {
    // GIVEN no snapshot file
    // WHEN the command runs
    CliRun run = CliRun.run("check");

    // THEN the missing parameter is named
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
            error: missing required parameter: 'FILE'
            Run 'mailready check --help' for the usage.
            """);
  }

  @Test
  void exitsTwoWhenNoCommandIsGiven() {
    // GIVEN no subcommand
    // WHEN the command runs
    CliRun run = CliRun.run();

    // THEN the user is told what to type
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
            error: missing command, e.g. 'mailready check FILE'
            Run 'mailready --help' for the usage.
            """);
  }

  @Test
  void exitsThreeWithEveryProblemOfBrokenRuleContent() throws IOException {
    // GIVEN a rules directory whose content the engine rejects with two problems
    Path broken = Files.createDirectory(temp.resolve("broken-rules"));

    // WHEN a snapshot is checked with it
    CliRun run = CliRun.run("check", "--rules", broken.toString(), CONTOSO);

    // THEN each problem is on stderr, and no report on stdout
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            """
            error: broken-rules/exch-ews-002.drl:7: rule 'EXCH-EWS-002 mailbox': unable to resolve\
             field 'ewsEnabld' of CasMailbox
            error: broken-rules/exch-ews-002.yaml:4: rule 'EXCH-EWS-002': unknown key 'severty',\
             expected one of id, version, title, section, guide, obligation, severity, appliesWhen,\
             requires, message, rationale, fixes, references
            """);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsThreeWhenNoEngineIsOnTheClasspath() {
    // GIVEN a class loader in which no engine registers itself
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(new WithoutEngines(original));
    CliRun run;
    try {
      // WHEN a snapshot is checked
      run = CliRun.run("check", CONTOSO);
    } finally {
      thread.setContextClassLoader(original);
    }

    // THEN the missing engine is named, without a stack trace
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "error: cannot load the rule engine: no mailready engine on the classpath: add the"
                + " dependency io.mailready:rules-engine (and io.mailready:rules-content for the"
                + " bundled Microsoft pack)\n");
  }

  @Test
  void exitsFourWithOneLineForAnUnexpectedFailure() {
    // GIVEN an engine that fails on a snapshot, as a bug would
    // WHEN the snapshot is checked
    CliRun run = CliRun.run("check", CRASH);

    // THEN one line says what failed and how to get the stack trace
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .isEqualTo(
            "error: unexpected failure: java.lang.IllegalArgumentException: fake engine failure"
                + " for tenant crash.example (run with --debug for the stack trace)\n");
  }

  @Test
  void printsTheStackTraceOfAnUnexpectedFailureWithDebug() {
    // GIVEN an engine that fails on a snapshot
    // WHEN the snapshot is checked with --debug
    CliRun run = CliRun.run("check", "--debug", CRASH);

    // THEN the message is followed by the stack trace
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .startsWith(
            """
            error: unexpected failure: java.lang.IllegalArgumentException: fake engine failure\
             for tenant crash.example
            java.lang.IllegalArgumentException: fake engine failure for tenant crash.example
            \tat io.mailready.cli.CannedReports.of(""");
  }

  @Test
  void helpAndVersionExitZeroOnStdout() {
    // GIVEN --help and --version
    // WHEN the command runs with each
    CliRun help = CliRun.run("check", "--help");
    CliRun version = CliRun.run("--version");

    // THEN they print to stdout and exit 0
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.out())
        .startsWith("Usage: mailready check [-h] [--debug] [--no-color] [--[no-]progress]")
        .contains(
            """
                  --format=FORMAT[,FORMAT...]
                                         Output format: text, json, html, markdown, sarif,
                                           junit, csv (default: text). Repeatable, or
                                           comma-separated, with --output-dir.
            """)
        .contains("Exit codes:\n  0   every tenant is ready");
    assertThat(version.exitCode()).isEqualTo(0);
    assertThat(version.out())
        .matches(
            "mailready \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,}(-dirty)?|unknown)\\)\n"
                + "rules: microsoft-email-admin \\d+\\.\\d+\\.\\d+\n");
  }

  /** Hides every {@code META-INF/services} registration of a mailready engine. */
  private static final class WithoutEngines extends ClassLoader {
    WithoutEngines(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.startsWith("META-INF/services/io.mailready.spi.")
          ? Collections.emptyEnumeration()
          : super.getResources(name);
    }
  }
}
