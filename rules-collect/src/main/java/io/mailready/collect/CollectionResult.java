package io.mailready.collect;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Collector#collect()} did: the files it wrote (names in the output directory, the
 * manifest last), and every failure, one line each; {@link #complete()} is true when nothing
 * failed. The manifest has the details of every call.
 */
public record CollectionResult(Path manifest, List<String> filesWritten, List<String> failures) {
  public CollectionResult {
    filesWritten = List.copyOf(filesWritten);
    failures = List.copyOf(failures);
  }

  /** True when every call succeeded and every export was written whole. */
  public boolean complete() {
    return failures.isEmpty();
  }
}
