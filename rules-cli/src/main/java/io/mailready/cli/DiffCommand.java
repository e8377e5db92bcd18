package io.mailready.cli;

import io.mailready.Report;
import io.mailready.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code mailready diff} command: what changed between two JSON reports of a tenant. */
@Command(
    name = "diff",
    description = {
      "Compares two JSON reports (mailready check --format json) and prints the findings that are"
          + " new, fixed, still failing, or changed severity. A finding is keyed by requirement"
          + " and subject; waived findings do not count as failing."
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no new finding",
      "1:new findings in NEW",
      "2:unreadable file, not a report, or bad option",
      "4:unexpected failure"
    })
final class DiffCommand implements Callable<Integer> {
  /** The output formats of the diff. */
  enum DiffFormat {
    TEXT,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiffFormat format = DiffFormat.TEXT;

  @Option(names = "--debug", description = "Print the stack trace of an unexpected failure.")
  boolean debug;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier JSON report.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later JSON report.")
  Path newFile;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Report before = read(oldFile, err);
    Report after = read(newFile, err);
    if (before == null || after == null) {
      return ExitCodes.BAD_INPUT;
    }
    ReportDiff diff = ReportDiff.of(before, after);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == DiffFormat.JSON
            ? diff.json(oldFile.toString(), newFile.toString())
            : diff.text(oldFile.toString(), newFile.toString()));
    out.flush();
    return diff.added().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** The report in the file, or null with the problem on stderr. */
  private static Report read(Path file, PrintWriter err) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("error: cannot read report " + file + ": no such file");
      return null;
    } catch (IOException e) {
      err.println("error: cannot read report " + file + ": " + e.getMessage());
      return null;
    }
    try {
      return ReportJson.read(json);
    } catch (IllegalArgumentException e) {
      err.println("error: " + file + ": " + e.getMessage());
      return null;
    }
  }
}
