package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.ExchangeFixtures.evaluation;
import static io.mailready.rules.microsoft.ExchangeFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Config;
import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.EwsApplicationAccessPolicy;
import io.mailready.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EwsPolicyLevelTest {
  private static Snapshot snapshotWith(String userAgent, String org, String cas) {
    return snapshot(
        "platform: { ewsUserAgent: "
            + userAgent
            + " }\n"
            + "tenant: { name: t, organizationConfig: "
            + org
            + " }\n"
            + "mailboxes: [ { address: a@contoso.com, casMailbox: "
            + cas
            + " } ]\n");
  }

  private static EwsPolicyLevel organisation(Snapshot s) {
    return EwsPolicyLevel.organisation(
        s.tenant().organizationConfig(), s.platform(), evaluation("2025-06-01"));
  }

  private static EwsPolicyLevel mailbox(Snapshot s) {
    return EwsPolicyLevel.mailbox(
        "a@contoso.com", s.mailboxes().get(0).casMailbox(), s.platform(), evaluation("2025-06-01"));
  }

  @Test
  void an_allow_list_without_the_platform_refuses_it_and_keeps_the_list() {
    // GIVEN an organisation allow list that does not match the platform's user agent
    Snapshot s =
        snapshotWith(
            "Nylas/1",
            "{ ewsApplicationAccessPolicy: EnforceAllowList, ewsAllowList: [Outlook*] }",
            "{}");
    // WHEN the organisation level is decided
    EwsPolicyLevel level = organisation(s);
    // THEN it refuses, as an allow list, without a block entry
    assertThat(level.value()).isEqualTo(Tri.FALSE);
    assertThat(level.allowListEnforced()).isTrue();
    assertThat(level.allowList()).containsExactly("Outlook*");
    assertThat(level.blockEntry()).isNull();
    assertThat(level.level()).isEqualTo("organisation");
  }

  @Test
  void a_matching_block_entry_refuses_and_is_named() {
    // GIVEN a mailbox block list with a glob matching the platform's user agent
    Snapshot s =
        snapshotWith(
            "Nylas/1",
            "{}",
            "{ ewsApplicationAccessPolicy: EnforceBlockList, ewsBlockList: [Other, nylas*] }");
    // WHEN the mailbox level is decided
    EwsPolicyLevel level = mailbox(s);
    // THEN it refuses and names the entry
    assertThat(level.value()).isEqualTo(Tri.FALSE);
    assertThat(level.policy()).isEqualTo(EwsApplicationAccessPolicy.ENFORCE_BLOCK_LIST);
    assertThat(level.blockEntry()).isEqualTo("nylas*");
    assertThat(level.level()).isEqualTo("mailbox");
  }

  @Test
  void an_unknown_user_agent_is_unknown_unless_a_star_decides() {
    // GIVEN no platform user agent and lists with and without "*"
    // WHEN the levels are decided
    // THEN an allow list without "*" is UNKNOWN, with "*" TRUE; a block list "*" is FALSE
    assertThat(
            organisation(
                    snapshotWith(
                        "null",
                        "{ ewsApplicationAccessPolicy: EnforceAllowList, ewsAllowList: [x] }",
                        "{}"))
                .value())
        .isEqualTo(Tri.UNKNOWN);
    assertThat(
            organisation(
                    snapshotWith(
                        "null",
                        "{ ewsApplicationAccessPolicy: EnforceAllowList, ewsAllowList: ['*'] }",
                        "{}"))
                .value())
        .isEqualTo(Tri.TRUE);
    EwsPolicyLevel blocked =
        mailbox(
            snapshotWith(
                "null",
                "{}",
                "{ ewsApplicationAccessPolicy: EnforceBlockList, ewsBlockList: ['*'] }"));
    assertThat(blocked.value()).isEqualTo(Tri.FALSE);
    assertThat(blocked.blockEntry()).isEqualTo("*");
  }

  @Test
  void no_policy_admits_the_platform() {
    // GIVEN no policy at either level
    Snapshot s = snapshotWith("Nylas/1", "{ ewsBlockList: ['*'] }", "{}");
    // WHEN the levels are decided
    // THEN both admit it (lists without a policy are not enforced)
    assertThat(organisation(s).value()).isEqualTo(Tri.TRUE);
    assertThat(mailbox(s).value()).isEqualTo(Tri.TRUE);
  }

  @Test
  void an_enforced_empty_allow_list_refuses_every_application_whatever_the_user_agent() {
    // GIVEN EnforceAllowList with an empty list, and no known platform user agent
    Snapshot s =
        snapshotWith(
            "null", "{ ewsApplicationAccessPolicy: EnforceAllowList, ewsAllowList: [] }", "{}");
    // WHEN the organisation level is decided
    EwsPolicyLevel level = organisation(s);
    // THEN it refuses, saying why
    assertThat(level.value()).isEqualTo(Tri.FALSE);
    assertThat(level.refusal(null))
        .isEqualTo("the allow list is empty, so every application is refused");
  }

  @Test
  void a_policy_field_not_collected_makes_the_level_unknown() {
    // GIVEN an organisation config exported without its Ews* properties
    Snapshot s =
        snapshotWith(
            "Nylas/1",
            "{ notCollected: [ewsApplicationAccessPolicy, ewsAllowList, ewsBlockList] }",
            "{}");
    // WHEN the organisation level is decided
    EwsPolicyLevel level = organisation(s);
    // THEN it is UNKNOWN, naming the fields, never "no policy"
    assertThat(level.value()).isEqualTo(Tri.UNKNOWN);
    assertThat(level.unknownBecause())
        .isEqualTo(
            "not collected: tenant.organizationConfig.ewsApplicationAccessPolicy,"
                + " tenant.organizationConfig.ewsAllowList, tenant.organizationConfig.ewsBlockList");
  }

  @Test
  void a_mailbox_policy_overrides_the_organisation_unless_both_must_allow() {
    // GIVEN a mailbox with a policy of its own, one without, and one where it was not collected
    Snapshot own =
        snapshotWith("Nylas/1", "{}", "{ ewsApplicationAccessPolicy: EnforceBlockList }");
    Snapshot none = snapshotWith("Nylas/1", "{}", "{}");
    Snapshot unknown =
        snapshotWith("Nylas/1", "{}", "{ notCollected: [ewsApplicationAccessPolicy] }");
    // WHEN asked whether the organisation level governs it (mailbox-overrides by default)
    // THEN only the mailbox without a policy is governed by the organisation
    assertThat(EwsPolicyLevel.organisationGoverns(own.mailboxes().get(0), evaluation("2025-06-01")))
        .isEqualTo(Tri.FALSE);
    assertThat(
            EwsPolicyLevel.organisationGoverns(none.mailboxes().get(0), evaluation("2025-06-01")))
        .isEqualTo(Tri.TRUE);
    assertThat(
            EwsPolicyLevel.organisationGoverns(
                unknown.mailboxes().get(0), evaluation("2025-06-01")))
        .isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void both_must_allow_makes_the_organisation_govern_every_mailbox() {
    // GIVEN ewsPolicyLevels: both-must-allow, and a mailbox with a policy of its own
    Evaluation strict =
        new Evaluation(
            LocalDate.parse("2025-06-01"),
            Config.of(
                Map.of("ewsPolicyLevels", "both-must-allow", "ewsGlobCaseInsensitive", true)));
    Snapshot own =
        snapshotWith("Nylas/1", "{}", "{ ewsApplicationAccessPolicy: EnforceBlockList }");
    // WHEN asked whether the organisation level governs it
    // THEN it does, and the messages say both levels must admit the platform
    assertThat(EwsPolicyLevel.organisationGoverns(own.mailboxes().get(0), strict))
        .isEqualTo(Tri.TRUE);
    assertThat(EwsPolicyLevel.decidedBy("organisation", strict))
        .isEqualTo("both levels must admit the platform (ewsPolicyLevels: both-must-allow)");
  }
}
