package io.mailready.snapshot;

/** An ActiveSync access level. */
public enum AccessLevel implements SnapshotValue {
  ALLOW("Allow"),
  BLOCK("Block"),
  QUARANTINE("Quarantine");

  private final String label;

  AccessLevel(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code Allow}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
