package io.mailready.snapshot;

import java.util.List;

/**
 * {@code Get-MobileDeviceMailboxPolicy}.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record MobileDeviceMailboxPolicy(
    String name, Boolean isDefault, Boolean allowNonProvisionableDevices, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public MobileDeviceMailboxPolicy {
    notCollected = Section.fields(MobileDeviceMailboxPolicy.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public MobileDeviceMailboxPolicy(
      String name, Boolean isDefault, Boolean allowNonProvisionableDevices) {
    this(name, isDefault, allowNonProvisionableDevices, null);
  }
}
