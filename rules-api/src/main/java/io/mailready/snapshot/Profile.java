package io.mailready.snapshot;

/**
 * The platform's protocol profile: EWS/ActiveSync everywhere, or Microsoft Graph for Exchange
 * Online mailboxes.
 */
public enum Profile implements SnapshotValue {
  LEGACY("legacy"),
  GRAPH("graph");

  private final String label;

  Profile(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code legacy}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
