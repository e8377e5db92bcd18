package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.ExchangeFixtures.evaluation;
import static io.mailready.rules.microsoft.ExchangeFixtures.snapshot;
import static io.mailready.rules.microsoft.ExchangeFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Tri;
import io.mailready.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class MailboxAccessTest {
  private static MailboxAccess access(Snapshot s) {
    return MailboxAccess.of(view(s, 0), s, KnownPlatformDevices.of(s), evaluation("2025-06-01"));
  }

  @Test
  void a_denying_decision_of_a_relevant_mailbox_is_denied() {
    // GIVEN a legacy-profile mailbox under a Block default
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-online
              activeSyncOrganizationSettings: { defaultAccessLevel: Block }
              activeSyncDeviceAccessRules: []
            mailboxes: [ { address: a@contoso.com, casMailbox: {} } ]
            """);
    // WHEN its decision is predicted
    // THEN it is denied
    assertThat(access(s).denied()).isEqualTo(Tri.TRUE);
  }

  @Test
  void a_missing_cas_mailbox_is_unknown_with_the_mailbox_path() {
    // GIVEN a mailbox without casMailbox
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-online
              activeSyncOrganizationSettings: { defaultAccessLevel: Allow }
              activeSyncDeviceAccessRules: []
            mailboxes: [ { address: a@contoso.com } ]
            """);
    // WHEN its decision is predicted
    MailboxAccess access = access(s);
    // THEN it is UNKNOWN, naming the mailbox's section
    assertThat(access.denied()).isEqualTo(Tri.UNKNOWN);
    assertThat(access.unknownBecause())
        .isEqualTo("not collected: mailboxes[a@contoso.com].casMailbox");
  }

  @Test
  void an_allowing_decision_is_not_denied_even_when_relevance_is_unknown() {
    // GIVEN the graph profile, a mailbox of unknown host, and an Allow default
    Snapshot s =
        snapshot(
            """
            platform: { profile: graph }
            tenant:
              name: t
              deployment: hybrid
              activeSyncOrganizationSettings: { defaultAccessLevel: Allow }
              activeSyncDeviceAccessRules: []
            mailboxes: [ { address: a@contoso.com, casMailbox: {} } ]
            """);
    // WHEN its decision is predicted
    // THEN UNKNOWN AND FALSE is FALSE
    assertThat(access(s).relevant()).isEqualTo(Tri.UNKNOWN);
    assertThat(access(s).denied()).isEqualTo(Tri.FALSE);
  }
}
