package io.mailready.cli;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.ReportJson;
import io.mailready.RequirementInfo;
import io.mailready.Severity;
import io.mailready.imports.Import;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotException;
import io.mailready.snapshot.Snapshots;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code mailready check} command: checks snapshot files and prints or writes their reports, in
 * one or several formats.
 */
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
      split = ",",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: text). Repeatable, or"
              + " comma-separated, with --output-dir.")
  List<OutputFormat> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write one file per snapshot and format to DIR, named after the snapshot:"
              + " <name>.txt .json .html .md .sarif .junit.xml .csv.")
  Path outputDir;

  @Option(
      names = "--min-severity",
      paramLabel = "LEVEL",
      description =
          "Show only findings at or above LEVEL in the text, HTML and Markdown reports:"
              + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Their counts still include"
              + " every finding; JSON, SARIF, JUnit and CSV always have every finding.")
  Severity minSeverity = Severity.INFO;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit with 1 when an unwaived finding is at or above LEVEL: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}). A tenant that is not ready always fails.")
  Severity failOn = Severity.ERROR;

  @Mixin CheckerOptions checkerOptions = new CheckerOptions();

  @Option(
      names = "--merge",
      paramLabel = "FILE",
      description = "A partial snapshot merged over each snapshot or imported folder. Repeatable.")
  List<Path> merges = new ArrayList<>();

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show what the check is doing on standard error (--no-progress: never). Default: only"
              + " when standard error is a terminal. Never part of a report.")
  Boolean progress;

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
      description =
          "Snapshot files (YAML or JSON, format mailready/v1), or folders of raw exports to"
              + " import; - reads standard input. A file that cannot be read is reported (exit 2)"
              + " and the others are still checked.")
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
    if (!outputOptionsValid(err) || !checkerOptions.filesExist(err) || !outputsSpareInputs(err)) {
      return ExitCodes.BAD_INPUT;
    }
    try {
      return check(err);
    } catch (OutOfMemoryError e) {
      err.println(OUT_OF_MEMORY);
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  /** One line, no stack trace: what to do when the heap is too small for a snapshot. */
  static final String OUT_OF_MEMORY =
      "error: out of memory: give Java a larger heap, e.g. java -Xmx8g -jar mailready.jar ..."
          + " (a large tenant needs about 50 times its snapshot's size)";

  private int check(PrintWriter err) {
    // The rules load on another thread while the snapshots are read (two cores: about 0.15 s less
    // per run). Every file is read and reported before the checker is used: input errors come
    // all at once. A bad file does not stop the others: their reports are still written.
    CompletableFuture<Checker> loading = CompletableFuture.supplyAsync(checkerOptions::build);
    try (Progress steps =
        Progress.on(err, progress == null ? Progress.stderrIsTerminal() : progress)) {
      List<Snapshot> snapshots = new ArrayList<>();
      List<Path> good = new ArrayList<>();
      List<Path> bad = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        steps.step("reading " + name(file) + of(i));
        try {
          snapshots.add(load(file, err));
          good.add(file);
        } catch (SnapshotException e) {
          steps.clearLine();
          printSnapshotProblems(err, file, e);
          bad.add(file);
        } catch (UncheckedIOException e) {
          steps.clearLine();
          err.println("error: cannot read snapshot " + file + ": " + describe(e.getCause()));
          bad.add(file);
        }
      }
      Checker checker;
      try {
        steps.step("loading the rules");
        checker = loading.join();
      } catch (CompletionException e) {
        steps.clearLine();
        return CheckerOptions.failure(e, err);
      }
      List<Report> reports = new ArrayList<>();
      List<Checked> checked = new ArrayList<>();
      for (int i = 0; i < snapshots.size(); i++) {
        Path file = good.get(i);
        List<?> mailboxes = snapshots.get(i).mailboxes();
        steps.step(
            "checking "
                + name(file)
                + of(files.indexOf(file))
                + (mailboxes == null
                    ? ""
                    : ": " + FindingGroup.plural(mailboxes.size(), "mailbox")));
        reports.add(checker.check(snapshots.get(i)));
        checked.add(new Checked(name(file), reports.get(i)));
      }
      steps.step("writing the report" + (reports.size() == 1 ? "" : "s"));
      steps.clearLine();
      boolean written = checked.isEmpty() || write(checked, checker.requirements(), err, steps);
      removeStaleReports(bad, err);
      if (!written || !bad.isEmpty()) {
        return ExitCodes.BAD_INPUT;
      }
      return exitCode(reports);
    }
  }

  /** " (2 of 5)" in a batch, nothing for one file. */
  private String of(int index) {
    return files.size() == 1 ? "" : " (" + (index + 1) + " of " + files.size() + ")";
  }

  /**
   * Reads a snapshot file, standard input for {@code -}, or imports a folder of raw exports; then
   * merges the {@code --merge} files over it.
   */
  private Snapshot load(Path file, PrintWriter err) {
    if (!isStdin(file)) {
      return loader.load(file, merges, err);
    }
    Snapshot snapshot = Snapshots.read(System.in, name(file));
    return merges.isEmpty() ? snapshot : Import.merge(snapshot, merges).snapshot();
  }

  private static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  /** How a snapshot is named in reports and messages. */
  private static String name(Path file) {
    return isStdin(file) ? STDIN : file.toString();
  }

  private static final String STDIN = "stdin";

  /**
   * With --output-dir, the reports of a snapshot that could not be read are from an earlier run:
   * they are removed, so that no report stays that does not match its snapshot.
   */
  private void removeStaleReports(List<Path> bad, PrintWriter err) {
    if (outputDir == null) {
      return;
    }
    for (Path file : bad) {
      for (OutputFormat format : formats()) {
        Path stale = outputDir.resolve(stem(file) + format.extension());
        try {
          if (Files.isRegularFile(stale) && Files.deleteIfExists(stale)) {
            err.println("error: removed the stale report " + stale + " of " + file);
          }
        } catch (IOException e) {
          err.println("error: cannot remove the stale report " + stale + ": " + describe(e));
        }
      }
    }
  }

  /** Refuses an output path that is one of the inputs: the report would overwrite it. */
  private boolean outputsSpareInputs(PrintWriter err) {
    List<Path> inputs = new ArrayList<>(files.stream().filter(f -> !isStdin(f)).toList());
    if (checkerOptions.policy != null) {
      inputs.add(checkerOptions.policy);
    }
    List<Path> outputs = new ArrayList<>();
    if (output != null) {
      outputs.add(output);
    }
    if (outputDir != null) {
      for (Path file : files) {
        for (OutputFormat format : formats()) {
          outputs.add(outputDir.resolve(stem(file) + format.extension()));
        }
      }
    }
    for (Path target : outputs) {
      for (Path input : inputs) {
        if (OutputFiles.sameFile(target, input)) {
          err.println(
              "error: the report "
                  + target
                  + " would overwrite the input "
                  + input
                  + ": write it to another "
                  + (output != null ? "file" : "directory"));
          return false;
        }
      }
    }
    return true;
  }

  /** The formats asked for, in order, each once; text when none. */
  private List<OutputFormat> formats() {
    return formats.isEmpty() ? List.of(OutputFormat.TEXT) : formats.stream().distinct().toList();
  }

  private boolean outputOptionsValid(PrintWriter err) {
    if (output != null && outputDir != null) {
      err.println("error: --output and --output-dir cannot be used together");
      return false;
    }
    if (formats().size() > 1 && outputDir == null) {
      err.println(
          "error: several formats ("
              + formats().stream().map(OutputFormat::toString).collect(Collectors.joining(", "))
              + ") need --output-dir DIR, which gets one file per snapshot and format");
      return false;
    }
    if (formats().contains(OutputFormat.HTML) && files.size() > 1 && outputDir == null) {
      err.println(
          "error: --format html writes one page per snapshot: use --output-dir DIR with "
              + files.size()
              + " snapshots");
      return false;
    }
    if (outputDir != null) {
      Map<String, Path> stems = new HashMap<>();
      for (Path file : files) {
        Path other = stems.putIfAbsent(stem(file), file);
        if (other != null) {
          err.println(
              "error: "
                  + other
                  + " and "
                  + file
                  + " would write the same files in "
                  + outputDir
                  + ": check them in two runs");
          return false;
        }
      }
    }
    return true;
  }

  /** The snapshot file name without its .yaml, .yml or .json extension; stdin for {@code -}. */
  static String stem(Path file) {
    if (isStdin(file)) {
      return STDIN;
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Writes every output; false (with the problem on stderr) when a file cannot be written. */
  private boolean write(
      List<Checked> reports, List<RequirementInfo> requirements, PrintWriter err, Progress steps) {
    PrintWriter out = spec.commandLine().getOut();
    if (outputDir == null && output == null) {
      steps.close(); // the report may go to the same terminal
      try {
        render(formats().get(0), reports, requirements, colorTerminal && !noColor, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw
      }
      out.flush();
      // A PrintWriter keeps its errors: a full disk or a closed pipe shows only here.
      if (out.checkError()) {
        err.println(
            "error: cannot write the report to standard output (a full disk or a closed pipe)");
        return false;
      }
      return true;
    }
    Path target = output;
    try {
      if (outputDir == null) {
        writeFile(output, formats().get(0), reports, requirements);
        return true;
      }
      Files.createDirectories(outputDir);
      for (Checked report : reports) {
        for (OutputFormat format : formats()) {
          target = outputDir.resolve(stem(Path.of(report.file())) + format.extension());
          steps.step("writing " + target);
          writeFile(target, format, List.of(report), requirements);
          steps.clearLine();
          out.println("wrote " + target);
        }
      }
      out.flush();
      return true;
    } catch (IOException e) {
      steps.clearLine();
      err.println(
          "error: cannot write " + (target == null ? outputDir : target) + ": " + describe(e));
      return false;
    }
  }

  /** Writes a report file whole or not at all ({@link OutputFiles#writeAtomically}). */
  private void writeFile(
      Path file, OutputFormat format, List<Checked> reports, List<RequirementInfo> requirements)
      throws IOException {
    OutputFiles.writeAtomically(
        file, writer -> render(format, reports, requirements, false, writer));
  }

  /**
   * Writes the reports in one format; the JSON of one report, CSV, SARIF and JUnit XML are
   * streamed, not made a string.
   */
  private void render(
      OutputFormat format,
      List<Checked> reports,
      List<RequirementInfo> requirements,
      boolean color,
      Writer target)
      throws IOException {
    if (format == OutputFormat.JSON && reports.size() == 1) {
      ReportJson.write(reports.get(0).report(), target);
    } else if (format == OutputFormat.CSV) {
      CsvReport.write(reports, target);
    } else if (format == OutputFormat.SARIF) {
      SarifReport.writeChecked(reports, requirements, target);
    } else if (format == OutputFormat.JUNIT) {
      JunitReport.write(reports.stream().map(Checked::report).toList(), target);
    } else {
      target.write(render(format, reports, requirements, color));
    }
  }

  /** The reports in one format, as one document. */
  private String render(
      OutputFormat format,
      List<Checked> reports,
      List<RequirementInfo> requirements,
      boolean color) {
    List<Report> plain = reports.stream().map(Checked::report).toList();
    return switch (format) {
      case TEXT -> text(reports, color);
      case JSON -> plain.size() == 1 ? ReportJson.write(plain.get(0)) : jsonArray(plain);
      case HTML -> HtmlReport.write(plain.get(0), requirements, minSeverity);
      case MARKDOWN -> MarkdownReport.write(reports, minSeverity);
      case CSV -> CsvReport.write(reports);
      case SARIF, JUNIT -> throw new IllegalStateException(format + " is streamed");
    };
  }

  private String text(List<Checked> reports, boolean color) {
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    TextReport text = new TextReport(out, Style.of(color), minSeverity);
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.println();
      }
      text.print(reports.get(i).file(), reports.get(i).report());
    }
    out.flush();
    // Line ends as TextReport's println writes them, the same as it printed before.
    return buffer.toString();
  }

  private static void printSnapshotProblems(PrintWriter err, Path file, SnapshotException e) {
    if (e.problems().isEmpty()) {
      err.println("error: " + file + ": invalid snapshot");
    }
    e.problems().forEach(problem -> err.println("error: " + problem));
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
