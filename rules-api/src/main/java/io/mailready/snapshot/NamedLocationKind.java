package io.mailready.snapshot;

/**
 * What a Conditional Access named location names: IP ranges, countries, or the compliant network of
 * Global Secure Access. Only IP locations can be decided from the platform's addresses.
 */
public enum NamedLocationKind implements SnapshotValue {
  IP("ip"),
  COUNTRY("country"),
  COMPLIANT_NETWORK("compliantNetwork");

  private final String label;

  NamedLocationKind(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code ip}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
