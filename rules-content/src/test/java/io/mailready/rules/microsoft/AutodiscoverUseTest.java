package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.ExchangeFixtures.evaluation;
import static io.mailready.rules.microsoft.ExchangeFixtures.snapshot;
import static io.mailready.rules.microsoft.ExchangeFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Tri;
import io.mailready.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class AutodiscoverUseTest {
  private static Snapshot tenant(String deployment, String profile, String mailbox) {
    return snapshot(
        "platform: { profile: "
            + profile
            + " }\n"
            + "tenant: { name: t, deployment: "
            + deployment
            + " }\n"
            + "mailboxes: [ "
            + mailbox
            + " ]\n");
  }

  @Test
  void an_exchange_server_mailbox_uses_autodiscover_whatever_its_authentication() {
    // GIVEN an Exchange Server mailbox with OAuth
    Snapshot s =
        tenant("exchange-server", "legacy", "{ address: a@Contoso.com, authMethod: oauth }");
    // WHEN autodiscoverUsed is derived
    AutodiscoverUse use = AutodiscoverUse.of(view(s, 0), evaluation("2025-06-01"));
    // THEN it is TRUE, for the lower-case mail domain
    assertThat(use.used()).isEqualTo(Tri.TRUE);
    assertThat(use.mailDomain()).isEqualTo("contoso.com");
  }

  @Test
  void oauth_to_exchange_online_does_not_use_autodiscover() {
    // GIVEN an Exchange Online mailbox with OAuth
    Snapshot s =
        tenant("exchange-online", "legacy", "{ address: a@contoso.com, authMethod: oauth }");
    // WHEN autodiscoverUsed is derived before the Basic cut-off
    AutodiscoverUse use = AutodiscoverUse.of(view(s, 0), evaluation("2022-01-01"));
    // THEN it is FALSE
    assertThat(use.used()).isEqualTo(Tri.FALSE);
  }

  @Test
  void basic_to_exchange_online_uses_autodiscover_only_before_the_cut_off() {
    // GIVEN an Exchange Online mailbox with Basic auth
    Snapshot s =
        tenant("exchange-online", "legacy", "{ address: a@contoso.com, authMethod: basic }");
    // WHEN autodiscoverUsed is derived the day before and on the cut-off
    // THEN it is TRUE before, FALSE from the cut-off
    assertThat(AutodiscoverUse.of(view(s, 0), evaluation("2022-09-29")).used()).isEqualTo(Tri.TRUE);
    assertThat(AutodiscoverUse.of(view(s, 0), evaluation("2022-09-30")).used())
        .isEqualTo(Tri.FALSE);
  }

  @Test
  void an_unset_authentication_method_on_exchange_online_before_the_cut_off_is_unknown() {
    // GIVEN an Exchange Online mailbox without authMethod
    Snapshot s = tenant("exchange-online", "legacy", "{ address: a@contoso.com }");
    // WHEN autodiscoverUsed is derived before the cut-off
    AutodiscoverUse use = AutodiscoverUse.of(view(s, 0), evaluation("2022-01-01"));
    // THEN it is UNKNOWN because of authMethod
    assertThat(use.used()).isEqualTo(Tri.UNKNOWN);
    assertThat(use.unknownBecause()).isEqualTo("mailboxes[a@contoso.com].authMethod is unset");
  }

  @Test
  void an_unknown_host_in_a_hybrid_tenant_is_unknown() {
    // GIVEN a hybrid tenant whose mailbox has no hostedIn, with OAuth
    Snapshot s = tenant("hybrid", "legacy", "{ address: a@contoso.com, authMethod: oauth }");
    // WHEN autodiscoverUsed is derived
    AutodiscoverUse use = AutodiscoverUse.of(view(s, 0), evaluation("2025-06-01"));
    // THEN it is UNKNOWN because of hostedIn
    assertThat(use.used()).isEqualTo(Tri.UNKNOWN);
    assertThat(use.unknownBecause()).contains("hostedIn is unset");
  }

  @Test
  void the_graph_profile_uses_autodiscover_for_exchange_server_mailboxes_only() {
    // GIVEN the graph profile and a hybrid tenant with one mailbox on each host
    Snapshot s =
        tenant(
            "hybrid",
            "graph",
            "{ address: a@contoso.com, hostedIn: exchange-server, authMethod: oauth },"
                + " { address: b@contoso.com, hostedIn: exchange-online, authMethod: basic }");
    // WHEN autodiscoverUsed is derived before the cut-off
    // THEN the Exchange Server mailbox uses it and the Exchange Online one (Graph) does not
    assertThat(AutodiscoverUse.of(view(s, 0), evaluation("2022-01-01")).used()).isEqualTo(Tri.TRUE);
    assertThat(AutodiscoverUse.of(view(s, 1), evaluation("2022-01-01")).used())
        .isEqualTo(Tri.FALSE);
  }

  @Test
  void the_mail_domain_is_the_domain_of_the_sign_in_address() {
    // GIVEN a mailbox that signs in with an address of another domain
    Snapshot s =
        tenant(
            "exchange-server",
            "legacy",
            "{ address: a@contoso.com, signInAddress: a@Litware.com, authMethod: oauth }");
    // WHEN autodiscoverUsed is derived
    AutodiscoverUse use = AutodiscoverUse.of(view(s, 0), evaluation("2025-06-01"));
    // THEN its mail domain is the sign-in address's
    assertThat(use.mailDomain()).isEqualTo("litware.com");
  }
}
