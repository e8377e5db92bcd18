package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.snapshot.Tenant;
import io.mailready.snapshot.VirtualDirectory;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Exchange Server side of a tenant: its version, and its EWS and ActiveSync virtual directories
 * as W7 and A6 read them. Published means an external URL; "every published vdir refuses" reads all
 * vdirs when none is published, since mailboxes do not name their server (section 4, gap 5).
 */
public final class ExchangeServer {
  private ExchangeServer() {}

  /** The vdirs with an external URL, or all of them when none has one. */
  public static <V extends VirtualDirectory> List<V> publishedOrAll(List<V> vdirs) {
    List<V> external = vdirs.stream().filter(v -> !Texts.unset(v.externalUrl())).toList();
    return external.isEmpty() ? vdirs : external;
  }

  /**
   * The servers of the published vdirs (see {@link #publishedOrAll}) when there are some and every
   * one refuses; otherwise empty.
   */
  public static <V extends VirtualDirectory> List<String> refusingServers(
      List<V> vdirs, Predicate<V> refuses) {
    List<V> published = publishedOrAll(vdirs);
    return !published.isEmpty() && published.stream().allMatch(refuses)
        ? published.stream().map(VirtualDirectory::server).toList()
        : List.of();
  }

  /** True when the tenant's Exchange Server version is in the configured list {@code key}. */
  public static boolean versionIn(Tenant tenant, Evaluation evaluation, String key) {
    return tenant.exchangeServerVersion() != null
        && Texts.in(tenant.exchangeServerVersion().label(), evaluation.config().strings(key));
  }
}
