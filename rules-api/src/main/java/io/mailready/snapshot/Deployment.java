package io.mailready.snapshot;

/** Where the tenant's Exchange runs. */
public enum Deployment implements SnapshotValue {
  EXCHANGE_ONLINE("exchange-online"),
  EXCHANGE_SERVER("exchange-server"),
  HYBRID("hybrid");

  private final String label;

  Deployment(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code exchange-online}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
