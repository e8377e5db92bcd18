package io.mailready.snapshot;

import java.util.List;

/**
 * A Conditional Access IP named location.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record NamedLocation(
    String id,
    String displayName,
    Boolean isTrusted,
    List<IpRange> ipRanges,
    NamedLocationKind kind,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public NamedLocation {
    ipRanges = ipRanges == null ? List.of() : List.copyOf(ipRanges);
    kind = kind == null ? NamedLocationKind.IP : kind;
    notCollected = Section.fields(NamedLocation.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public NamedLocation(String id, String displayName, Boolean isTrusted, List<IpRange> ipRanges) {
    this(id, displayName, isTrusted, ipRanges, null, null);
  }
}
