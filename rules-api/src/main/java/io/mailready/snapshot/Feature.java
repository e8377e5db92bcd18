package io.mailready.snapshot;

/** A feature the application needs from the platform. */
public enum Feature implements SnapshotValue {
  EMAIL("email"),
  CALENDAR("calendar"),
  CONTACTS("contacts");

  private final String label;

  Feature(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code email}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
