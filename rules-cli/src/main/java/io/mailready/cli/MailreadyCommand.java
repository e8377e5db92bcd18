package io.mailready.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
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

  /**
   * The version of this build, the commit it was built from (both from {@code version.properties},
   * filled in by Maven), and the id and version of every rule pack on the classpath, read from the
   * packs' {@code pack.yaml} without building a checker (which would take seconds).
   */
  static final class Version implements IVersionProvider {
    static final String PACK_INDEX = "META-INF/mailready/packs";

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
      String commit = filled(properties.getProperty("commit"));
      String line =
          "mailready "
              + properties.getProperty("version", "(unknown version)")
              + " (commit "
              + (commit == null ? "unknown" : commit)
              + ("true".equals(filled(properties.getProperty("dirty"))) ? "-dirty" : "")
              + ")";
      List<String> lines = new ArrayList<>();
      lines.add(line);
      for (String pack : packs(MailreadyCommand.class.getClassLoader())) {
        lines.add("rules: " + pack);
      }
      return lines.toArray(String[]::new);
    }

    /** The value, or null when Maven left the placeholder (no git at build time). */
    private static String filled(String value) {
      return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }

    /** "id version" of each pack the classpath's pack indexes list, in classpath order. */
    static List<String> packs(ClassLoader loader) {
      Set<String> packs = new LinkedHashSet<>();
      try {
        Enumeration<URL> indexes = loader.getResources(PACK_INDEX);
        while (indexes.hasMoreElements()) {
          try (BufferedReader reader =
              new BufferedReader(
                  new InputStreamReader(
                      indexes.nextElement().openStream(), StandardCharsets.UTF_8))) {
            for (String entry : reader.lines().map(String::strip).toList()) {
              if (!entry.isEmpty() && !entry.startsWith("#")) {
                packs.add(pack(loader, entry.split("\\s+")[0]));
              }
            }
          }
        }
      } catch (IOException e) {
        packs.add("(pack index unreadable: " + e.getMessage() + ")");
      }
      return List.copyOf(packs);
    }

    private static String pack(ClassLoader loader, String resource) throws IOException {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          return "(" + resource + " missing)";
        }
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (yaml instanceof Map<?, ?> map && map.get("id") != null) {
          Object version = map.get("version");
          return map.get("id") + (version == null ? "" : " " + version);
        }
        return "(" + resource + " has no id)";
      }
    }
  }
}
