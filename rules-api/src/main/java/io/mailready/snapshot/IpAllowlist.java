package io.mailready.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * Firewall / named-location entries admitting outside callers.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record IpAllowlist(
    LocalDate reviewedAt, List<IpAllowlistEntry> entries, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public IpAllowlist {
    entries = entries == null ? List.of() : List.copyOf(entries);
    notCollected = Section.fields(IpAllowlist.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public IpAllowlist(LocalDate reviewedAt, List<IpAllowlistEntry> entries) {
    this(reviewedAt, entries, null);
  }
}
