package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several directory packs over each other: later packs replace requirements by id and derivation
 * files by path, and one pack's DRL may use a type another pack declares. (Replacing files of a
 * precompiled classpath pack is tested with the bundled pack, in rules-content.)
 */
class LayeredPackTest {
  @TempDir Path temp;

  private Path basic() throws Exception {
    DirectoryPackTest basic = new DirectoryPackTest();
    basic.temp = temp;
    return basic.pack();
  }

  private static Engine checker(Path... packs) {
    CheckerSettings.Builder settings = CheckerSettings.builder().clock(DirectoryPackTest.CLOCK);
    for (Path pack : packs) {
      settings.rules(pack);
    }
    return new DroolsCheckerFactory().create(settings.build());
  }

  private static Report check(Engine checker) {
    return checker.check(DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT));
  }

  private static Status status(Report report, String requirement, String subject) {
    return DirectoryPackTest.result(report, requirement, subject).status();
  }

  private static Path pack(Path root, String packYaml, String... pathsAndTexts) throws Exception {
    Files.createDirectories(root);
    Files.writeString(root.resolve("pack.yaml"), packYaml);
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path file = root.resolve(pathsAndTexts[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, pathsAndTexts[i + 1]);
    }
    return root;
  }

  @Test
  void a_type_declared_in_one_directory_pack_is_used_by_the_drl_of_another() throws Exception {
    // GIVEN the basic pack with a file that declares a type and derives it, and a later pack
    // whose requirement matches that type
    Path declaring = basic();
    Files.writeString(
        declaring.resolve("pack.yaml"),
        Files.readString(declaring.resolve("pack.yaml"))
            .replace("derive: [derive/flags.drl]", "derive: [derive/flags.drl, derive/basic.drl]"));
    pack(
        declaring,
        Files.readString(declaring.resolve("pack.yaml")),
        "derive/basic.drl",
        """
        package test.shared;

        import io.mailready.snapshot.Mailbox;
        import io.mailready.snapshot.AuthMethod;

        declare BasicAuth
            mailbox : Mailbox
        end

        rule "derive basic auth"
        when
            $mb : Mailbox( authMethod == AuthMethod.BASIC )
        then
            insert(new BasicAuth($mb));
        end
        """);
    Path using =
        pack(
            temp.resolve("using"),
            "id: using\nversion: 1.0.0\ntitle: uses\nrequirements: [rules/test-use-001]\n",
            "rules/test-use-001.drl",
            """
            package test.using;

            import io.mailready.rule.Outcome;
            import test.shared.BasicAuth;

            rule "TEST-USE-001 basic auth, from the declared type"
            when
                BasicAuth( $mb : mailbox )
            then
                insert(Outcome.fail("TEST-USE-001", $mb));
            end
            """,
            "rules/test-use-001.yaml",
            """
            id: TEST-USE-001
            version: 1
            title: No basic auth
            subject: mailbox
            obligation: MUST
            severity: ERROR
            guide: Do not use basic authentication.
            message: "{mailbox} uses basic authentication."
            fixes: [ { summary: Use OAuth. } ]
            references: [https://example.com/basic]
            """);
    // WHEN a checker of both is built and checks a snapshot
    Report report = check(checker(declaring, using));
    // THEN the requirement fails exactly for the mailboxes the declared fact was derived for
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("TEST-USE-001"))
        .extracting(Result::subject, Result::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("basic@example.com", Status.FAIL),
            org.assertj.core.groups.Tuple.tuple("oauth@example.com", Status.PASS),
            org.assertj.core.groups.Tuple.tuple("onprem@example.com", Status.FAIL),
            org.assertj.core.groups.Tuple.tuple("where@example.com", Status.FAIL),
            org.assertj.core.groups.Tuple.tuple("nocas@example.com", Status.FAIL));
  }

  @Test
  void a_later_pack_replaces_a_requirement_and_a_derivation_file_of_an_earlier_one()
      throws Exception {
    // GIVEN the basic pack, and a pack with its derivation file's path (every mailbox online)
    // and TEST-TEN-001 failing for every tenant
    Path basic = basic();
    Path later =
        pack(
            temp.resolve("later"),
            """
            id: later
            version: 1.0.0
            title: replaces
            derive: [derive/flags.drl]
            requirements: [rules/test-ten-001-tenant-name]
            """,
            "derive/flags.drl",
            """
            package test.derive;

            import io.mailready.rule.Flag;
            import io.mailready.rule.Tri;
            import io.mailready.snapshot.Mailbox;

            rule "derive every mailbox online"
                agenda-group "derive"
            when
                $mb : Mailbox()
            then
                insert(Flag.of($mb, "online", Tri.TRUE));
            end
            """,
            "rules/test-ten-001-tenant-name.drl",
            """
            package test.rules;

            import io.mailready.rule.Outcome;
            import io.mailready.snapshot.Tenant;

            rule "TEST-TEN-001 any tenant"
            when
                $t : Tenant()
            then
                insert(Outcome.fail("TEST-TEN-001", $t));
            end
            """,
            "rules/test-ten-001-tenant-name.yaml",
            Files.readString(basic.resolve("rules/test-ten-001-tenant-name.yaml")));
    String other = DirectoryPackTest.SNAPSHOT.replace("name: example.com", "name: other.test");
    // WHEN each is checked
    Report alone = checker(basic).check(DirectoryPackTest.snapshot(other));
    Report replaced = checker(basic, later).check(DirectoryPackTest.snapshot(other));
    // THEN the later requirement decides: another tenant fails too
    assertThat(status(alone, "TEST-TEN-001", "other.test")).isEqualTo(Status.PASS);
    assertThat(status(replaced, "TEST-TEN-001", "other.test")).isEqualTo(Status.FAIL);
    // AND only the replacing derivation rule derives the flag: the on-premises mailbox counts too
    assertThat(status(alone, "TEST-MBX-001", "onprem@example.com"))
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(replaced, "TEST-MBX-001", "onprem@example.com")).isEqualTo(Status.FAIL);
    assertThat(status(replaced, "TEST-MBX-001", "oauth@example.com")).isEqualTo(Status.PASS);
  }

  @Test
  void the_rule_names_of_a_drl_text_are_read_without_compiling_it() {
    // GIVEN DRL with quoted, single-quoted and bare names, a query, comments and strings
    String drl =
        """
        package io.example.rules;  // the package

        /* rule "not a rule: commented out"
        end */
        // rule "not a rule either"
        rule "A-001 quoted \\"name\\""
            agenda-group "derive"
        when
            $s : String( this == "rule \\"in a string\\"" || this == "http://example.com" )
        then
            System.out.println("// not a comment");
        end
        rule 'derive single-quoted'
        when then end
          rule bare_name
        when then end
        query "mailboxes of a host"
        end
        """;
    // WHEN it is read
    RuleBases.DrlRules rules = RuleBases.DrlRules.of(drl);
    // THEN the package and every rule and query name, and only those
    assertThat(rules.packageName()).isEqualTo("io.example.rules");
    assertThat(rules.names())
        .containsExactly(
            "A-001 quoted \"name\"", "derive single-quoted", "bare_name", "mailboxes of a host");
  }
}
