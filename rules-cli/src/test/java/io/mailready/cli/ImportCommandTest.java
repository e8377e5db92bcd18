package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mailready import} and {@code mailready check DIR}. */
class ImportCommandTest {
  @TempDir Path temp;
  Path exports;
  Path platform;
  Snapshot example;

  @BeforeEach
  void renderContoso() throws IOException {
    example = Snapshots.read(ExamplesGoldenTest.EXAMPLES.resolve("contoso-online.yaml"));
    exports = temp.resolve("exports");
    platform = RawExports.render(example, exports);
  }

  @Test
  void writesTheSnapshotAndPrintsTheSummaryOnStandardError() throws IOException {
    // GIVEN raw exports and the platform's partial snapshot
    Path output = temp.resolve("out").resolve("contoso.yaml");
    // WHEN
    CliRun run =
        CliRun.run(
            "import", "--merge", platform.toString(), "-o", output.toString(), exports.toString());
    // THEN
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "read " + exports.resolve("Get-CASMailbox.json") + " (Get-CASMailbox (PowerShell))")
        .contains("deployment: exchange-online")
        .contains("not collected")
        .contains("wrote " + output);
    assertThat(Snapshots.read(output).tenant().name()).isEqualTo("contoso.com");
    assertThat(Files.readString(output)).startsWith("schema: mailready/v1\n");
    assertThat(Files.list(output.getParent())).containsExactly(output); // no temporary file left
    // AND it is readable as a file written directly would be, not private like a temporary file
    if (output.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void writesJsonWhenTheOutputEndsInJsonAndYamlToStandardOutputWithoutOne() throws IOException {
    Path output = temp.resolve("contoso.json");
    CliRun json = CliRun.run("import", "-o", output.toString(), exports.toString());
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(Files.readString(output)).startsWith("{");
    CliRun yaml = CliRun.run("import", "--verbose", exports.toString());
    assertThat(yaml.exitCode()).isZero();
    assertThat(yaml.out()).startsWith("schema: mailready/v1\n");
    assertThat(yaml.err())
        .contains(
            "dropped from Get-CASMailbox: 3 values of 1 properties the snapshot does not use (OWAEnabled)");
  }

  @Test
  void badExportsExitWithTwoAndWriteNothing() throws IOException {
    // GIVEN an export written with an enum as a number, and an existing output file
    Files.writeString(
        exports.resolve("Get-ActiveSyncOrganizationSettings.json"),
        "{\"DefaultAccessLevel\": 2}",
        StandardCharsets.UTF_8);
    Path output = temp.resolve("old.yaml");
    Files.writeString(output, "old", StandardCharsets.UTF_8);
    // WHEN
    CliRun run = CliRun.run("import", "-o", output.toString(), exports.toString());
    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains(
            "error: "
                + exports.resolve("Get-ActiveSyncOrganizationSettings.json")
                + ": at /DefaultAccessLevel: DefaultAccessLevel is the number 2, an enum written as"
                + " an integer")
        .contains("error: nothing written");
    assertThat(Files.readString(output)).isEqualTo("old");
  }

  @Test
  void neverWritesOverAnInputNorIntoAnInputFolder() {
    CliRun overMerge =
        CliRun.run(
            "import",
            "--merge",
            platform.toString(),
            "-o",
            platform.toString(),
            exports.toString());
    assertThat(overMerge.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(overMerge.err())
        .contains("error: -o " + platform + " is an input: write the snapshot to another file");
    CliRun intoFolder =
        CliRun.run("import", "-o", exports.resolve("snapshot.yaml").toString(), exports.toString());
    assertThat(intoFolder.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(intoFolder.err()).contains("is inside the input folder");
    assertThat(exports.resolve("snapshot.yaml")).doesNotExist();
  }

  @Test
  void checkImportsAFolderInMemoryWithTheSameMessages() {
    CliRun run = CliRun.run("check", "--merge", platform.toString(), exports.toString());
    assertThat(run.exitCode()).as(run.err()).isNotEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("import " + exports + ":")
        .contains("  deployment: exchange-online");
  }

  @Test
  void checkReportsBadExportsLikeABadSnapshot() throws IOException {
    Files.writeString(
        exports.resolve("Get-CASMailbox.json"), "[{\"EwsEnabled\": ", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("check", exports.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("error: " + exports.resolve("Get-CASMailbox.json") + ":1:");
  }
}
