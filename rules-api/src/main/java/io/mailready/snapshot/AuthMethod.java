package io.mailready.snapshot;

/** How a mailbox authenticates to the platform. */
public enum AuthMethod implements SnapshotValue {
  OAUTH("oauth"),
  BASIC("basic");

  private final String label;

  AuthMethod(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code oauth}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
