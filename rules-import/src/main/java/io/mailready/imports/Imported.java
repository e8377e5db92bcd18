package io.mailready.imports;

import io.mailready.snapshot.Snapshot;

/**
 * The result of an import: the snapshot, ready for {@code Checker.check}, and what the import did.
 *
 * @param snapshot the snapshot, as {@code Snapshots.read} would read it
 * @param summary which file gave what, what was dropped, what stays not collected
 */
public record Imported(Snapshot snapshot, ImportSummary summary) {}
