package io.mailready.snapshot;

/** The ActiveSync access state of a device partnership. */
public enum DeviceAccessState implements SnapshotValue {
  ALLOWED("Allowed"),
  BLOCKED("Blocked"),
  QUARANTINED("Quarantined"),
  DEVICE_DISCOVERY("DeviceDiscovery"),
  UNKNOWN("Unknown");

  private final String label;

  DeviceAccessState(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code Allowed}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
