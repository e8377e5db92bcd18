package io.mailready.snapshot;

/**
 * Whether a requested permission is delegated ({@code Scope}) or an application role ({@code
 * Role}).
 */
public enum PermissionType implements SnapshotValue {
  SCOPE("Scope"),
  ROLE("Role");

  private final String label;

  PermissionType(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code Scope}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
