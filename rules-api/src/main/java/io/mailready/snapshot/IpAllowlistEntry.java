package io.mailready.snapshot;

import java.util.List;

/**
 * One allowlist entry.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record IpAllowlistEntry(IpRange cidr, AllowlistPurpose purpose, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public IpAllowlistEntry {
    notCollected = Section.fields(IpAllowlistEntry.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public IpAllowlistEntry(IpRange cidr, AllowlistPurpose purpose) {
    this(cidr, purpose, null);
  }
}
