package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.snapshot.Tenant;
import io.mailready.snapshot.VirtualDirectory;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Exchange Server side of a tenant: its version, and its EWS and ActiveSync virtual directories
 * as the catalog reads them (W5, W7, A2, A6). Published means an external URL; "every published
 * vdir refuses" reads all vdirs when none is published, since mailboxes do not name their server
 * (section 4, gap 5).
 */
public final class ExchangeServer {
  private ExchangeServer() {}

  /** True when some vdir has an external URL. */
  public static boolean published(List<? extends VirtualDirectory> vdirs) {
    return vdirs.stream().anyMatch(v -> !Texts.unset(v.externalUrl()));
  }

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

  /** The vdirs as {@code server: internalUrl}, for messages. */
  public static List<String> servers(List<? extends VirtualDirectory> vdirs) {
    return vdirs.stream().map(v -> v.server() + ": " + v.internalUrl()).toList();
  }

  /**
   * The server for the {@code {server}} placeholder of fixes: the first published vdir's, else the
   * first vdir's; null when there is none.
   */
  public static String firstServer(List<? extends VirtualDirectory> vdirs) {
    return publishedOrAll(vdirs).stream()
        .map(VirtualDirectory::server)
        .filter(server -> !Texts.unset(server))
        .map(String::strip)
        .findFirst()
        .orElse(null);
  }

  /**
   * {@link #firstServer} of the EWS vdirs; null when {@code tenant.virtualDirectories} is absent.
   */
  public static String ewsServer(Tenant tenant) {
    return tenant.virtualDirectories() == null
        ? null
        : firstServer(tenant.virtualDirectories().ews());
  }

  /** True when the tenant's Exchange Server version is in the configured list {@code key}. */
  public static boolean versionIn(Tenant tenant, Evaluation evaluation, String key) {
    return tenant.exchangeServerVersion() != null
        && Texts.in(tenant.exchangeServerVersion().label(), evaluation.config().strings(key));
  }
}
