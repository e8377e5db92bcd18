package io.mailready.snapshot;

import java.util.List;

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
    String deviceAccessStateReason,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public MobileDevice {
    notCollected = Section.fields(MobileDevice.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public MobileDevice(
      String deviceId,
      String deviceUserAgent,
      String deviceType,
      String deviceModel,
      DeviceAccessState deviceAccessState,
      String deviceAccessStateReason) {
    this(
        deviceId,
        deviceUserAgent,
        deviceType,
        deviceModel,
        deviceAccessState,
        deviceAccessStateReason,
        null);
  }
}
