package io.mailready.rules.microsoft;

import io.mailready.snapshot.IpAllowlist;
import io.mailready.snapshot.IpAllowlistEntry;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.PlatformIpAddresses;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Which current platform IPs the tenant allowlist admits ({@code covered(ip)}, 1.10): entries of
 * any purpose count.
 *
 * @param total the number of current platform addresses
 * @param missing the addresses no entry contains
 * @param covered each covered address with the entry that covers it ({@code ip in cidr})
 * @param updated the UTC date of the platform list, or null when unknown
 */
public record IpCoverage(
    int total, List<IpRange> missing, List<String> covered, LocalDate updated) {

  /** Computes the coverage of the platform list by the allowlist. */
  public static IpCoverage of(IpAllowlist allowlist, PlatformIpAddresses platform) {
    List<IpRange> missing = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    for (IpRange ip : platform.ipAddresses()) {
      IpAllowlistEntry entry =
          allowlist.entries().stream()
              .filter(e -> e.collected("cidr") && e.cidr() != null && e.cidr().contains(ip))
              .findFirst()
              .orElse(null);
      if (entry == null) {
        missing.add(ip);
      } else {
        covered.add(ip + " in " + entry.cidr());
      }
    }
    LocalDate updated =
        platform.updatedAt() == null
            ? null
            : LocalDate.ofInstant(platform.updatedAt(), ZoneOffset.UTC);
    return new IpCoverage(platform.ipAddresses().size(), missing, covered, updated);
  }
}
