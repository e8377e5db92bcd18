package io.mailready.snapshot;

/**
 * {@code Get-MobileDeviceMailboxPolicy}.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record MobileDeviceMailboxPolicy(
    String name, Boolean isDefault, Boolean allowNonProvisionableDevices) {}
