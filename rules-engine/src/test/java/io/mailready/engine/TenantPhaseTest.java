package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.RuleContentException;
import io.mailready.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tenant phase: facts of the {@code tenantFacts} types from every session reach the rules of
 * the agenda group {@code tenant}, which may aggregate over the mailboxes of the whole tenant.
 */
class TenantPhaseTest {
  @TempDir Path temp;

  static final String PACK =
      """
      id: tenant-phase
      version: 0.1.0
      derive: [derive/basic.drl]
      tenantFacts: [%s]
      requirements: [rules/test-ten-002-basic-users]
      """;

  static final String DERIVE =
      """
      package test.derive;

      import io.mailready.rule.Flag;
      import io.mailready.snapshot.AuthMethod;
      import io.mailready.snapshot.Mailbox;
      import io.mailready.snapshot.Tenant;

      declare BasicUser
          address : String
      end

      rule "derive a mailbox that signs in with Basic auth"
          agenda-group "derive"
      when
          Mailbox( authMethod == AuthMethod.BASIC, $address : address )
      then
          insert(new BasicUser($address));
      end

      rule "derive tenant flag: some mailbox signs in with Basic auth"
          agenda-group "tenant"
      when
          $t : Tenant()
          exists BasicUser()
      then
          insert(Flag.of($t, "tenantHasBasic", true));
      end

      rule "derive tenant flag: no mailbox signs in with Basic auth"
          agenda-group "tenant"
      when
          $t : Tenant()
          not BasicUser()
      then
          insert(Flag.of($t, "tenantHasBasic", false));
      end
      """;

  static final String RULE =
      """
      package test.rules;

      import io.mailready.rule.Outcome;
      import io.mailready.snapshot.Tenant;
      import java.util.List;
      import test.derive.BasicUser;

      rule "TEST-TEN-002 mailboxes sign in with Basic auth"
          agenda-group "tenant"
      when
          $t : Tenant()
          accumulate( BasicUser( $a : address ); $n : count(), $all : collectList( $a ) )
      then
          insert(Outcome.fail("TEST-TEN-002", $t).with("n", $n).with("mailboxes", new java.util.TreeSet<>($all)));
      end
      """;

  static final String METADATA =
      """
      id: TEST-TEN-002
      version: 1
      title: No Basic auth
      subject: tenant
      obligation: SHOULD
      severity: WARNING
      guide: Use OAuth.
      appliesWhen:
        - flag: tenantHasBasic
          when: some mailbox signs in with Basic auth
          otherwise: no mailbox signs in with Basic auth
      message: "{n} mailbox(es) sign in with Basic auth: {mailboxes}"
      fixes: [ { summary: Use OAuth. } ]
      references: [https://example.com/basic]
      """;

  Path pack(String tenantFacts) throws IOException {
    Path pack = temp.resolve("pack");
    Files.createDirectories(pack.resolve("derive"));
    Files.createDirectories(pack.resolve("rules"));
    Files.writeString(pack.resolve("pack.yaml"), PACK.formatted(tenantFacts));
    Files.writeString(pack.resolve("derive/basic.drl"), DERIVE);
    Files.writeString(pack.resolve("rules/test-ten-002-basic-users.drl"), RULE);
    Files.writeString(pack.resolve("rules/test-ten-002-basic-users.yaml"), METADATA);
    return pack;
  }

  @Test
  void a_tenant_rule_aggregates_over_the_mailboxes_of_every_session() throws IOException {
    // GIVEN a pack whose tenant requirement counts the mailboxes a derivation marks
    Path pack = pack("test.derive.BasicUser");
    // WHEN the tenant is checked in one session, and in one session per mailbox on two threads
    Report whole = DirectoryPackTest.checker(pack).check(snapshot());
    Report chunked = DirectoryPackTest.chunkedChecker(pack).check(snapshot());
    // THEN both count the four Basic auth mailboxes of the five
    for (Report report : List.of(whole, chunked)) {
      assertThat(report.findings())
          .extracting(Finding::requirement, Finding::subject, Finding::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "TEST-TEN-002",
                  "example.com",
                  "4 mailbox(es) sign in with Basic auth: basic@example.com, nocas@example.com,"
                      + " onprem@example.com, where@example.com"));
    }
  }

  @Test
  void a_flag_of_the_tenant_phase_decides_applicability() throws IOException {
    // GIVEN the pack, and a tenant whose mailboxes all use OAuth
    Path pack = pack("test.derive.BasicUser");
    String oauthOnly = DirectoryPackTest.SNAPSHOT.replace("authMethod: basic", "authMethod: oauth");
    // WHEN it is checked, chunked
    Report report =
        DirectoryPackTest.chunkedChecker(pack).check(DirectoryPackTest.snapshot(oauthOnly));
    // THEN the flag of the tenant phase says the requirement does not apply
    assertThat(report.results())
        .extracting(Result::requirement, Result::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TEST-TEN-002", Status.NOT_APPLICABLE));
  }

  @Test
  void a_tenant_fact_type_that_does_not_exist_is_a_content_error() throws IOException {
    // GIVEN a pack whose tenantFacts names a type with a typo
    Path pack = pack("test.derive.BasicUsr");
    // WHEN the checker is built THEN it fails, naming the pack file and the type
    assertThatThrownBy(() -> DirectoryPackTest.checker(pack))
        .isInstanceOf(RuleContentException.class)
        .hasMessageContaining(
            pack.resolve("pack.yaml")
                + ":1: rule '-': 'tenantFacts' must name fact types (a DRL declare as"
                + " package.Type, or a Java class) but was 'test.derive.BasicUsr'");
  }

  @Test
  void a_mailbox_requirement_cannot_depend_on_a_tenant_requirement() throws IOException {
    // GIVEN the pack plus a mailbox requirement that reads the tenant requirement's results
    Path pack = pack("test.derive.BasicUser");
    Files.writeString(
        pack.resolve("pack.yaml"),
        PACK.formatted("test.derive.BasicUser")
            .replace(
                "requirements: [rules/test-ten-002-basic-users]",
                "requirements: [rules/test-ten-002-basic-users, rules/test-mbx-002-dependent]"));
    Files.writeString(
        pack.resolve("rules/test-mbx-002-dependent.drl"),
        """
        package test.rules;

        import io.mailready.Result;
        import io.mailready.rule.Outcome;
        import io.mailready.snapshot.Mailbox;

        rule "TEST-MBX-002 mailbox of a tenant that fails TEST-TEN-002"
            agenda-group "dependent"
        when
            Result( requirement == "TEST-TEN-002" )
            $mb : Mailbox()
        then
            insert(Outcome.fail("TEST-MBX-002", $mb));
        end
        """);
    Files.writeString(
        pack.resolve("rules/test-mbx-002-dependent.yaml"),
        METADATA
            .replace("TEST-TEN-002", "TEST-MBX-002")
            .replace("subject: tenant", "subject: mailbox\ndependsOn: [TEST-TEN-002]"));
    // WHEN the checker is built THEN it fails: mailbox results are final before the tenant phase
    assertThatThrownBy(() -> DirectoryPackTest.checker(pack))
        .isInstanceOf(RuleContentException.class)
        .hasMessageContaining(
            "TEST-MBX-002.yaml:1: rule 'TEST-MBX-002': a mailbox requirement may depend on mailbox"
                + " requirements only but 'dependsOn' names tenant requirement 'TEST-TEN-002'");
  }

  private static io.mailready.snapshot.Snapshot snapshot() {
    return DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT);
  }
}
