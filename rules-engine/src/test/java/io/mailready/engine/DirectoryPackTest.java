package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.RuleContentException;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack loaded from a directory: compiled at run time, evaluated, and its content errors. */
class DirectoryPackTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path temp;

  static final String SNAPSHOT =
      """
      schema: mailready/v1
      platform: { name: Nylas }
      tenant: { name: example.com, deployment: hybrid }
      mailboxes:
        - { address: basic@example.com, hostedIn: exchange-online, authMethod: basic, casMailbox: {} }
        - { address: oauth@example.com, hostedIn: exchange-online, authMethod: oauth, casMailbox: {} }
        - { address: onprem@example.com, hostedIn: exchange-server, authMethod: basic, casMailbox: {} }
        - { address: where@example.com, authMethod: basic, casMailbox: {} }
        - { address: nocas@example.com, hostedIn: exchange-online, authMethod: basic }
      """;

  Path pack() throws IOException, URISyntaxException {
    Path source = Path.of(getClass().getResource("/packs/basic").toURI());
    Path target = temp.resolve("pack");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  static Checker checker(Path pack) {
    return new DroolsCheckerFactory()
        .create(new io.mailready.spi.CheckerSettings(List.of(pack), null, CLOCK));
  }

  /** A checker that evaluates one mailbox per rule session, on two threads. */
  static Checker chunkedChecker(Path pack) {
    return new DroolsCheckerFactory()
        .create(new io.mailready.spi.CheckerSettings(List.of(pack), null, CLOCK, 1, 2));
  }

  static Snapshot snapshot(String yaml) {
    return Snapshots.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  static Result result(Report report, String requirement, String subject) {
    return report.results().stream()
        .filter(r -> r.requirement().equals(requirement) && r.subject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void directory_pack_gives_one_result_per_subject_following_applies_requires_and_fail()
      throws Exception {
    // GIVEN a pack directory and a snapshot with one mailbox for each outcome
    Checker checker = checker(pack());
    // WHEN it is checked
    Report report = checker.check(snapshot(SNAPSHOT));
    // THEN each mailbox gets the result the metadata and the rule decide
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("TEST-MBX-001"))
        .extracting(Result::subject, Result::status, Result::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("basic@example.com", Status.FAIL, null),
            org.assertj.core.groups.Tuple.tuple("oauth@example.com", Status.PASS, null),
            org.assertj.core.groups.Tuple.tuple(
                "onprem@example.com", Status.NOT_APPLICABLE, "mailbox is not in Exchange Online"),
            org.assertj.core.groups.Tuple.tuple(
                "where@example.com",
                Status.UNKNOWN,
                "cannot tell whether the mailbox is in Exchange Online"),
            org.assertj.core.groups.Tuple.tuple(
                "nocas@example.com",
                Status.UNKNOWN,
                "not collected: mailboxes[nocas@example.com].casMailbox"));
    Finding finding = report.findings().get(0);
    assertThat(finding.message())
        .isEqualTo("basic@example.com uses basic authentication (cut-off 2022-09-30).");
    assertThat(finding.fixes().get(0).powershell())
        .isEqualTo("Set-Something -Identity basic@example.com -Host {externalHost}");
    assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
    assertThat(report.packs()).extracting(p -> p.id()).containsExactly("test-pack");
    assertThat(report.ready()).isFalse();
  }

  @Test
  void mailboxes_not_collected_give_one_unknown_for_the_tenant() throws Exception {
    // GIVEN a snapshot without mailboxes
    Report report =
        checker(pack())
            .check(snapshot("schema: mailready/v1\nplatform: {}\ntenant: {name: t.example}\n"));
    // THEN the mailbox requirement is UNKNOWN once, for the tenant
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("TEST-MBX-001"))
        .extracting(Result::subject, Result::status, Result::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "t.example", Status.UNKNOWN, "mailboxes not collected"));
    assertThat(report.evaluatedAt()).isEqualTo(java.time.LocalDate.of(2025, 6, 1));
  }

  @Test
  void drl_syntax_error_is_reported_with_path_line_and_rule() throws Exception {
    // GIVEN a rule whose pattern misses its closing parenthesis (line 9; seen on line 10)
    Path pack = pack();
    Path drl = pack.resolve("rules/test-mbx-001-basic-auth.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace("authMethod == AuthMethod.BASIC )", "authMethod == AuthMethod.BASIC"));
    // WHEN the checker is built THEN it fails listing the file, line and rule
    assertThatThrownBy(() -> checker(pack))
        .isInstanceOf(RuleContentException.class)
        .satisfies(
            e ->
                assertThat(((RuleContentException) e).problems())
                    .containsExactly(
                        drl
                            + ":10: rule 'TEST-MBX-001 basic auth': [ERR 102] Line 10:0 mismatched"
                            + " input 'then' in rule \"TEST-MBX-001 basic auth\""));
  }

  @Test
  void unknown_field_in_a_constraint_is_reported_with_path_and_rule() throws Exception {
    // GIVEN a rule that reads a field the model does not have
    Path pack = pack();
    Path drl = pack.resolve("rules/test-mbx-001-basic-auth.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace("authMethod == AuthMethod.BASIC", "authMetod == AuthMethod.BASIC"));
    // THEN the problem names the file and the rule, and not generated source
    assertThatThrownBy(() -> checker(pack))
        .isInstanceOf(RuleContentException.class)
        .satisfies(
            e ->
                assertThat(((RuleContentException) e).problems())
                    .containsExactly(
                        drl
                            + ":9: rule 'TEST-MBX-001 basic auth': Unable to Analyse Expression"
                            + " authMetod == AuthMethod.BASIC"));
  }

  @Test
  void metadata_with_an_unknown_key_is_reported_with_line_and_known_keys() throws Exception {
    // GIVEN metadata with a misspelt key on line 6
    Path pack = pack();
    Path yaml = pack.resolve("rules/test-mbx-001-basic-auth.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("severity: BLOCKER", "severty: BLOCKER"));
    // THEN the problem has the path, line, id, key and the known keys
    assertThatThrownBy(() -> checker(pack))
        .isInstanceOf(RuleContentException.class)
        .satisfies(
            e ->
                assertThat(((RuleContentException) e).problems())
                    .containsExactly(
                        yaml
                            + ":6: rule 'TEST-MBX-001': unknown key 'severty' (known: appliesWhen, dependsOn, fixes, guide, id, message, obligation, origin, parts, rationale, reasons, references, requires, section, severity, subject, title, variants, version)"));
  }

  @Test
  void every_problem_of_several_broken_files_is_listed_and_nothing_is_half_loaded()
      throws Exception {
    // GIVEN a missing metadata file, a bad severity, an unlisted DRL and a bad requires path
    Path pack = pack();
    Files.delete(pack.resolve("rules/test-ten-001-tenant-name.yaml"));
    Path yaml = pack.resolve("rules/test-mbx-001-basic-auth.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("mailbox.casMailbox", "mailbox.casMailboxes"));
    Files.writeString(pack.resolve("rules/stray.drl"), "package test.rules;\n");
    // WHEN the checker is built THEN every problem is listed, one per line
    assertThatThrownBy(() -> checker(pack))
        .isInstanceOf(RuleContentException.class)
        .satisfies(
            e ->
                assertThat(((RuleContentException) e).problems())
                    .hasSize(3)
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains("test-ten-001-tenant-name.yaml:1: ")
                                .contains(
                                    "rule 'TEST-TEN-001': the requirement's metadata file is missing"))
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains(
                                    "rule 'TEST-MBX-001': required section 'mailbox.casMailboxes' does not exist"))
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains("stray.drl:1: ")
                                .contains("not part of the pack")));
  }

  @Test
  void a_rule_name_without_its_requirement_id_is_refused() throws Exception {
    // GIVEN a rule whose name does not start with its requirement id
    Path pack = pack();
    Path drl = pack.resolve("rules/test-ten-001-tenant-name.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace("\"TEST-TEN-001 tenant name is example\"", "\"tenant name is example\""));
    assertThatThrownBy(() -> checker(pack))
        .isInstanceOf(RuleContentException.class)
        .hasMessageContaining(
            "rule 'tenant name is example': a rule name must start with its requirement id");
  }

  @Test
  void a_rule_whose_action_throws_is_an_error_and_the_other_requirements_still_run()
      throws Exception {
    // GIVEN a rule whose action throws for the tenant
    Path pack = pack();
    Path drl = pack.resolve("rules/test-ten-001-tenant-name.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                "insert(Outcome.fail(\"TEST-TEN-001\", $t));",
                "insert(Outcome.fail(\"TEST-TEN-001\", $t).with(\"x\", $t.domains().size()));"));
    // WHEN a snapshot is checked
    Report report = checker(pack).check(snapshot(SNAPSHOT));
    // THEN that requirement is ERROR with the cause, and the others are evaluated
    Result broken = result(report, "TEST-TEN-001", "example.com");
    assertThat(broken.status()).isEqualTo(Status.ERROR);
    assertThat(broken.reason())
        .startsWith("rule 'TEST-TEN-001 tenant name is example' failed: NullPointerException");
    assertThat(result(report, "TEST-MBX-001", "basic@example.com").status()).isEqualTo(Status.FAIL);
    assertThat(report.summary().ruleErrors()).isEqualTo(1);
    assertThat(report.ready()).isFalse();
  }

  @Test
  void a_rule_whose_condition_throws_is_an_error_and_the_other_requirements_still_run()
      throws Exception {
    // GIVEN a rule whose condition throws (domains is not collected, so size() fails)
    Path pack = pack();
    Path drl = pack.resolve("rules/test-ten-001-tenant-name.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                "$t : Tenant( name == \"example.com\" )", "$t : Tenant( domains.size() > 0 )"));
    // WHEN a snapshot is checked
    Report report = checker(pack).check(snapshot(SNAPSHOT));
    // THEN that requirement is ERROR, and the mailbox requirement is still decided
    assertThat(result(report, "TEST-TEN-001", "example.com").status()).isEqualTo(Status.ERROR);
    assertThat(result(report, "TEST-TEN-001", "example.com").reason())
        .startsWith("a rule condition failed");
    assertThat(result(report, "TEST-MBX-001", "basic@example.com").status()).isEqualTo(Status.FAIL);
  }

  @Test
  void a_report_with_nothing_evaluated_is_never_ready() throws Exception {
    // GIVEN a pack whose only requirement is about mailboxes
    Path pack = pack();
    Files.delete(pack.resolve("rules/test-ten-001-tenant-name.drl"));
    Files.delete(pack.resolve("rules/test-ten-001-tenant-name.yaml"));
    Path index = pack.resolve("pack.yaml");
    Files.writeString(
        index, Files.readString(index).replace("  - rules/test-ten-001-tenant-name\n", ""));
    Checker checker = checker(pack);
    String tenant =
        """
        schema: mailready/v1
        platform: { name: Nylas }
        tenant: { name: example.com, deployment: hybrid }
        """;
    // WHEN a tenant with one mailbox that passes is checked, and one without mailboxes
    Report passing =
        checker.check(
            snapshot(
                tenant
                    + "mailboxes:\n  - { address: oauth@example.com, hostedIn: exchange-online,"
                    + " authMethod: oauth, casMailbox: {} }\n"));
    Report empty = checker.check(snapshot(tenant + "mailboxes: []\n"));
    // THEN the first is ready, and the second, with no result and no finding, is not
    assertThat(passing.results()).extracting(Result::status).containsExactly(Status.PASS);
    assertThat(passing.ready()).isTrue();
    assertThat(empty.results()).isEmpty();
    assertThat(empty.findings()).isEmpty();
    assertThat(empty.summary().ruleErrors()).isZero();
    assertThat(empty.ready()).as("nothing evaluated proves nothing").isFalse();
  }

  @Test
  void mailboxes_checked_in_chunks_give_the_same_report_as_in_one_session() throws Exception {
    // GIVEN a checker with one mailbox per session and one with every mailbox in one session
    Path pack = pack();
    // WHEN each checks the same snapshot
    Report chunked = chunkedChecker(pack).check(snapshot(SNAPSHOT));
    // THEN the reports are equal, results in snapshot order
    assertThat(chunked).isEqualTo(checker(pack).check(snapshot(SNAPSHOT)));
    assertThat(chunked.results())
        .filteredOn(r -> r.requirement().equals("TEST-MBX-001"))
        .extracting(Result::subject)
        .containsExactly(
            "basic@example.com",
            "oauth@example.com",
            "onprem@example.com",
            "where@example.com",
            "nocas@example.com");
  }

  @Test
  void a_rule_action_that_throws_in_one_chunk_makes_its_requirement_an_error_in_every_chunk()
      throws Exception {
    // GIVEN a mailbox rule whose action throws for where@example.com only (no hostedIn), and a
    // checker that puts each mailbox in its own session
    Path pack = pack();
    Path drl = pack.resolve("rules/test-mbx-001-basic-auth.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                ".with(\"authMethod\", $mb.authMethod())",
                ".with(\"authMethod\", $mb.hostedIn().name())"));
    // WHEN a snapshot is checked
    Report report = chunkedChecker(pack).check(snapshot(SNAPSHOT));
    // THEN every mailbox's result is the same ERROR, as in one session, and there is no finding
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("TEST-MBX-001"))
        .hasSize(5)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(Status.ERROR);
              assertThat(r.reason())
                  .startsWith("rule 'TEST-MBX-001 basic auth' failed: NullPointerException");
            });
    assertThat(report.findings()).noneMatch(f -> f.requirement().equals("TEST-MBX-001"));
    assertThat(report).isEqualTo(checker(pack).check(snapshot(SNAPSHOT)));
  }

  @Test
  void a_rule_condition_that_throws_in_one_chunk_makes_its_requirement_an_error_in_every_chunk()
      throws Exception {
    // GIVEN a mailbox rule whose condition throws for nocas@example.com only (no casMailbox)
    Path pack = pack();
    Path drl = pack.resolve("rules/test-mbx-001-basic-auth.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                "Mailbox( authMethod == AuthMethod.BASIC )",
                "Mailbox( authMethod == AuthMethod.BASIC, casMailbox.toString() != null )"));
    // WHEN a snapshot is checked one mailbox per session
    Report report = chunkedChecker(pack).check(snapshot(SNAPSHOT));
    // THEN the requirement is ERROR for every mailbox, and the tenant requirement still runs
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("TEST-MBX-001"))
        .extracting(Result::status)
        .containsOnly(Status.ERROR)
        .hasSize(5);
    assertThat(result(report, "TEST-TEN-001", "example.com").status()).isEqualTo(Status.FAIL);
    assertThat(report).isEqualTo(checker(pack).check(snapshot(SNAPSHOT)));
  }

  @Test
  void one_checker_shared_by_threads_gives_every_thread_the_same_report() throws Exception {
    // GIVEN one checker and one snapshot
    Checker checker = checker(pack());
    Snapshot snapshot = snapshot(SNAPSHOT);
    Report expected = checker.check(snapshot);
    // WHEN four threads check it many times at once
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Report>> reports = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        reports.add(pool.submit(() -> checker.check(snapshot)));
      }
      // THEN every report equals the single-threaded one
      for (Future<Report> report : reports) {
        assertThat(report.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void two_derivation_rules_that_disagree_on_a_flag_make_its_requirements_errors()
      throws Exception {
    // GIVEN a second derivation rule that says every mailbox is not online
    Path pack = pack();
    Path derive = pack.resolve("derive/flags.drl");
    Files.writeString(
        derive,
        Files.readString(derive)
            + "\nrule \"derive hosted flag, disagreeing\"\n    agenda-group \"derive\"\nwhen\n    $mb : Mailbox( hostedIn != null )\nthen\n    insert(Flag.of($mb, \"online\", io.mailready.rule.Tri.FALSE));\nend\n");
    // WHEN a snapshot is checked
    Report report = checker(pack).check(snapshot(SNAPSHOT));
    // THEN the requirement that reads the flag is an ERROR naming it, not settled by fact order
    Result result = result(report, "TEST-MBX-001", "basic@example.com");
    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.reason())
        .contains("flag 'online'")
        .contains("derived twice with different values");
    assertThat(result(report, "TEST-TEN-001", "example.com").status()).isEqualTo(Status.FAIL);
  }
}
