package io.mailready.snapshot;

/** The EWS application access policy of the organisation or a mailbox. */
public enum EwsApplicationAccessPolicy implements SnapshotValue {
  ENFORCE_ALLOW_LIST("EnforceAllowList"),
  ENFORCE_BLOCK_LIST("EnforceBlockList");

  private final String label;

  EwsApplicationAccessPolicy(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code EnforceAllowList}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
