package io.mailready.snapshot;

/**
 * {@code Get-MobileDevice -Mailbox}: one device partnership.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record MobileDevice(
    String deviceId,
    String deviceUserAgent,
    String deviceType,
    String deviceModel,
    DeviceAccessState deviceAccessState,
    String deviceAccessStateReason) {}
