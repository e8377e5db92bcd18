package io.mailready.rules.microsoft;

import io.mailready.snapshot.EwsVirtualDirectory;
import io.mailready.snapshot.Tenant;
import java.util.List;

/** Values the fixes of GEN-AUTH-001 cite ({@code requirements.md} 0.10). */
public final class OAuthFixes {
  private OAuthFixes() {}

  /**
   * {@code {server}}: the server of the first EWS virtual directory, preferring one with an
   * external URL; null when {@code tenant.virtualDirectories} is not collected or has none.
   */
  public static String ewsServer(Tenant tenant) {
    if (tenant.virtualDirectories() == null) {
      return null;
    }
    List<EwsVirtualDirectory> vdirs = tenant.virtualDirectories().ews();
    return vdirs.stream()
        .filter(v -> !Texts.unset(v.externalUrl()) && !Texts.unset(v.server()))
        .findFirst()
        .or(() -> vdirs.stream().filter(v -> !Texts.unset(v.server())).findFirst())
        .map(v -> v.server().strip())
        .orElse(null);
  }
}
