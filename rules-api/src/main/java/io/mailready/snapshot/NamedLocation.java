package io.mailready.snapshot;

import java.util.List;

/**
 * A Conditional Access IP named location.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record NamedLocation(
    String id, String displayName, Boolean isTrusted, List<IpRange> ipRanges) {
  /** Copies lists, so that a snapshot is immutable. */
  public NamedLocation {
    ipRanges = ipRanges == null ? List.of() : List.copyOf(ipRanges);
  }
}
