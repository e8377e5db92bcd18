package io.mailready.snapshot;

import static com.google.common.base.Preconditions.checkNotNull;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.IncompatibleAddressException;

/**
 * An IPv4 or IPv6 address range in CIDR notation; a bare address is a /32 (or /128).
 *
 * <p>Immutable. Two ranges are equal when they are written the same way after normalisation.
 */
public final class IpRange {
  // Dotted or colon notation with an optional prefix length only: no ranges, wildcards, masks or
  // inet_aton shorthands such as "10.1", which a firewall admin would not mean.
  private static final IPAddressStringParameters STRICT =
      new IPAddressStringParameters.Builder()
          .allowEmpty(false)
          .allowAll(false)
          .allowMask(false)
          .allowSingleSegment(false)
          .allowWildcardedSeparator(false)
          .setRangeOptions(IPAddressStringParameters.RangeParameters.NO_RANGE)
          .getIPv4AddressParametersBuilder()
          .allow_inet_aton(false)
          .getParentBuilder()
          .toParams();

  private final String text;
  private final IPAddress range;

  private IpRange(String text, IPAddress range) {
    this.text = text;
    this.range = range;
  }

  /**
   * Parses an address or CIDR, without any DNS lookup.
   *
   * @throws IllegalArgumentException if {@code text} is not an IPv4/IPv6 address or CIDR
   */
  public static IpRange parse(String text) {
    checkNotNull(text, "text");
    String trimmed = text.trim();
    IPAddressString parsed = new IPAddressString(trimmed, STRICT);
    try {
      IPAddress address = parsed.toAddress();
      if (address == null || !(address.isIPv4() || address.isIPv6())) {
        throw new IllegalArgumentException("not an IP address or CIDR: '" + text + "'");
      }
      return new IpRange(trimmed, address.toPrefixBlock());
    } catch (AddressStringException | IncompatibleAddressException e) {
      throw new IllegalArgumentException("not an IP address or CIDR: '" + text + "'", e);
    }
  }

  /** True when {@code inner} is of the same family and lies within this range. */
  public boolean contains(IpRange inner) {
    checkNotNull(inner, "inner");
    return range.isIPv4() == inner.range.isIPv4() && range.contains(inner.range);
  }

  /** The range as written in the snapshot, trimmed. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpRange that && range.equals(that.range);
  }

  @Override
  public int hashCode() {
    return range.hashCode();
  }
}
