package io.mailready.rules.microsoft;

import io.mailready.snapshot.AllowlistPurpose;
import io.mailready.snapshot.IpAllowlist;
import io.mailready.snapshot.IpAllowlistEntry;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Platform;
import java.util.List;

/** {@code platformIps} and {@code platformEntries} of {@code requirements.md} 1.10. */
public final class NetworkAccess {
  private NetworkAccess() {}

  /**
   * {@code platformIps}: the platform's current addresses; null (UNKNOWN) when {@code
   * platform.ipAddresses} is absent or its {@code ip_addresses} is empty.
   */
  public static List<IpRange> platformIps(Platform platform) {
    if (platform.ipAddresses() == null || platform.ipAddresses().ipAddresses().isEmpty()) {
      return null;
    }
    return platform.ipAddresses().ipAddresses();
  }

  /**
   * {@code platformEntries}: the allowlist entries with purpose platform (an unset purpose is
   * {@code other}).
   */
  public static List<IpAllowlistEntry> platformEntries(IpAllowlist allowlist) {
    return allowlist.entries().stream()
        .filter(e -> e.purpose() == AllowlistPurpose.PLATFORM)
        .toList();
  }
}
