package io.mailready.cli;

import io.mailready.Checker;
import io.mailready.PolicyException;
import io.mailready.RuleContentException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import picocli.CommandLine.Option;

/** The options that choose the checker ({@code --rules}, {@code --policy}), shared by commands. */
final class CheckerOptions {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "Also load the rule pack in DIR (repeatable); its requirements replace bundled ones of the same id.")
  List<Path> ruleDirectories = new ArrayList<>();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Apply a policy file: disabled requirements, severities, waivers.")
  Path policy;

  /** The checker, or null after printing why it cannot be built; {@code exitCode[0]} says how. */
  Checker build(PrintWriter err, int[] exitCode) {
    for (Path directory : ruleDirectories) {
      if (!Files.isDirectory(directory)) {
        err.println("error: cannot read rules directory " + directory + ": no such directory");
        exitCode[0] = ExitCodes.BAD_INPUT;
        return null;
      }
    }
    if (policy != null && !Files.isRegularFile(policy)) {
      err.println("error: cannot read policy " + policy + ": no such file");
      exitCode[0] = ExitCodes.BAD_INPUT;
      return null;
    }
    try {
      Checker.Builder builder = Checker.builder();
      ruleDirectories.forEach(builder::rules);
      if (policy != null) {
        builder.policy(policy);
      }
      return builder.build();
    } catch (RuleContentException e) {
      e.problems().forEach(problem -> err.println("error: " + problem));
      exitCode[0] = ExitCodes.BROKEN_RULES;
    } catch (PolicyException e) {
      e.problems().forEach(problem -> err.println("error: " + problem));
      exitCode[0] = ExitCodes.BAD_INPUT;
    } catch (IllegalStateException | ServiceConfigurationError e) {
      err.println("error: cannot load the rule engine: " + e.getMessage());
      exitCode[0] = ExitCodes.BROKEN_RULES;
    }
    return null;
  }
}
