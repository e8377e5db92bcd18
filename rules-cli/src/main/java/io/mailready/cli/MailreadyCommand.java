package io.mailready.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code mailready} command, which only dispatches to its subcommands. */
@Command(
    name = "mailready",
    description = "Checks Microsoft email tenant snapshots against an email-sync platform's guide.",
    mixinStandardHelpOptions = true,
    versionProvider = MailreadyCommand.Version.class)
final class MailreadyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("error: missing command, e.g. 'mailready check FILE'");
    err.println("Run 'mailready --help' for the usage.");
    return ExitCodes.BAD_INPUT;
  }

  /** The version of this build, from {@code version.properties} (filled in by Maven). */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = MailreadyCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"mailready " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
