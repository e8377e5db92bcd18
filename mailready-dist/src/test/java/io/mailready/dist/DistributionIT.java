package io.mailready.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the release archive as an admin would, in a directory of its own, and runs its launcher:
 * the archive's layout, the bundled example checked, the version line, and the licence files in the
 * archive and in the runnable jar.
 */
class DistributionIT {
  static final String VERSION = System.getProperty("mailready.version");
  static final Path ARCHIVE = Path.of(System.getProperty("mailready.archive", "target/missing"));
  static final String ROOT = "mailready-" + VERSION + "/";

  @TempDir Path dir;

  @Test
  void theZipAndTheTarGzHoldTheSameInstallation() throws IOException {
    // GIVEN the two archives built by this module
    // WHEN their entries are listed
    Set<String> zip = zipEntries(Path.of(ARCHIVE + ".zip"));
    Set<String> tar = tarEntries(Path.of(ARCHIVE + ".tar.gz"));

    // THEN they hold the launcher, the jar, the licence files and the examples
    assertThat(zip)
        .contains(
            ROOT + "bin/mailready",
            ROOT + "bin/mailready.cmd",
            ROOT + "lib/mailready.jar",
            ROOT + "LICENSE",
            ROOT + "NOTICE",
            ROOT + "README.md",
            ROOT + "CHANGELOG.md",
            ROOT + "examples/contoso-online.yaml");
    assertThat(tar).containsAll(zip.stream().filter(e -> !e.endsWith("/")).toList());
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theUnpackedLauncherChecksTheBundledExample() throws Exception {
    // GIVEN the zip unpacked in an empty directory, and an empty cache for the CDS archive
    Path home = unzip(Path.of(ARCHIVE + ".zip"), dir.resolve("install")).resolve(ROOT);
    Path launcher = home.resolve("bin/mailready");
    Path cache = Files.createDirectories(dir.resolve("cache"));

    // WHEN its launcher checks the bundled contoso example, twice (the second run uses the
    // class-data-sharing archive the first one wrote)
    Run first = run(cache, launcher.toString(), "check", "examples/contoso-online.yaml");
    Run second = run(cache, launcher.toString(), "check", "examples/contoso-online.yaml");

    // THEN it prints the report and exits 1 (the example is not ready), the same both times, and
    // the JVM printed nothing into the report
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
    assertThat(first.out())
        .startsWith("examples/contoso-online.yaml\n  tenant:    contoso.com\n")
        .contains("\nNOT READY: ");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.exitCode()).isEqualTo(1);
    try (var files = Files.list(cache.resolve("mailready"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .singleElement()
          .asString()
          .endsWith(".jsa");
    }
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void versionNamesTheBuildCommitAndTheBundledPack() throws Exception {
    // GIVEN the unpacked archive
    Path home = unzip(Path.of(ARCHIVE + ".zip"), dir.resolve("install")).resolve(ROOT);

    // WHEN the launcher runs with --version
    Run version = run(dir, home.resolve("bin/mailready").toString(), "--version");

    // THEN the version, the commit it was built from, and the pack's id and version
    assertThat(version.exitCode()).isZero();
    assertThat(version.out())
        .matches(
            "mailready "
                + VERSION.replace(".", "\\.")
                + " \\(commit [0-9a-f]{7,}(-dirty)?\\)\n"
                + "rules: microsoft-email-admin \\d+\\.\\d+\\.\\d+\n");
  }

  @Test
  void theRunnableJarCarriesTheProjectNoticeAndTheBundledJarsNotices() throws IOException {
    // GIVEN the jar of the unpacked archive
    Path home = unzip(Path.of(ARCHIVE + ".zip"), dir.resolve("install")).resolve(ROOT);
    try (JarFile jar = new JarFile(home.resolve("lib/mailready.jar").toFile())) {
      // WHEN its merged NOTICE and LICENSE are read
      String notice = text(jar, "META-INF/NOTICE");
      String license = text(jar, "META-INF/LICENSE");

      // THEN the NOTICE starts with the project's and holds those of the Apache-licensed jars
      assertThat(notice)
          .startsWith("mailready\n")
          .contains("Drools")
          .contains("Apache Commons CSV");
      assertThat(license).contains("Apache License").contains("Version 2.0");
    }
  }

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  record Run(int exitCode, String out, String err) {}

  private static Run run(Path cache, String... command) throws Exception {
    Path home = Path.of(command[0]).getParent().getParent();
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    Map<String, String> env = builder.environment();
    env.put("XDG_CACHE_HOME", cache.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader =
        new Thread(
            () -> {
              try {
                process.getErrorStream().transferTo(err);
              } catch (IOException ignored) {
                // the process ended
              }
            });
    errReader.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher ends").isTrue();
    errReader.join();
    return new Run(process.exitValue(), out, err.toString(StandardCharsets.UTF_8));
  }

  private static Set<String> zipEntries(Path zip) throws IOException {
    Set<String> names = new TreeSet<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  /** The names in a tar.gz: ustar headers of 512 bytes, name at 0 and octal size at 124. */
  private static Set<String> tarEntries(Path tarGz) throws IOException {
    Set<String> names = new TreeSet<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
      byte[] header = new byte[512];
      String longName = null;
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        long size = Long.parseLong(field(header, 124, 12).trim(), 8);
        byte type = header[156];
        byte[] data = in.readNBytes((int) ((size + 511) / 512 * 512));
        if (type == 'L') { // GNU long name: the next entry's name is the data
          longName = new String(data, 0, (int) size, StandardCharsets.UTF_8).replace("\0", "");
          continue;
        }
        names.add(longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name);
        longName = null;
      }
    }
    return names;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static Path unzip(Path zip, Path target) throws IOException {
    List<Path> executables = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path out = target.resolve(e.getName()).normalize();
        assertThat(out.startsWith(target)).as("%s inside %s", out, target).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out);
          if (e.getName().endsWith("bin/mailready")) {
            executables.add(out);
          }
        }
      }
    }
    for (Path executable : executables) {
      // java.util.zip does not read Unix modes; the tar.gz keeps them, as does unzip(1).
      Set<PosixFilePermission> modes =
          new java.util.HashSet<>(Files.getPosixFilePermissions(executable));
      modes.add(PosixFilePermission.OWNER_EXECUTE);
      Files.setPosixFilePermissions(executable, modes);
    }
    return target;
  }
}
