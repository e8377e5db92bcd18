package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Tri;
import io.mailready.snapshot.ConditionalAccessPolicy;
import io.mailready.snapshot.ConditionalAccessState;
import io.mailready.snapshot.Entra;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import io.mailready.snapshot.NamedLocation;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.PlatformIpAddresses;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalAccessReachTest {
  private static final Platform PLATFORM =
      new Platform(
          "Nylas",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          new PlatformIpAddresses(List.of(IpRange.parse("34.67.39.103")), null));

  /** A policy blocking every sign-in from outside the office, for the given users. */
  private static ConditionalAccessView outsideOffice(List<String> includeUsers) {
    ConditionalAccessPolicy policy =
        new ConditionalAccessPolicy(
            "ca2",
            "Block outside office",
            ConditionalAccessState.ENABLED,
            List.of(),
            includeUsers,
            List.of(),
            List.of("All"),
            List.of("All"),
            List.of("nl-office"),
            List.of("block"));
    Entra entra =
        new Entra(
            false,
            null,
            null,
            List.of(),
            List.of(),
            List.of(policy),
            List.of(
                new NamedLocation(
                    "nl-office", "Office", true, List.of(IpRange.parse("192.0.2.0/24")))));
    return ConditionalAccessView.of(policy, entra, PLATFORM);
  }

  private static MailboxView mailbox(String address, Tri exo) {
    MailboxHost host =
        exo == Tri.UNKNOWN
            ? null
            : exo == Tri.TRUE ? MailboxHost.EXCHANGE_ONLINE : MailboxHost.EXCHANGE_SERVER;
    Mailbox mailbox =
        new Mailbox(
            address, address, address, List.of(), null, null, host, null, null, null, null, null,
            List.of(), null, null, null);
    return new MailboxView(
        address,
        mailbox,
        host,
        exo,
        exo.not(),
        Tri.TRUE,
        Tri.TRUE,
        address,
        address,
        List.of(),
        "contoso.com");
  }

  @Test
  void the_view_evaluates_the_tenant_wide_helpers_once() {
    // GIVEN a policy blocking all sign-ins from outside the office
    ConditionalAccessView view = outsideOffice(List.of("All"));
    // THEN it is an enforced, blocking, mail, location-based policy hitting the platform address
    assertThat(view.enforced() && view.blocks() && view.targetsMail()).isTrue();
    assertThat(view.legacyOnly()).isFalse();
    assertThat(view.hasLocationCondition()).isTrue();
    assertThat(view.hitsPlatform()).isEqualTo(Tri.TRUE);
    assertThat(view.platformIpsHit()).containsExactly(IpRange.parse("34.67.39.103"));
    assertThat(view.locationScope()).isEqualTo("from outside 'Office' (nl-office)");
  }

  @Test
  void a_policy_reaching_an_exchange_online_mailbox_blocks_the_platform() {
    // GIVEN an Exchange Online and an Exchange Server mailbox, both included
    ConditionalAccessReach reach =
        ConditionalAccessReach.of(
            outsideOffice(List.of("All")),
            List.of(
                mailbox("carol@contoso.com", Tri.TRUE), mailbox("dave@contoso.com", Tri.FALSE)));
    // THEN it applies, listing only the Exchange Online mailbox
    assertThat(reach.blocksPlatform()).isEqualTo(Tri.TRUE);
    assertThat(reach.addresses()).containsExactly("carol@contoso.com");
    assertThat(reach.unknownBecause()).isNull();
  }

  @Test
  void a_policy_reaching_only_mailboxes_of_unknown_host_is_unknown() {
    // GIVEN an included mailbox whose host is unknown, and an excluded Exchange Online one
    ConditionalAccessReach reach =
        ConditionalAccessReach.of(
            outsideOffice(List.of("erin@contoso.com")),
            List.of(
                mailbox("erin@contoso.com", Tri.UNKNOWN), mailbox("carol@contoso.com", Tri.TRUE)));
    // THEN it is UNKNOWN, naming the mailbox
    assertThat(reach.blocksPlatform()).isEqualTo(Tri.UNKNOWN);
    assertThat(reach.unknownBecause()).isEqualTo("hostedIn is unknown for erin@contoso.com");
  }

  @Test
  void a_policy_reaching_no_exchange_online_mailbox_does_not_block() {
    // GIVEN only an Exchange Server mailbox, and no mailbox at all
    ConditionalAccessView view = outsideOffice(List.of("All"));
    // WHEN / THEN neither reaches an Exchange Online mailbox
    assertThat(
            ConditionalAccessReach.of(view, List.of(mailbox("dave@contoso.com", Tri.FALSE)))
                .blocksPlatform())
        .isEqualTo(Tri.FALSE);
    assertThat(ConditionalAccessReach.of(view, List.of()).blocksPlatform()).isEqualTo(Tri.FALSE);
  }

  @Test
  void without_mailboxes_only_a_policy_for_all_users_counts() {
    // GIVEN policies for all users and for one named user, and no mailboxes collected
    // WHEN / THEN caAllUsers decides
    ConditionalAccessReach all =
        ConditionalAccessReach.withoutMailboxes(outsideOffice(List.of("All")));
    assertThat(all.blocksPlatform()).isEqualTo(Tri.TRUE);
    assertThat(all.addresses()).containsExactly("all users (mailboxes not collected)");
    assertThat(
            ConditionalAccessReach.withoutMailboxes(outsideOffice(List.of("carol@contoso.com")))
                .blocksPlatform())
        .isEqualTo(Tri.FALSE);
  }
}
