package io.mailready.snapshot;

import java.io.InputStream;

/** Placeholder until the reader lands. */
final class SnapshotReader {
  private SnapshotReader() {}

  static Snapshot read(InputStream in, String name) {
    throw new UnsupportedOperationException("not yet");
  }
}
