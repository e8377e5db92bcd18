package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule packs that throw, loop, insert for ever, wait, overflow the stack or fail an assertion
 * (src/test/resources/packs/faulty): each makes its own requirement ERROR, naming what went wrong,
 * within the check's budget, and every other requirement keeps its results.
 */
class FaultyPackTest {
  @TempDir Path temp;

  private Path faulty(String... keep) throws IOException, URISyntaxException {
    Path source = Path.of(getClass().getResource("/packs/faulty").toURI());
    Path target = temp.resolve("faulty");
    List<String> kept = List.of(keep);
    StringBuilder index =
        new StringBuilder("id: faulty-pack\nversion: 0.1.0\ntitle: faulty\nrequirements:\n");
    Files.createDirectories(target.resolve("rules"));
    try (Stream<Path> files = Files.list(source.resolve("rules"))) {
      for (Path file : files.toList()) {
        String stem = file.getFileName().toString().replaceAll("\\.(drl|yaml)$", "");
        if (kept.contains(stem)) {
          Files.copy(file, target.resolve("rules").resolve(file.getFileName()));
          if (file.toString().endsWith(".drl")) {
            index.append("  - rules/").append(stem).append('\n');
          }
        }
      }
    }
    Files.writeString(target.resolve("pack.yaml"), index);
    return target;
  }

  private Engine checker(Duration budget, Path... packs) {
    CheckerSettings.Builder settings =
        CheckerSettings.builder()
            .clock(DirectoryPackTest.CLOCK)
            .executor(Runnable::run)
            .timeBudget(budget);
    List.of(packs).forEach(settings::rules);
    return new DroolsCheckerFactory().create(settings.build());
  }

  private Path basic() throws Exception {
    DirectoryPackTest basic = new DirectoryPackTest();
    basic.temp = temp;
    return basic.pack();
  }

  private static Map<String, String> errors(Report report) {
    return report.results().stream()
        .filter(r -> r.status() == Status.ERROR)
        .collect(Collectors.toMap(Result::requirement, Result::reason, (a, b) -> a));
  }

  private static List<Result> basicResults(Report report) {
    return report.results().stream()
        .filter(
            r -> r.requirement().startsWith("TEST-MBX") || r.requirement().startsWith("TEST-TEN"))
        .toList();
  }

