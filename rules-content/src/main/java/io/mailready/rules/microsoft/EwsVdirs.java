package io.mailready.rules.microsoft;

import io.mailready.snapshot.EwsVirtualDirectory;
import java.util.List;

/** The EWS virtual directories as messages and fixes cite them (EXCH-EWS-004). */
public final class EwsVdirs {
  private EwsVdirs() {}

  /** True when some EWS virtual directory has an external URL (W5). */
  public static boolean published(List<EwsVirtualDirectory> vdirs) {
    return vdirs.stream().anyMatch(v -> !Texts.unset(v.externalUrl()));
  }

  /** The vdirs as {@code server: internalUrl}. */
  public static List<String> servers(List<EwsVirtualDirectory> vdirs) {
    return vdirs.stream().map(v -> v.server() + ": " + v.internalUrl()).toList();
  }

  /** The first vdir's server, for the {@code {server}} placeholder of fixes; null when none. */
  public static String firstServer(List<EwsVirtualDirectory> vdirs) {
    return vdirs.isEmpty() ? null : vdirs.get(0).server();
  }
}
