package io.mailready.snapshot;

/** An enum value of the snapshot format, read case-insensitively in either spelling. */
public interface SnapshotValue {
  /** The spelling used in {@code snapshot.md} and in reports, e.g. {@code exchange-online}. */
  String label();
}
