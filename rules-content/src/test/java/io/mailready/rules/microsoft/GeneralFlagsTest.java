package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Config;
import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.ExchangeServerVersion;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Profile;
import io.mailready.snapshot.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneralFlagsTest {
  private static final Evaluation EVALUATION =
      new Evaluation(
          LocalDate.of(2025, 6, 1),
          Config.of(Map.of("exsVersionsWithoutAdProtectionIssue", List.of("2003", "2007"))));

  private static Tenant tenant(Deployment deployment, ExchangeServerVersion version) {
    return new Tenant(
        "contoso.com",
        deployment,
        version,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Platform platform(Profile profile) {
    return new Platform(null, profile, null, null, null, null, null, null, null);
  }

  private static Mailbox mailbox(AuthMethod method) {
    return new Mailbox(
        "carol@contoso.com",
        null,
        null,
        null,
        null,
        null,
        null,
        method,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void the_deployment_is_unknown_to_every_clause_when_it_is_unset() {
    // GIVEN tenants of each deployment, and one without
    // WHEN deployment == exchange-online is asked
    // THEN only the unset deployment is UNKNOWN
    assertThat(
            GeneralFlags.deploymentIs(
                tenant(Deployment.EXCHANGE_ONLINE, null), Deployment.EXCHANGE_ONLINE))
        .isEqualTo(Tri.TRUE);
    assertThat(
            GeneralFlags.deploymentIs(tenant(Deployment.HYBRID, null), Deployment.EXCHANGE_ONLINE))
        .isEqualTo(Tri.FALSE);
    assertThat(GeneralFlags.deploymentIs(tenant(null, null), Deployment.EXCHANGE_ONLINE))
        .isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void exchange_online_or_hybrid_is_unknown_when_the_deployment_is_unset() {
    // GIVEN each deployment, and none
    // WHEN deployment ∈ {exchange-online, hybrid} is asked
    // THEN Exchange Server is FALSE and an unset deployment UNKNOWN
    assertThat(GeneralFlags.exoOrHybrid(tenant(Deployment.EXCHANGE_ONLINE, null)))
        .isEqualTo(Tri.TRUE);
    assertThat(GeneralFlags.exoOrHybrid(tenant(Deployment.HYBRID, null))).isEqualTo(Tri.TRUE);
    assertThat(GeneralFlags.exoOrHybrid(tenant(Deployment.EXCHANGE_SERVER, null)))
        .isEqualTo(Tri.FALSE);
    assertThat(GeneralFlags.exoOrHybrid(tenant(null, null))).isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void hybrid_is_true_only_for_hybrid_and_unknown_when_unset() {
    // GIVEN each deployment, and none
    // WHEN deployment == hybrid is asked
    // THEN only hybrid is TRUE and an unset deployment UNKNOWN
    assertThat(GeneralFlags.hybrid(tenant(Deployment.HYBRID, null))).isEqualTo(Tri.TRUE);
    assertThat(GeneralFlags.hybrid(tenant(Deployment.EXCHANGE_SERVER, null))).isEqualTo(Tri.FALSE);
    assertThat(GeneralFlags.hybrid(tenant(null, null))).isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void ad_protection_issue_from_exchange_2010_and_for_an_unset_version() {
    // GIVEN versions before, at and after 2010, and an unset version
    // WHEN the version is compared with exsVersionsWithoutAdProtectionIssue
    // THEN 2003 and 2007 are not affected; 2010, SE and an unset version are
    assertThat(
            GeneralFlags.adProtectionIssue(tenant(null, ExchangeServerVersion.V2007), EVALUATION))
        .isFalse();
    assertThat(
            GeneralFlags.adProtectionIssue(tenant(null, ExchangeServerVersion.V2010), EVALUATION))
        .isTrue();
    assertThat(GeneralFlags.adProtectionIssue(tenant(null, ExchangeServerVersion.SE), EVALUATION))
        .isTrue();
    assertThat(GeneralFlags.adProtectionIssue(tenant(null, null), EVALUATION)).isTrue();
  }

  @Test
  void basic_auth_is_unknown_when_the_method_is_unset() {
    // GIVEN mailboxes with Basic, OAuth and no authentication method
    // WHEN authMethod == basic is asked
    // THEN an unset method is UNKNOWN
    assertThat(GeneralFlags.basicAuth(mailbox(AuthMethod.BASIC))).isEqualTo(Tri.TRUE);
    assertThat(GeneralFlags.basicAuth(mailbox(AuthMethod.OAUTH))).isEqualTo(Tri.FALSE);
    assertThat(GeneralFlags.basicAuth(mailbox(null))).isEqualTo(Tri.UNKNOWN);
  }
}
