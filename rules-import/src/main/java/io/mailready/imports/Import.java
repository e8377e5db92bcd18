package io.mailready.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Turns real exports into a snapshot: Exchange PowerShell {@code ConvertTo-Json} output and
 * Exchange admin API responses named after their cmdlet ({@code Get-CASMailbox.json}), Microsoft
 * Graph responses ({@code graph.<resource>.json}), ScubaGear's {@code ProviderSettingsExport.json},
 * the platform's IP list, and partial snapshots ({@code schema: mailready/v1}) merged over them.
 *
 * <pre>{@code
 * Imported imported = Import.from(Path.of("exports/"));
 * Report report = Checker.standard().check(imported.snapshot());
 * }</pre>
 */
public final class Import {
  private Import() {}

  /**
   * Imports files and directories of exports (a directory's files, not its subdirectories); a
   * partial snapshot among them is merged over what the exports give.
   *
   * @throws SnapshotException with every problem found, each with its file and JSON pointer or line
   *     and column
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Imported from(Path... paths) {
    checkNotNull(paths, "paths");
    return from(Arrays.asList(paths), List.of());
  }

  /**
   * Imports files and directories of exports, then merges partial snapshot files over them in the
   * order given (the {@code --merge} files of {@code mailready import}): their values win, and each
   * conflict is in the summary.
   *
   * @throws SnapshotException with every problem found
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Imported from(List<Path> paths, List<Path> mergeFiles) {
    checkNotNull(paths, "paths");
    checkNotNull(mergeFiles, "mergeFiles");
    checkArgument(!paths.isEmpty() || !mergeFiles.isEmpty(), "nothing to import");
    return new Importer().run(List.copyOf(paths), List.copyOf(mergeFiles));
  }

  /**
   * Merges partial snapshot files over a whole snapshot, in the order given: their values win, and
   * each conflict is in the summary.
   *
   * @throws SnapshotException with every problem found in the partial snapshots
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Imported merge(Snapshot snapshot, List<Path> mergeFiles) {
    checkNotNull(snapshot, "snapshot");
    checkNotNull(mergeFiles, "mergeFiles");
    return new Importer().merge(snapshot, List.copyOf(mergeFiles));
  }
}
