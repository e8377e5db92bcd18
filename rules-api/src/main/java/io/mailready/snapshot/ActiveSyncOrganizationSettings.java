package io.mailready.snapshot;

import java.util.List;

/**
 * {@code Get-ActiveSyncOrganizationSettings}.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ActiveSyncOrganizationSettings(
    AccessLevel defaultAccessLevel, List<String> notCollected) implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public ActiveSyncOrganizationSettings {
    notCollected = Section.fields(ActiveSyncOrganizationSettings.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public ActiveSyncOrganizationSettings(AccessLevel defaultAccessLevel) {
    this(defaultAccessLevel, null);
  }
}
