package io.mailready.snapshot;

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
    AccessLevel accessLevel) {}
