package io.mailready.snapshot;

/** What an ActiveSync device access rule matches on. */
public enum DeviceCharacteristic implements SnapshotValue {
  DEVICE_MODEL("DeviceModel"),
  DEVICE_TYPE("DeviceType"),
  DEVICE_OS("DeviceOS"),
  USER_AGENT("UserAgent"),
  XMSWL_HEADER("XMSWLHeader");

  private final String label;

  DeviceCharacteristic(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code DeviceModel}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
