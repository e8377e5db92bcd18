package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Cause;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.ExchangeServerVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthRefusalTest {
  private static CheckResult refused(Protocol protocol, String check, Cause cause) {
    return new CheckResult("a@contoso.com", protocol, check, Tri.FALSE, cause, null);
  }

  @Test
  void a_policy_cause_names_the_policy_and_its_switch() {
    // GIVEN W7 refused by an authentication policy
    CheckResult check =
        refused(
            Protocol.EWS,
            "W7",
            Cause.of("EWS_AUTH_REFUSED")
                .with("authMethod", AuthMethod.BASIC)
                .with("policy", "No legacy")
                .with("switch", "BlockLegacyAuthWebServices"));
    // WHEN it is read
    AuthRefusal refusal = AuthRefusal.of(check);
    // THEN it is a policy refusal over EWS
    assertThat(refusal.kind()).isEqualTo(AuthRefusal.POLICY);
    assertThat(refusal.protocol()).isEqualTo("EWS");
    assertThat(refusal.policy()).isEqualTo("No legacy");
    assertThat(refusal.switchName()).isEqualTo("BlockLegacyAuthWebServices");
    assertThat(refusal.server()).isNull();
  }

  @Test
  void a_vdir_cause_lists_the_servers_and_offers_the_first() {
    // GIVEN A6 refused by the ActiveSync vdirs of two servers
    CheckResult check =
        refused(
            Protocol.EAS,
            "A6",
            Cause.of("EAS_AUTH_REFUSED")
                .with("authMethod", AuthMethod.BASIC)
                .with("servers", List.of("EX01", "EX02"))
                .with("switch", "BasicAuthEnabled"));
    // WHEN it is read
    AuthRefusal refusal = AuthRefusal.of(check);
    // THEN it is a vdir refusal over ActiveSync
    assertThat(refusal.kind()).isEqualTo(AuthRefusal.VDIR);
    assertThat(refusal.protocol()).isEqualTo("ActiveSync");
    assertThat(refusal.servers()).containsExactly("EX01", "EX02");
    assertThat(refusal.server()).isEqualTo("EX01");
  }

  @Test
  void a_version_cause_names_the_version() {
    // GIVEN W7 refused because the Exchange Server version has no OAuth
    CheckResult check =
        refused(
            Protocol.EWS,
            "W7",
            Cause.of("EWS_AUTH_REFUSED")
                .with("authMethod", AuthMethod.OAUTH)
                .with("exchangeServerVersion", ExchangeServerVersion.V2010)
                .with("switch", "OAuth (version)"));
    // WHEN it is read
    AuthRefusal refusal = AuthRefusal.of(check);
    // THEN it is a version refusal
    assertThat(refusal.kind()).isEqualTo(AuthRefusal.VERSION);
    assertThat(refusal.version()).isEqualTo(ExchangeServerVersion.V2010);
    assertThat(refusal.servers()).isEmpty();
  }
}
