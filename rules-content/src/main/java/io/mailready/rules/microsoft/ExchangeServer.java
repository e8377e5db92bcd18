package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.snapshot.Tenant;

/** The Exchange Server version of a tenant, compared with a configured list of versions. */
public final class ExchangeServer {
  private ExchangeServer() {}

  /** True when the tenant's Exchange Server version is in the configured list {@code key}. */
  public static boolean versionIn(Tenant tenant, Evaluation evaluation, String key) {
    return tenant.exchangeServerVersion() != null
        && Texts.in(tenant.exchangeServerVersion().label(), evaluation.config().strings(key));
  }
}
