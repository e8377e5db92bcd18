package io.mailready.snapshot;

/** What an allowlist entry is for. */
public enum AllowlistPurpose implements SnapshotValue {
  PLATFORM("platform"),
  OTHER("other");

  private final String label;

  AllowlistPurpose(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code platform}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
