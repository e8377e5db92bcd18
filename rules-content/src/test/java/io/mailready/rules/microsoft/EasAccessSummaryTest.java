package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.ExchangeFixtures.evaluation;
import static io.mailready.rules.microsoft.ExchangeFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AccessLevel;
import io.mailready.snapshot.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class EasAccessSummaryTest {
  private static final Evaluation TODAY = evaluation("2025-06-01");

  private static EasAccessSummary summary(Snapshot snapshot) {
    KnownPlatformDevices known = KnownPlatformDevices.of(snapshot);
    if (snapshot.mailboxes() == null) {
      return EasAccessSummary.withoutMailboxes(snapshot, known, TODAY);
    }
    List<MailboxAccess> decisions =
        snapshot.mailboxes().stream()
            .map(m -> MailboxView.of(snapshot, m))
            .filter(v -> v.easRelevant() != Tri.FALSE)
            .map(v -> MailboxAccess.of(v, snapshot, known, TODAY))
            .toList();
    return EasAccessSummary.of(snapshot, known, decisions, TODAY);
  }

  @Test
  void an_allowing_default_denies_no_mailbox() {
    // GIVEN the default access level Allow and no rules
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-online
              activeSyncOrganizationSettings: { defaultAccessLevel: Allow }
              activeSyncDeviceAccessRules: []
            mailboxes: [ { address: a@contoso.com, casMailbox: {} } ]
            """);
    // WHEN the decisions are aggregated
    EasAccessSummary summary = summary(s);
    // THEN nothing is denied or undecided
    assertThat(summary.deniedCount()).isZero();
    assertThat(summary.undecidedCount()).isZero();
    assertThat(summary.action()).isNull();
  }

  @Test
  void sources_are_collected_per_kind_in_mailbox_order() {
    // GIVEN a Quarantine default, a mailbox blocking the platform device id itself, and a
    // mailbox allowing it
    Snapshot s =
        snapshot(
            """
            platform: { easDeviceId: NYL1 }
            tenant:
              name: t
              deployment: exchange-online
              activeSyncOrganizationSettings: { defaultAccessLevel: Quarantine }
              activeSyncDeviceAccessRules: []
            mailboxes:
              - { address: b@contoso.com, casMailbox: {} }
              - { address: a@contoso.com, casMailbox: { activeSyncBlockedDeviceIds: [nyl1] } }
              - { address: c@contoso.com, casMailbox: { activeSyncAllowedDeviceIds: [NYL1] } }
            """);
    // WHEN the decisions are aggregated
    EasAccessSummary summary = summary(s);
    // THEN two mailboxes are denied, with both sources, in snapshot order
    assertThat(summary.deniedCount()).isEqualTo(2);
    assertThat(summary.action()).isEqualTo("block or quarantine");
    assertThat(summary.mailboxes()).containsExactly("b@contoso.com", "a@contoso.com");
    assertThat(summary.affected())
        .containsExactly(
            "b@contoso.com: quarantine via the default access level Quarantine",
            "a@contoso.com: block via the mailbox's blocked device ids (NYL1)");
    assertThat(summary.defaultAccessLevel()).isEqualTo(AccessLevel.QUARANTINE);
    assertThat(summary.individualMailbox()).isEqualTo("a@contoso.com");
    assertThat(summary.individualDeviceId()).isEqualTo("NYL1");
    assertThat(summary.rule()).isNull();
  }

  @Test
  void a_rule_source_names_the_first_matching_rule_of_the_deciding_level() {
    // GIVEN an Allow rule and a Quarantine rule matching the known platform device's user agent
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-online
              activeSyncOrganizationSettings: { defaultAccessLevel: Allow }
              activeSyncDeviceAccessRules:
                - { name: Allow it, characteristic: UserAgent, queryString: python-eas-client 1.0, accessLevel: Allow }
                - { name: Hold it, characteristic: UserAgent, queryString: python-EAS-Client 1.0, accessLevel: Quarantine }
            mailboxes:
              - address: a@contoso.com
                casMailbox: {}
                mobileDevices: [ { deviceId: D1, deviceUserAgent: python-EAS-Client 1.0 } ]
            """);
    // WHEN the decisions are aggregated
    EasAccessSummary summary = summary(s);
    // THEN the Quarantine rule decides, and the known user agent is offered for an allow rule
    assertThat(summary.ruleName()).isEqualTo("Hold it");
    assertThat(summary.affected())
        .containsExactly(
            "a@contoso.com: quarantine via device access rule 'Hold it' (UserAgent ="
                + " python-EAS-Client 1.0)");
    assertThat(summary.deviceUserAgent()).isEqualTo("python-EAS-Client 1.0");
  }

  @Test
  void unknown_decisions_are_counted_once_per_reason() {
    // GIVEN device access rules not collected, and two mailboxes
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-online
              activeSyncOrganizationSettings: { defaultAccessLevel: Allow }
            mailboxes:
              - { address: a@contoso.com, casMailbox: {} }
              - { address: b@contoso.com }
            """);
    // WHEN the decisions are aggregated
    EasAccessSummary summary = summary(s);
    // THEN both are undecided, with the tenant reason once and the mailbox's own reason
    assertThat(summary.undecidedCount()).isEqualTo(2);
    assertThat(summary.undecided())
        .containsExactly(
            "not collected: tenant.activeSyncDeviceAccessRules",
            "not collected: mailboxes[b@contoso.com].casMailbox");
  }

  @Test
  void a_mailbox_of_unknown_relevance_is_undecided_only_when_its_decision_denies() {
    // GIVEN the graph profile, a hybrid tenant, a mailbox of unknown host, and a Block default
    Snapshot s =
        snapshot(
            """
            platform: { profile: graph }
            tenant:
              name: t
              deployment: hybrid
              activeSyncOrganizationSettings: { defaultAccessLevel: Block }
              activeSyncDeviceAccessRules: []
            mailboxes: [ { address: a@contoso.com, casMailbox: {} } ]
            """);
    // WHEN the decisions are aggregated
    EasAccessSummary summary = summary(s);
    // THEN it is undecided because the host is unknown
    assertThat(summary.deniedCount()).isZero();
    assertThat(summary.undecided())
        .containsExactly("the graph profile needs mailboxes[a@contoso.com].hostedIn");
  }

  @Test
  void long_lists_are_cut_with_a_count_of_the_rest() {
    // GIVEN twelve mailboxes under a Block default
    StringBuilder mailboxes = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      mailboxes.append("  - { address: u").append(i).append("@contoso.com, casMailbox: {} }\n");
    }
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-online
              activeSyncOrganizationSettings: { defaultAccessLevel: Block }
              activeSyncDeviceAccessRules: []
            mailboxes:
            """
                + mailboxes);
    // WHEN the decisions are aggregated
    EasAccessSummary summary = summary(s);
    // THEN ten are listed, then a count, while every address is in the evidence list
    assertThat(summary.deniedCount()).isEqualTo(12);
    assertThat(summary.affected())
        .hasSize(EasAccessSummary.LISTED + 1)
        .last()
        .isEqualTo("and 2 more");
    assertThat(summary.mailboxes()).hasSize(12);
  }

  @Test
  void without_mailboxes_only_the_rules_and_the_default_decide() {
    // GIVEN no mailboxes, a platform device id, and a Quarantine default
    Snapshot s =
        snapshot(
            """
            platform: { easDeviceId: NYL1 }
            tenant:
              name: t
              deployment: exchange-server
              activeSyncOrganizationSettings: { defaultAccessLevel: Quarantine }
              activeSyncDeviceAccessRules: []
            """);
    // WHEN the decision is computed
    EasAccessSummary summary = summary(s);
    // THEN it quarantines through the default, tenant-wide
    assertThat(summary.collected()).isFalse();
    assertThat(summary.deniedCount()).isEqualTo(1);
    assertThat(summary.action()).isEqualTo("quarantine");
    assertThat(summary.affected()).containsExactly("the default access level Quarantine");
    assertThat(summary.defaultAccessLevel()).isEqualTo(AccessLevel.QUARANTINE);
  }

  @Test
  void without_mailboxes_a_missing_section_is_undecided() {
    // GIVEN no mailboxes and no device access rules collected
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-server
              activeSyncOrganizationSettings: { defaultAccessLevel: Allow }
            """);
    // WHEN the decision is computed
    EasAccessSummary summary = summary(s);
    // THEN it is undecided, naming the section
    assertThat(summary.deniedCount()).isZero();
    assertThat(summary.undecided())
        .containsExactly("not collected: tenant.activeSyncDeviceAccessRules");
  }
}
