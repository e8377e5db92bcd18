package io.mailready.cli;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.PolicyException;
import io.mailready.Report;
import io.mailready.ReportJson;
import io.mailready.RuleContentException;
import io.mailready.Severity;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code mailready check} command: checks snapshot files and prints their reports. */
@Command(
    name = "check",
    description = "Checks tenant snapshot files against the rules and reports the findings.",
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every tenant is ready, with no finding at or above --fail-on",
      "1:a tenant is not ready, or has a finding at or above --fail-on",
      "2:bad snapshot, unreadable file or bad option",
      "3:broken rule content, or no engine on the classpath",
      "4:unexpected failure (run with --debug for the stack trace)"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--min-severity",
      paramLabel = "LEVEL",
      description =
          "Show only findings at or above LEVEL in text output: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}). The summary line still counts every finding.")
  Severity minSeverity = Severity.INFO;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit with 1 when an unwaived finding is at or above LEVEL: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}). A tenant that is not ready always fails.")
  Severity failOn = Severity.ERROR;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "A rule pack directory to load after the bundled packs; repeatable.")
  List<Path> ruleDirectories = new ArrayList<>();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A policy file: disabled requirements, severity overrides, waivers.")
  Path policy;

  @Option(names = "--no-color", description = "Never colour the text output.")
  boolean noColor;

  @Option(names = "--debug", description = "Print the stack trace of an unexpected failure.")
  boolean debug;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Snapshot files (YAML or JSON, format mailready/v1).")
  List<Path> files;

  private final SnapshotLoader loader;
  private final boolean colorTerminal;

  /**
   * Creates the command.
   *
   * @param loader reads snapshot files
   * @param colorTerminal whether standard output is a terminal that may be coloured
   */
  CheckCommand(SnapshotLoader loader, boolean colorTerminal) {
    this.loader = loader;
    this.colorTerminal = colorTerminal;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!optionFilesExist(err)) {
      return ExitCodes.BAD_INPUT;
    }
    // Every file is read before the rules are compiled: input errors come fast, and all at once.
    List<Snapshot> snapshots = new ArrayList<>();
    boolean badInput = false;
    for (Path file : files) {
      try {
        snapshots.add(loader.load(file));
      } catch (SnapshotException e) {
        printSnapshotProblems(err, file, e);
        badInput = true;
      } catch (UncheckedIOException e) {
        err.println("error: cannot read snapshot " + file + ": " + describe(e.getCause()));
        badInput = true;
      }
    }
    if (badInput) {
      return ExitCodes.BAD_INPUT;
    }
    Checker checker;
    try {
      checker = buildChecker();
    } catch (RuleContentException e) {
      e.problems().forEach(problem -> err.println("error: " + problem));
      return ExitCodes.BROKEN_RULES;
    } catch (PolicyException e) {
      e.problems().forEach(problem -> err.println("error: " + problem));
      return ExitCodes.BAD_INPUT;
    } catch (IllegalStateException | ServiceConfigurationError e) {
      // No engine on the classpath, or one that cannot be instantiated: a broken installation.
      err.println("error: cannot load the rule engine: " + e.getMessage());
      return ExitCodes.BROKEN_RULES;
    }
    List<Report> reports = snapshots.stream().map(checker::check).collect(Collectors.toList());
    print(reports);
    return exitCode(reports);
  }

  private boolean optionFilesExist(PrintWriter err) {
    boolean ok = true;
    for (Path directory : ruleDirectories) {
      if (!Files.isDirectory(directory)) {
        err.println("error: cannot read rules directory " + directory + ": no such directory");
        ok = false;
      }
    }
    if (policy != null && !Files.isRegularFile(policy)) {
      err.println("error: cannot read policy " + policy + ": no such file");
      ok = false;
    }
    return ok;
  }

  private static void printSnapshotProblems(PrintWriter err, Path file, SnapshotException e) {
    if (e.problems().isEmpty()) {
      err.println("error: " + file + ": invalid snapshot");
    }
    e.problems().forEach(problem -> err.println("error: " + problem));
  }

  private Checker buildChecker() {
    Checker.Builder builder = Checker.builder();
    ruleDirectories.forEach(builder::rules);
    if (policy != null) {
      builder.policy(policy);
    }
    return builder.build();
  }

  private void print(List<Report> reports) {
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.print(reports.size() == 1 ? ReportJson.write(reports.get(0)) : jsonArray(reports));
    } else {
      TextReport text = new TextReport(out, Style.of(colorTerminal && !noColor), minSeverity);
      for (int i = 0; i < reports.size(); i++) {
        if (i > 0) {
          out.println();
        }
        text.print(files.get(i).toString(), reports.get(i));
      }
    }
    out.flush();
  }

  /** The reports as a JSON array, each indented one level, in the same style as a report. */
  static String jsonArray(List<Report> reports) {
    return reports.stream()
        .map(report -> ReportJson.write(report).stripTrailing().replace("\n", "\n  "))
        .collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
  }

  private int exitCode(List<Report> reports) {
    for (Report report : reports) {
      if (!report.ready()) {
        return ExitCodes.FINDINGS;
      }
      for (Finding finding : report.findings()) {
        if (!finding.waived() && finding.severity().atLeast(failOn)) {
          return ExitCodes.FINDINGS;
        }
      }
    }
    return ExitCodes.OK;
  }

  /** Why a file could not be read, in a few words rather than a Java exception name. */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
