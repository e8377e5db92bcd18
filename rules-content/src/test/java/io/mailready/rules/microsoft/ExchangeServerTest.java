package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Config;
import io.mailready.rule.Evaluation;
import io.mailready.snapshot.ExchangeServerVersion;
import io.mailready.snapshot.Tenant;
import io.mailready.snapshot.VirtualDirectories;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeServerTest {
  private static Tenant tenant(ExchangeServerVersion version, VirtualDirectories vdirs) {
    return new Tenant(
        "fabrikam.com",
        null,
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
        vdirs,
        null);
  }

  @Test
  void a_version_is_in_a_configured_list_only_when_it_is_set() {
    Evaluation evaluation =
        new Evaluation(
            LocalDate.of(2025, 6, 1),
            Config.of(Map.of("exsVersionsWithoutOAuth", List.of("2003", "2007", "2010"))));
    assertThat(
            ExchangeServer.versionIn(
                tenant(ExchangeServerVersion.V2010, null), evaluation, "exsVersionsWithoutOAuth"))
        .isTrue();
    assertThat(
            ExchangeServer.versionIn(
                tenant(ExchangeServerVersion.V2019, null), evaluation, "exsVersionsWithoutOAuth"))
        .isFalse();
    assertThat(ExchangeServer.versionIn(tenant(null, null), evaluation, "exsVersionsWithoutOAuth"))
        .isFalse();
  }
}
