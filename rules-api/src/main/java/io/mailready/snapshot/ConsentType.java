package io.mailready.snapshot;

/**
 * Whether a permission grant is tenant-wide ({@code AllPrincipals}) or for one user ({@code
 * Principal}).
 */
public enum ConsentType implements SnapshotValue {
  ALL_PRINCIPALS("AllPrincipals"),
  PRINCIPAL("Principal");

  private final String label;

  ConsentType(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code AllPrincipals}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
