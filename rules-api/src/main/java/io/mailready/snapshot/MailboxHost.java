package io.mailready.snapshot;

/** Where one mailbox is hosted. */
public enum MailboxHost implements SnapshotValue {
  EXCHANGE_ONLINE("exchange-online"),
  EXCHANGE_SERVER("exchange-server");

  private final String label;

  MailboxHost(String label) {
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
