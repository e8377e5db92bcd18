package io.mailready.cli;

import io.mailready.imports.Import;
import io.mailready.imports.Imported;
import io.mailready.imports.SnapshotWriter;
import io.mailready.snapshot.SnapshotException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code mailready import} command: turns raw exports (Exchange PowerShell, the Exchange admin
 * API, Microsoft Graph, ScubaGear, the platform's IP list) into a snapshot, with partial snapshots
 * merged over them.
 */
@Command(
    name = "import",
    description =
        "Turns raw exports (Exchange PowerShell ConvertTo-Json, Exchange admin API, Microsoft Graph,"
            + " ScubaGear, the platform's IP list) into a mailready/v1 snapshot.",
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the snapshot was written",
      "2:bad export, unreadable file or bad option (nothing written)",
      "4:unexpected failure (run with --debug for the stack trace)"
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--merge",
      paramLabel = "FILE",
      description =
          "A partial snapshot (any sections; mailboxes matched by address) merged over the import:"
              + " its values win, and each conflict is printed. Repeatable.")
  List<Path> merges = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "SNAPSHOT",
      description =
          "Write the snapshot to SNAPSHOT (JSON when it ends in .json, else YAML) instead of"
              + " standard output; written whole or not at all, never over an input.")
  Path output;

  @Option(names = "--verbose", description = "Name every dropped source property.")
  boolean verbose;

  @Option(names = "--debug", description = "Print the stack trace of an unexpected failure.")
  boolean debug;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Export files, or directories of them (e.g. Get-CASMailbox.json, graph.users.json).")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && !outputAllowed(err)) {
      return ExitCodes.BAD_INPUT;
    }
    Imported imported;
    try {
      imported = Import.from(paths, merges);
    } catch (SnapshotException e) {
      e.problems().forEach(problem -> err.println("error: " + problem));
      err.println("error: nothing written: fix the exports above and import again");
      return ExitCodes.BAD_INPUT;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    imported.summary().lines(verbose).forEach(err::println);
    boolean json =
        output != null
            && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    String text =
        json ? SnapshotWriter.json(imported.snapshot()) : SnapshotWriter.yaml(imported.snapshot());
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return ExitCodes.OK;
    }
    try {
      OutputFiles.writeAtomically(output, writer -> writer.write(text));
    } catch (IOException e) {
      err.println("error: cannot write " + output + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    err.println("wrote " + output);
    return ExitCodes.OK;
  }

  /**
   * The output must not be an input, nor inside an input folder (the next import would read it).
   */
  private boolean outputAllowed(PrintWriter err) {
    Path target = output.toAbsolutePath().normalize();
    List<Path> inputs = new ArrayList<>(paths);
    inputs.addAll(merges);
    for (Path input : inputs) {
      Path absolute = input.toAbsolutePath().normalize();
      if (OutputFiles.sameFile(output, input)) {
        err.println("error: -o " + output + " is an input: write the snapshot to another file");
        return false;
      }
      if (Files.isDirectory(input) && target.startsWith(absolute)) {
        err.println(
            "error: -o "
                + output
                + " is inside the input folder "
                + input
                + ": the next import of that folder would merge it; write it elsewhere");
        return false;
      }
    }
    return true;
  }
}
