package io.mailready.rules.microsoft;

import io.mailready.snapshot.AllowlistPurpose;
import io.mailready.snapshot.IpAllowlist;
import io.mailready.snapshot.IpAllowlistEntry;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.PlatformIpAddresses;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Whether the platform allowlist is current (GEN-NET-003; {@code requirements.md} 1.10). */
public final class AllowlistReview {
  private AllowlistReview() {}

  /**
   * (a) The {@code platformEntries} that contain none of the current platform addresses, in the
   * allowlist's order. Entries of purpose {@code other} (or unset) are never stale.
   */
  public static List<IpRange> staleEntries(IpAllowlist allowlist, PlatformIpAddresses platform) {
    return allowlist.entries().stream()
        .filter(e -> e.collected("purpose") && e.purpose() == AllowlistPurpose.PLATFORM)
        .filter(e -> e.collected("cidr") && e.cidr() != null)
        .map(IpAllowlistEntry::cidr)
        .filter(cidr -> platform.ipAddresses().stream().noneMatch(cidr::contains))
        .toList();
  }

  /** (a) True when some platform entry contains none of the current platform addresses. */
  public static boolean hasStaleEntries(IpAllowlist allowlist, PlatformIpAddresses platform) {
    return !staleEntries(allowlist, platform).isEmpty();
  }

  /** {@code platformIpsUpdated}: the UTC date of {@code updated_at}, or null when unknown. */
  public static LocalDate updated(PlatformIpAddresses platform) {
    return platform.updatedAt() == null
        ? null
        : LocalDate.ofInstant(platform.updatedAt(), ZoneOffset.UTC);
  }

  /**
   * (b) Both {@code reviewedAt} and {@code platformIpsUpdated} are known and the review is older
   * than the platform list.
   */
  public static boolean changedSinceReview(IpAllowlist allowlist, PlatformIpAddresses platform) {
    LocalDate updated = updated(platform);
    return allowlist.reviewedAt() != null
        && updated != null
        && allowlist.reviewedAt().isBefore(updated);
  }
}
