package io.mailready.cli;

import io.mailready.imports.Import;
import io.mailready.imports.Imported;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

  /**
   * Reads a snapshot file, or imports a directory of raw exports in memory (as {@code mailready
   * import} would), then merges partial snapshots over it; an import's summary goes to {@code err}.
   *
   * @throws SnapshotException if an export, the snapshot or a merged file is not valid
   * @throws UncheckedIOException if a file cannot be read
   */
  default Snapshot load(Path path, List<Path> merges, PrintWriter err) {
    if (!Files.isDirectory(path) && merges.isEmpty()) {
      return load(path);
    }
    Imported imported =
        Files.isDirectory(path)
            ? Import.from(List.of(path), merges)
            : Import.merge(load(path), merges);
    err.println("import " + path + ":");
    imported.summary().lines(false).forEach(line -> err.println("  " + line));
    return imported.snapshot();
  }
}
