package io.mailready.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes export files whole or not at all: to a temporary file in the same directory, then moved
 * over the name, so a reader never sees half a file. UTF-8 without a byte order mark.
 */
final class ExportFiles {
  private ExportFiles() {}

  static void write(Path directory, String name, JsonNode content, ObjectMapper json)
      throws IOException {
    byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content);
    Path target = directory.resolve(name);
    Path temporary = Files.createTempFile(directory, ".mailready-", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