  private Report check(Engine checker, Duration within) {
    return assertTimeoutPreemptively(
        within, () -> checker.check(DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT)));
  }

  @Test
  void every_faulty_rule_is_an_error_of_its_own_requirement_and_the_others_keep_their_results()
      throws Exception {
    // GIVEN the basic pack and a pack with every kind of faulty rule, with a budget of 4 s
    Path basic = basic();
    Path faulty =
        faulty(
            "test-throw-001",
            "test-loop-001",
            "test-insert-001",
            "test-slow-001",
            "test-stack-001",
            "test-assert-001");
    Report expected =
        DirectoryPackTest.checker(basic)
            .check(DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT));
    Engine checker = checker(Duration.ofSeconds(4), basic, faulty);
    // WHEN a snapshot is checked
    long start = System.nanoTime();
    Report report = check(checker, Duration.ofSeconds(20));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // THEN the call returned within the budget and its grace (plus a margin for a busy machine)
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    // AND each faulty requirement is ERROR with a reason that names the rule and the cause
    Map<String, String> errors = errors(report);
    assertThat(errors)
        .containsOnlyKeys(
            "TEST-THROW-001",
            "TEST-LOOP-001",
            "TEST-INSERT-001",
            "TEST-SLOW-001",
            "TEST-STACK-001",
            "TEST-ASSERT-001");
    assertThat(errors.get("TEST-THROW-001"))
        .isEqualTo(
            "rule 'TEST-THROW-001 throws' failed: IllegalStateException: broken rule action");
    assertThat(errors.get("TEST-LOOP-001"))
        .matches(
            "rule 'TEST-LOOP-001 updates its own fact' stopped after \\d+ firings: the firing limit"
                + " of the check \\(2000 rule firings per mailbox: 12000 for a session of 5"
                + " mailboxes\\)");
    assertThat(errors.get("TEST-INSERT-001"))
        .startsWith("rule 'TEST-INSERT-001 inserts the next number' stopped after ")
        .contains("the firing limit of the check");
    assertThat(errors.get("TEST-SLOW-001"))
        .isEqualTo(
            "rule 'TEST-SLOW-001 waits an hour' stopped: the check exceeded its time budget of 4s");
    assertThat(errors.get("TEST-STACK-001"))
        .isEqualTo("rule 'TEST-STACK-001 recurses without end' failed: StackOverflowError");
    assertThat(errors.get("TEST-ASSERT-001"))
        .isEqualTo(
            "rule 'TEST-ASSERT-001 fails an assertion' failed: AssertionError: an invariant of the"
                + " rule does not hold");
    // AND the basic pack's requirements have the same results as without the faulty pack
    assertThat(basicResults(report)).isEqualTo(basicResults(expected));
    assertThat(report.findings()).isEqualTo(expected.findings());
    assertThat(report.ready()).as("errors are never ready").isFalse();
  }

  @Test
  void a_condition_that_fails_without_naming_its_rule_is_an_error_of_its_own_requirement()
      throws Exception {
    // GIVEN the basic pack and rules whose conditions overflow the stack (a recursive function in
    // an eval), fail an assertion (over 'from') or throw (in an eval): Drools reports these without
    // the rule's name
    Path basic = basic();
    Path faulty = faulty("test-cstack-001", "test-cassert-001", "test-cthrow-001");
    Report expected =
        DirectoryPackTest.checker(basic)
            .check(DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT));
    // WHEN a snapshot is checked in one session and in sessions of one mailbox on two threads
    Report report = check(checker(Duration.ofMinutes(1), basic, faulty), Duration.ofSeconds(60));
    Report chunked =
        check(
            new DroolsCheckerFactory()
                .create(
                    CheckerSettings.builder()
                        .rules(basic)
                        .rules(faulty)
                        .clock(DirectoryPackTest.CLOCK)
                        .mailboxesPerSession(1)
                        .executor(DirectoryPackTest.TWO_THREADS)
                        .timeBudget(Duration.ofMinutes(1))
                        .build()),
            Duration.ofSeconds(60));
    // THEN each of those requirements is ERROR, naming the error
    Map<String, String> errors = errors(report);
    assertThat(errors)
        .containsOnly(
            Map.entry("TEST-CSTACK-001", "a rule condition failed: StackOverflowError"),
            Map.entry(
                "TEST-CASSERT-001",
                "a rule condition failed: AssertionError: an invariant of the condition does not"
                    + " hold"),
            Map.entry(
                "TEST-CTHROW-001",
                "a rule condition failed: IllegalStateException: broken rule condition"));
    // AND the basic pack's requirements have the same results as without those rules
    assertThat(basicResults(report)).isEqualTo(basicResults(expected));
    assertThat(report.findings()).isEqualTo(expected.findings());
    assertThat(report.ready()).isFalse();
    // AND sessions of one mailbox give the same report
    assertThat(chunked).isEqualTo(report);
  }

  @Test
  void a_rule_that_loops_stops_at_the_firing_limit_long_before_the_budget() throws Exception {
    // GIVEN only the looping rules, and a budget of a minute
    Engine checker =
        checker(Duration.ofMinutes(1), basic(), faulty("test-loop-001", "test-insert-001"));
    // WHEN a snapshot is checked THEN the firing limit stops both loops within seconds
    Report report = check(checker, Duration.ofSeconds(10));
    assertThat(errors(report)).containsOnlyKeys("TEST-LOOP-001", "TEST-INSERT-001");
  }

  @Test
  void a_checker_is_still_whole_after_a_check_that_stopped_rules() throws Exception {
    // GIVEN a checker whose faulty rules were stopped in one check
    Engine checker =
        checker(Duration.ofMinutes(1), basic(), faulty("test-loop-001", "test-stack-001"));
    Report first = check(checker, Duration.ofSeconds(10));
    // WHEN it checks again THEN it gives the same report: the stopped rules are stopped again
    Report second = check(checker, Duration.ofSeconds(10));
    assertThat(errors(second).keySet())
        .containsExactlyInAnyOrder("TEST-LOOP-001", "TEST-STACK-001");
    assertThat(second.results()).hasSameSizeAs(first.results());
  }

  @Test
  void a_derivation_rule_that_fails_makes_only_the_requirements_reading_its_facts_errors()
      throws Exception {
    // GIVEN the basic pack whose derivation rule of the "online" flag throws for a mailbox without
    // hostedIn (where@example.com); TEST-MBX-001 reads that flag, TEST-TEN-001 reads the tenant
    Path basic = basic();
    Path derive = basic.resolve("derive/flags.drl");
    Files.writeString(
        derive,
        Files.readString(derive)
            .replace(
                "insert(Flag.of($mb, \"online\",",
                "$mb.hostedIn().name();\n    insert(Flag.of($mb, \"online\","));
    Report report = check(checker(Duration.ofMinutes(1), basic), Duration.ofSeconds(10));
    // THEN TEST-MBX-001 is ERROR for every mailbox, naming the derivation rule
    assertThat(errors(report)).containsOnlyKeys("TEST-MBX-001");
    assertThat(errors(report).get("TEST-MBX-001"))
        .startsWith("rule 'derive hosted flag' failed: NullPointerException: ");
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("TEST-MBX-001"))
        .extracting(Result::status)
        .containsOnly(Status.ERROR);
    // AND TEST-TEN-001 keeps its result
    assertThat(DirectoryPackTest.result(report, "TEST-TEN-001", "example.com").status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void a_derivation_rule_that_fails_before_deriving_anything_makes_every_requirement_an_error()
      throws Exception {
    // GIVEN a derivation rule that throws for every mailbox: what it derives is never seen
    Path basic = basic();
    Path derive = basic.resolve("derive/flags.drl");
    Files.writeString(
        derive,
        Files.readString(derive)
            .replace(
                "insert(Flag.of($mb, \"online\",",
                "if (true) throw new IllegalStateException(\"no\");\n    insert(Flag.of($mb, \"online\","));
    Report report = check(checker(Duration.ofMinutes(1), basic), Duration.ofSeconds(10));
    // THEN every requirement is ERROR: any may read what it would have derived
    assertThat(errors(report))
        .containsOnlyKeys("TEST-MBX-001", "TEST-TEN-001")
        .containsValue("rule 'derive hosted flag' failed: IllegalStateException: no");
  }
}
