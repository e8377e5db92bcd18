package io.mailready.cli;

import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads a snapshot file: {@code Snapshots::read} in production, a stand-in in tests. */
@FunctionalInterface
interface SnapshotLoader {
  /**
   * Reads the file.
   *
   * @throws SnapshotException if the content is not a valid snapshot
   * @throws UncheckedIOException if the file cannot be read
   */
  Snapshot load(Path file);
}
