package io.mailready.snapshot;

import java.util.List;

/**
 * {@code Get-ActiveSyncDeviceAccessRule}: one device access rule.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ActiveSyncDeviceAccessRule(
    String name,
    DeviceCharacteristic characteristic,
    String queryString,
    AccessLevel accessLevel,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public ActiveSyncDeviceAccessRule {
    notCollected = Section.fields(ActiveSyncDeviceAccessRule.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public ActiveSyncDeviceAccessRule(
      String name,
      DeviceCharacteristic characteristic,
      String queryString,
      AccessLevel accessLevel) {
    this(name, characteristic, queryString, accessLevel, null);
  }
}
