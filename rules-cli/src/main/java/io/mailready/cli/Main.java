package io.mailready.cli;

import io.mailready.snapshot.Snapshots;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of the {@code mailready} command.
 *
 * <pre>
 * mailready check [--format text|json|html|markdown|sarif|junit|csv]... [--output FILE | --output-dir DIR]
 *                 [--min-severity LEVEL] [--fail-on LEVEL] [--rules DIR]... [--policy FILE]
 *                 [--no-color] [--[no-]progress] [--merge FILE]... [--debug] FILE...
 * mailready import [--merge FILE]... [-o SNAPSHOT] [--verbose] PATH...
 * mailready diff [--format text|json] OLD.json NEW.json
 * mailready collect --tenant TENANT --client-id APP (--certificate PFX | --device-code)
 *                   [--mailboxes FILE | --all-mailboxes] -o DIR
 * </pre>
 *
 * <p>Exit codes: 0 ready, 1 findings, 2 bad input or usage, 3 broken rule content, 4 unexpected.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    EarlyChecker.startIfUseful(args);
    // UTF-8 whatever the platform: messages quote tenant values, and JSON is UTF-8 by definition.
    PrintWriter out = writer(FileDescriptor.out, false);
    // Flushed line by line, so that our lines and the engine's log lines keep their order.
    PrintWriter err = writer(FileDescriptor.err, true);
    // Colour only on a terminal; NO_COLOR (https://no-color.org) turns it off like --no-color.
    String noColor = System.getenv("NO_COLOR");
    boolean colorTerminal = System.console() != null && (noColor == null || noColor.isEmpty());
    int exitCode = run(args, out, err, Snapshots::read, colorTerminal);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Runs the command line with the given streams and snapshot reader, and returns the exit code.
   */
  static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      SnapshotLoader loader,
      boolean colorTerminal) {
    CommandLine commandLine =
        new CommandLine(new MailreadyCommand())
            .addSubcommand("check", new CheckCommand(loader, colorTerminal))
            .addSubcommand("import", new ImportCommand())
            .addSubcommand("test", new TestCommand())
            .addSubcommand("rules", new RulesCommand())
            .addSubcommand("explain", new ExplainCommand())
            .addSubcommand("diff", new DiffCommand())
            .addSubcommand("collect", new CollectCommand())
            .addSubcommand("help", new HelpCommand());
    // These settings reach the subcommands only when set after they are added.
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(OutputFormat.class, OutputFormat::parse)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler(Main::unexpectedError);
    int exitCode;
    try {
      exitCode = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(CheckCommand.OUT_OF_MEMORY);
      exitCode = ExitCodes.INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    return exitCode;
  }

  /** A bad option or argument: one line saying what is wrong, and where to get help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("error: " + lowerCaseStart(e.getMessage()));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the usage.");
    return ExitCodes.BAD_INPUT;
  }

  /** A bug: one line, and the stack trace only when asked for with --debug. */
  private static int unexpectedError(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (debugRequested(parsed)) {
      err.println("error: unexpected failure: " + e);
      e.printStackTrace(err);
    } else {
      err.println("error: unexpected failure: " + e + " (run with --debug for the stack trace)");
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Picocli's messages start upper-case; ours start lower-case, unless with an acronym. */
  private static String lowerCaseStart(String message) {
    if (message == null || message.length() < 2 || !Character.isLowerCase(message.charAt(1))) {
      return String.valueOf(message);
    }
    return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }

  private static PrintWriter writer(FileDescriptor descriptor, boolean autoFlush) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8),
        autoFlush);
  }
}
