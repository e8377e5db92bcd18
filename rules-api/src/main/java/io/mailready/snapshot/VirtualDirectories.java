package io.mailready.snapshot;

import java.util.List;

/**
 * Exchange Server virtual directories.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record VirtualDirectories(
    List<EwsVirtualDirectory> ews,
    List<ActiveSyncVirtualDirectory> activeSync,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public VirtualDirectories {
    ews = ews == null ? List.of() : List.copyOf(ews);
    activeSync = activeSync == null ? List.of() : List.copyOf(activeSync);
    notCollected = Section.fields(VirtualDirectories.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public VirtualDirectories(
      List<EwsVirtualDirectory> ews, List<ActiveSyncVirtualDirectory> activeSync) {
    this(ews, activeSync, null);
  }
}
