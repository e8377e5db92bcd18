package io.mailready.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** How the commands write their output files: whole or not at all, and never over an input. */
final class OutputFiles {
  private OutputFiles() {}

  /** Writes what {@code content} writes, as UTF-8. */
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /**
   * Writes to a temporary file in the target's directory, then moves it into place in one step: a
   * full disk, a failure or a kill never leaves a truncated file under the final name.
   */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      readableAsBefore(temporary, absolute);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A temporary file is private to its owner; the output gets the permissions of the file it
   * replaces, or rw-r--r--, as a file created directly would have.
   */
  private static void readableAsBefore(Path temporary, Path file) throws IOException {
    if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(file)
            ? Files.getPosixFilePermissions(file)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, permissions);
  }

  /** Whether two paths name the same file (an output that would overwrite an input). */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall back to comparing the paths.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
