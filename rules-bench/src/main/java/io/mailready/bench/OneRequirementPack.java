package io.mailready.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a directory pack that overrides one bundled requirement with an unchanged copy of it, as a
 * maintainer does before editing it (README, "Walkthrough: change a rule").
 *
 * <p>The requirement's files are found from the bundled pack's own {@code pack.yaml} (named in
 * {@code META-INF/mailready/packs}), so the copy follows the pack's layout: a requirement listed as
 * a stem is its {@code stem.*} files, one listed as a folder is the folder's files; test cases
 * ({@code *.cases.yaml}) are left out.
 */
final class OneRequirementPack {
  /** The requirement copied: a per-mailbox check, as in the README's walkthrough. */
  static final String REQUIREMENT = "exch-ews-002";

  private static final String PACKS_INDEX = "META-INF/mailready/packs";
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s*([^\\s#]+)");

  private OneRequirementPack() {}

  /**
   * Writes the pack into {@code directory} (created if missing) and returns the stem it lists.
   *
   * @throws IllegalStateException if no bundled pack lists a requirement named {@code fragment}
   */
  static String write(Path directory, String fragment) throws IOException {
    for (String packYaml : bundledPackFiles()) {
      URL url = OneRequirementPack.class.getClassLoader().getResource(packYaml);
      if (url == null) {
        continue;
      }
      try (ResourceRoot root = ResourceRoot.of(url)) {
        Path bundled = root.path();
        String stem = requirementStem(Files.readString(bundled), fragment);
        if (stem == null) {
          continue;
        }
        Path packDir = bundled.getParent();
        List<Path> files = requirementFiles(packDir, stem);
        if (files.isEmpty()) {
          throw new IllegalStateException(
              "bundled pack " + packYaml + " lists " + stem + " but has no file for it");
        }
        for (Path file : files) {
          Path copy = directory.resolve(packDir.relativize(file).toString());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
        }
        Files.writeString(
            directory.resolve("pack.yaml"),
            "# one bundled requirement, copied unchanged, to time building a directory pack\n"
                + "id: bench-one-requirement\n"
                + "version: 0.1.0\n"
                + "requirements:\n"
                + "  - "
                + stem
                + "\n");
        return stem;
      }
    }
    throw new IllegalStateException(
        "no bundled pack lists a requirement matching " + fragment + " (" + PACKS_INDEX + ")");
  }

  /** The stem of the first listed requirement containing {@code fragment}, or null. */
  static String requirementStem(String packYaml, String fragment) {
    boolean inRequirements = false;
    for (String line : packYaml.split("\n", -1)) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
        inRequirements = line.startsWith("requirements:");
        continue;
      }
      Matcher item = LIST_ITEM.matcher(line);
      if (inRequirements && item.find() && item.group(1).contains(fragment)) {
        String stem = item.group(1);
        return stem.endsWith("/") ? stem.substring(0, stem.length() - 1) : stem;
      }
    }
    return null;
  }

  private static List<Path> requirementFiles(Path packDir, String stem) throws IOException {
    Path named = packDir.resolve(stem);
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(named)) {
      try (Stream<Path> walk = Files.walk(named)) {
        walk.filter(Files::isRegularFile).filter(f -> !isCases(f)).forEach(files::add);
      }
    } else if (Files.isDirectory(named.getParent())) {
      String prefix = named.getFileName().toString() + ".";
      try (Stream<Path> list = Files.list(named.getParent())) {
        list.filter(f -> f.getFileName().toString().startsWith(prefix))
            .filter(f -> !isCases(f))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static boolean isCases(Path file) {
    return file.getFileName().toString().endsWith(".cases.yaml");
  }

  /** The pack.yaml resources of the bundled packs, from every jar's index. */
  private static List<String> bundledPackFiles() throws IOException {
    List<String> packs = new ArrayList<>();
    var indexes = OneRequirementPack.class.getClassLoader().getResources(PACKS_INDEX);
    while (indexes.hasMoreElements()) {
      try (InputStream in = indexes.nextElement().openStream();
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> line.split("\\s+")[0])
            .forEach(packs::add);
      }
    }
    return packs;
  }

  /** A resource as a path, in its jar's file system when it is in a jar. */
  private record ResourceRoot(Path path, FileSystem opened) implements AutoCloseable {
    static ResourceRoot of(URL url) throws IOException {
      try {
        URI uri = url.toURI();
        if (!"jar".equals(uri.getScheme())) {
          return new ResourceRoot(Path.of(uri), null);
        }
        try {
          return new ResourceRoot(FileSystems.getFileSystem(uri).provider().getPath(uri), null);
        } catch (FileSystemNotFoundException notOpen) {
          FileSystem fs = FileSystems.newFileSystem(uri, Map.of());
          return new ResourceRoot(fs.provider().getPath(uri), fs);
        }
      } catch (URISyntaxException e) {
        throw new UncheckedIOException(new IOException("bad resource address " + url, e));
      }
    }

    @Override
    public void close() throws IOException {
      if (opened != null) {
        opened.close();
      }
    }
  }
}
