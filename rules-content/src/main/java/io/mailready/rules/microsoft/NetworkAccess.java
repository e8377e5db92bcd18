package io.mailready.rules.microsoft;

import io.mailready.rule.Tri;
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
    if (platform.ipAddresses() == null
        || !platform.collected("ipAddresses")
        || !platform.ipAddresses().collected("ipAddresses")
        || platform.ipAddresses().ipAddresses().isEmpty()) {
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
        .filter(e -> e.collected("purpose") && e.purpose() == AllowlistPurpose.PLATFORM)
        .toList();
  }

  /**
   * Why the allowlist's {@code fields} are not all known: {@code tenant.ipAllowlist.entries}, or
   * one of {@code fields} of an entry, is in a {@code notCollected} list (e.g. {@code not
   * collected: tenant.ipAllowlist.entries[2].purpose}, counted from 1); null when all collected.
   */
  public static String entriesNotCollected(IpAllowlist allowlist, String... fields) {
    String missing = Collected.missing(allowlist, "tenant.ipAllowlist", "entries");
    for (int i = 0; missing == null && i < allowlist.entries().size(); i++) {
      missing =
          Collected.missing(
              allowlist.entries().get(i), "tenant.ipAllowlist.entries[" + (i + 1) + "]", fields);
    }
    return missing;
  }

  /**
   * {@code hasPlatformAllowlistEntries}: TRUE with a collected platform entry, UNKNOWN when without
   * one an entry's purpose (or the entries) were not collected.
   */
  public static Tri hasPlatformEntries(IpAllowlist allowlist) {
    if (!platformEntries(allowlist).isEmpty()) {
      return Tri.TRUE;
    }
    return entriesNotCollected(allowlist, "purpose") == null ? Tri.FALSE : Tri.UNKNOWN;
  }
}
