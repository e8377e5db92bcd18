package io.mailready.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads tenant snapshots (YAML or JSON, format {@code mailready/v1}). */
public final class Snapshots {
  private Snapshots() {}

  /**
   * Reads a snapshot file: a regular file only, as a pipe or a device may block for ever.
   *
   * @throws SnapshotException listing every problem, each with file, line and column
   * @throws UncheckedIOException if the file cannot be read or is not a regular file
   */
  public static Snapshot read(Path file) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      IOException notAFile =
          new IOException("not a regular file (a directory, a pipe or a device)");
      throw new UncheckedIOException(
          "cannot read snapshot " + file + ": " + notAFile.getMessage(), notAFile);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a snapshot from a stream; {@code name} is used in error messages.
   *
   * @throws SnapshotException listing every problem, each with name, line and column
   */
  public static Snapshot read(InputStream in, String name) {
    return SnapshotReader.read(in, name);
  }
}
