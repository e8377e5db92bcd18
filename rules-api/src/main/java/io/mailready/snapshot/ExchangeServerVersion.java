package io.mailready.snapshot;

/** The major version of Exchange Server. */
public enum ExchangeServerVersion implements SnapshotValue {
  V2003("2003"),
  V2007("2007"),
  V2010("2010"),
  V2013("2013"),
  V2016("2016"),
  V2019("2019"),
  SE("SE");

  private final String label;

  ExchangeServerVersion(String label) {
    this.label = label;
  }

  /** The spelling {@code snapshot.md} uses, e.g. {@code 2003}. */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
