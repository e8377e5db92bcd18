package io.mailready.snapshot;

import java.time.Instant;
import java.util.List;

/**
 * The platform API's current egress IP list, verbatim ({@code ip_addresses}, {@code updated_at}).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record PlatformIpAddresses(
    @SnapshotKey("ip_addresses") List<IpRange> ipAddresses,
    @SnapshotKey("updated_at") Instant updatedAt,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public PlatformIpAddresses {
    ipAddresses = ipAddresses == null ? List.of() : List.copyOf(ipAddresses);
    notCollected = Section.fields(PlatformIpAddresses.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public PlatformIpAddresses(
      @SnapshotKey("ip_addresses") List<IpRange> ipAddresses,
      @SnapshotKey("updated_at") Instant updatedAt) {
    this(ipAddresses, updatedAt, null);
  }
}
