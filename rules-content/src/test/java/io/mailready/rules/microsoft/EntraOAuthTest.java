package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.EntraSnapshots.snapshot;
import static io.mailready.rules.microsoft.EntraSnapshots.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Flag;
import io.mailready.rule.Tri;
import io.mailready.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class EntraOAuthTest {
  private static Snapshot hybrid(String hostedIn, String authMethod) {
    return snapshot(
        "hybrid",
        "name: Nylas",
        null,
        "- { address: a@contoso.com, hostedIn: %s, authMethod: %s }"
            .formatted(hostedIn, authMethod));
  }

  @Test
  void an_exchange_online_mailbox_on_oauth_uses_entra() {
    // GIVEN an Exchange Online mailbox on OAuth  WHEN the flag is derived  THEN it is TRUE
    assertThat(EntraOAuth.mailboxFlag(view(hybrid("exchange-online", "oauth"), 0)).value())
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void basic_auth_or_exchange_server_decides_false_even_when_the_other_value_is_unknown() {
    // GIVEN Basic auth with an unknown host, and Exchange Server with an unknown method
    // WHEN the flags are derived  THEN both are FALSE (Kleene AND)
    assertThat(EntraOAuth.usesEntraOAuth(view(hybrid("null", "basic"), 0))).isEqualTo(Tri.FALSE);
    assertThat(EntraOAuth.usesEntraOAuth(view(hybrid("exchange-server", "null"), 0)))
        .isEqualTo(Tri.FALSE);
  }

  @Test
  void an_unknown_value_makes_the_flag_unknown_and_says_which() {
    // GIVEN an unknown host, and then an unknown method
    Flag host = EntraOAuth.mailboxFlag(view(hybrid("null", "oauth"), 0));
    Flag method = EntraOAuth.mailboxFlag(view(hybrid("exchange-online", "null"), 0));
    // WHEN derived  THEN UNKNOWN, naming the missing field
    assertThat(host.value()).isEqualTo(Tri.UNKNOWN);
    assertThat(host.unknownBecause()).contains("mailboxes[a@contoso.com].hostedIn");
    assertThat(method.value()).isEqualTo(Tri.UNKNOWN);
    assertThat(method.unknownBecause()).isEqualTo("mailboxes[a@contoso.com].authMethod is unset");
  }

  @Test
  void the_tenant_has_exchange_online_unless_it_is_exchange_server() {
    // GIVEN tenants of each deployment  WHEN asked  THEN Exchange Server has none, unset is unknown
    Snapshot online = snapshot("name: Nylas", null, null);
    Snapshot server = snapshot("exchange-server", "name: Nylas", null, null);
    Snapshot unset = snapshot("null", "name: Nylas", null, null);
    assertThat(EntraOAuth.exchangeOnlineFlag(online.tenant()).value()).isEqualTo(Tri.TRUE);
    assertThat(EntraOAuth.exchangeOnlineFlag(hybrid("null", "null").tenant()).value())
        .isEqualTo(Tri.TRUE);
    assertThat(EntraOAuth.exchangeOnlineFlag(server.tenant()).value()).isEqualTo(Tri.FALSE);
    assertThat(EntraOAuth.exchangeOnlineFlag(unset.tenant()).unknownBecause())
        .isEqualTo("tenant.deployment is unset");
  }
}
