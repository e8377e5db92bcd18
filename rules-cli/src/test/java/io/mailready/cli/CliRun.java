package io.mailready.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line: its exit code and what it printed, with {@code \n} line
 * ends on every platform.
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs with the test snapshot reader, as if output were not a terminal. */
  static CliRun run(String... args) {
    return run(io.mailready.snapshot.Snapshots::read, false, args);
  }

  static CliRun run(SnapshotLoader loader, boolean colorTerminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        Main.run(args, new PrintWriter(out), new PrintWriter(err), loader, colorTerminal);
    return new CliRun(exitCode, unix(out.toString()), unix(err.toString()));
  }

  private static String unix(String text) {
    return text.replace(System.lineSeparator(), "\n");
  }
}
