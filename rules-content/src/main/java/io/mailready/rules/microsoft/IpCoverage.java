package io.mailready.rules.microsoft;

import io.mailready.snapshot.IpRange;
import java.util.Collection;
import java.util.List;

/**
 * CIDR containment over lists of ranges and addresses, for {@code covered(ip)} and the stale
 * entries of {@code requirements.md} 1.10: generic CIDR math that DRL should not spell out. An IPv4
 * range never contains an IPv6 address, nor the reverse.
 */
public final class IpCoverage {
  private IpCoverage() {}

  /** Whether one of {@code ranges} contains {@code address}. */
  public static boolean anyContains(Collection<IpRange> ranges, IpRange address) {
    return ranges.stream().anyMatch(range -> range.contains(address));
  }

  /** The first of {@code ranges} that contains {@code address}, or null. */
  public static IpRange firstContaining(List<IpRange> ranges, IpRange address) {
    return ranges.stream().filter(range -> range.contains(address)).findFirst().orElse(null);
  }

  /** Whether {@code range} contains one of {@code addresses}. */
  public static boolean containsAny(IpRange range, Collection<IpRange> addresses) {
    return addresses.stream().anyMatch(range::contains);
  }

  /**
   * The addresses of {@code addresses} that are in {@code some}, in the order of {@code addresses}
   * (DRL collects facts in firing order, which is not the list's).
   */
  public static List<IpRange> inOrder(List<IpRange> addresses, Collection<?> some) {
    return addresses.stream().filter(some::contains).toList();
  }
}
