package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output never destroys input or leaves a truncated report; a bad snapshot among several does not
 * cost the others their reports; only regular files and standard input are read.
 */
class OutputSafetyTest {
  private static final Path CONTOSO = Path.of(TestSnapshots.DIR, "contoso.yaml");
  private static final Path FABRIKAM = Path.of(TestSnapshots.DIR, "fabrikam.yaml");

  @TempDir Path dir;

  @Test
  void refusesAnOutputThatIsOneOfTheInputs() throws IOException {
    // GIVEN a snapshot, checked into itself and into its own directory as JSON
    Path snapshot = Files.copy(CONTOSO, dir.resolve("contoso.json"));
    String before = Files.readString(snapshot);
    CliRun itself = CliRun.run("check", "--output", snapshot.toString(), snapshot.toString());
    CliRun intoItsDirectory =
        CliRun.run(
            "check", "--format", "json", "--output-dir", dir.toString(), snapshot.toString());

    // THEN both are refused before anything is written, and the snapshot is intact
    assertThat(itself.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(itself.err())
        .isEqualTo(
            "error: the report "
                + snapshot
                + " would overwrite the input "
                + snapshot
                + ": write it to another file\n");
    assertThat(intoItsDirectory.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(intoItsDirectory.err()).contains("would overwrite the input " + snapshot);
    assertThat(Files.readString(snapshot)).isEqualTo(before);
  }

  @Test
  void writesAReportInOneStepWithNoTemporaryFileLeftAndTheUsualPermissions() throws IOException {
    // GIVEN an earlier report, read-only for others
    Path report = Files.writeString(dir.resolve("contoso.json"), "stale");
    boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
    }

    // WHEN the snapshot is checked into it
    CliRun run =
        CliRun.run("check", "--format", "json", "--output", report.toString(), "" + CONTOSO);

    // THEN the report replaced it whole, keeping its permissions, and nothing else is in the folder
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(report)).startsWith("{").endsWith("}\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
          .isEqualTo("rw-r-----");
    }
  }

  @Test
  void aReportThatCannotBeWrittenToStandardOutputFailsWithAMessage() {
    // GIVEN standard output that fails like a full disk (check > /dev/full)
    Writer full =
        new Writer() {
          @Override
          public void write(char[] text, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();

    // WHEN a snapshot is checked
    int exitCode =
        Main.run(
            new String[] {"check", CONTOSO.toString()},
            new PrintWriter(full),
            new PrintWriter(err),
            io.mailready.snapshot.Snapshots::read,
            false);

    // THEN it fails, saying so
    assertThat(exitCode).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "error: cannot write the report to standard output (a full disk or a closed pipe)");
  }

  @Test
  void aBadSnapshotAmongGoodOnesIsReportedAndTheGoodOnesGetTheirReports() throws IOException {
    // GIVEN a good snapshot, a bad one, and a stale report of the bad one from an earlier run
    Path bad = Files.writeString(dir.resolve("broken.yaml"), "schema: mailready/v1\nplatform: [\n");
    Path out = Files.createDirectory(dir.resolve("out"));
    Path stale = Files.writeString(out.resolve("broken.json"), "{}");

    // WHEN both are checked into the output directory
    CliRun run =
        CliRun.run(
            "check",
            "--format",
            "json",
            "--output-dir",
            out.toString(),
            bad.toString(),
            "" + FABRIKAM);

    // THEN the good one's report is written, the bad one is reported with its place, its stale
    // report is removed, and the exit code says bad input
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.resolve("fabrikam.json")).exists();
    assertThat(stale).doesNotExist();
    assertThat(run.err())
        .startsWith("error: " + bad + ":")
        .contains("error: removed the stale report " + stale + " of " + bad);
  }

  @Test
  void readsStandardInputForADash() {
    // GIVEN a snapshot on standard input
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(readAll(FABRIKAM)));
      // WHEN - is checked
      CliRun run = CliRun.run("check", "--format", "json", "-");
      // THEN it is read and checked as the stdin snapshot
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).contains("\"tenant\": \"fabrikam.com\"");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void refusesAPipeInsteadOfBlockingOnItAndImportsADirectory() throws Exception {
    // GIVEN a named pipe (where mkfifo exists) and a directory without exports
    Path fifo = dir.resolve("pipe.yaml");
    boolean made = false;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      // no mkfifo: the directory alone is checked
    }
    Path directory = Files.createDirectory(dir.resolve("folder.yaml"));

    // WHEN they are checked with the real reader
    CliRun run =
        made
            ? CliRun.run("check", fifo.toString(), directory.toString())
            : CliRun.run("check", directory.toString());

    // THEN the pipe is refused at once as not a regular file, and the directory is a folder of
    // raw exports to import, which names what is missing
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("error: " + directory + ": no tenant name: no Get-AcceptedDomain default domain");
    if (made) {
      assertThat(run.err())
          .contains(
              "error: cannot read snapshot "
                  + fifo
                  + ": not a regular file (a directory, a pipe or a device)");
    }
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
