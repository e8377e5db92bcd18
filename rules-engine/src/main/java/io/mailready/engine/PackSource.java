package io.mailready.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where a pack's files come from: a classpath folder or a directory. */
interface PackSource {

  /** A file of a pack: the path shown in messages, its path relative to the pack, its text. */
  record Entry(String displayPath, String relativePath, String text) {}

  /**
   * The file at {@code relativePath} (e.g. {@code
   * exchange/exch-ews-002-mailbox-ews/exch-ews-002-mailbox-ews.yaml}), or null.
   */
  Entry read(String relativePath) throws IOException;

  /** Every file of the pack with one of the extensions, or an empty list if it cannot be listed. */
  List<String> list(String... extensions) throws IOException;

  /**
   * How the pack is named in the report, e.g. {@code classpath:io/mailready/...} or a directory.
   */
  String description();

  /** Files of a pack on the classpath, below the folder of its {@code pack.yaml}. */
  static PackSource classpath(ClassLoader loader, String folder) {
    return new PackSource() {
      @Override
      public Entry read(String relativePath) throws IOException {
        String resource = folder + relativePath;
        try (InputStream in = loader.getResourceAsStream(resource)) {
          return in == null
              ? null
              : new Entry(
                  resource, relativePath, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }

      @Override
      public List<String> list(String... extensions) {
        return List.of(); // a jar folder cannot be listed portably; pack.yaml lists the files
      }

      @Override
      public String description() {
        return "classpath:" + folder;
      }
    };
  }

  /** Files of a pack in a directory. */
  static PackSource directory(Path root) {
    return new PackSource() {
      @Override
      public Entry read(String relativePath) throws IOException {
        Path file = root.resolve(relativePath);
        return Files.isRegularFile(file)
            ? new Entry(
                file.toString(), relativePath, Files.readString(file, StandardCharsets.UTF_8))
            : null;
      }

      @Override
      public List<String> list(String... extensions) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
          return files
              .filter(Files::isRegularFile)
              .map(file -> root.relativize(file).toString().replace('\\', '/'))
              .filter(name -> Stream.of(extensions).anyMatch(name::endsWith))
              // a requirement's cases and the snapshots they build on are test files
              .filter(name -> !name.endsWith(".cases.yaml") && !name.endsWith(".snapshot.yaml"))
              .sorted()
              .toList();
        }
      }

      @Override
      public String description() {
        return root.toString();
      }
    };
  }
}
