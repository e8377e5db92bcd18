package io.mailready.cli;

import io.mailready.Checker;
import io.mailready.PolicyException;
import io.mailready.RuleContentException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that choose the checker ({@code --rules}, {@code --policy}), shared by commands. */
final class CheckerOptions {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "A rule pack directory to load after the bundled packs; repeatable. Its requirements"
              + " replace bundled ones of the same id.")
  List<Path> ruleDirectories = new ArrayList<>();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A policy file: disabled requirements, severity overrides, waivers.")
  Path policy;

  @Option(
      names = "--firing-limit",
      paramLabel = "N",
      description =
          "Rule firings allowed per mailbox (default: 2000). A rule that makes a session exceed it"
              + " is stopped, and its requirement is ERROR: it stops rules that loop.")
  Integer firingLimit;

  @Option(
      names = "--time-budget",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long one snapshot's check may take, e.g. 90s, 2m, 500ms (default: 2m). The rule"
              + " that exceeds it is stopped and its requirement is ERROR.")
  Duration timeBudget;

  /** Reads 500ms, 90s, 2m or 1h. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Matcher matcher = DURATION.matcher(value.strip());
      if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a positive duration such as 500ms, 90s, 2m or 1h");
      }
      long amount = Long.parseLong(matcher.group(1));
      return switch (matcher.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    }
  }

  /**
   * True when the directories and the policy file exist and the limits are positive; otherwise says
   * what is wrong.
   */
  boolean filesExist(PrintWriter err) {
    boolean ok = true;
    for (Path directory : ruleDirectories) {
      if (!Files.isDirectory(directory)) {
        err.println("error: cannot read rules directory " + directory + ": no such directory");
        ok = false;
      }
    }
    if (firingLimit != null && firingLimit < 1) {
      err.println("error: --firing-limit must be a positive number but was " + firingLimit);
      ok = false;
    }
    if (policy != null && !Files.isRegularFile(policy)) {
      err.println("error: cannot read policy " + policy + ": no such file");
      ok = false;
    }
    return ok;
  }

  /**
   * Builds the checker (the one {@link EarlyChecker} started, for plain options). Throws what
   * {@link Checker.Builder#build()} throws; {@link #failure} turns that into an exit code.
   */
  Checker build() {
    CompletableFuture<Checker> early = EarlyChecker.standard();
    if (early != null
        && ruleDirectories.isEmpty()
        && policy == null
        && firingLimit == null
        && timeBudget == null) {
      try {
        return early.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
    Checker.Builder builder = Checker.builder();
    ruleDirectories.forEach(builder::rules);
    if (policy != null) {
      builder.policy(policy);
    }
    if (firingLimit != null) {
      builder.firingLimit(firingLimit);
    }
    if (timeBudget != null) {
      builder.timeBudget(timeBudget);
    }
    return builder.build();
  }

  /**
   * Prints why the checker could not be built and returns the exit code: 3 for broken rule content
   * or no engine, 2 for a bad policy. Anything else is rethrown.
   */
  static int failure(Throwable e, PrintWriter err) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof RuleContentException content) {
      content.problems().forEach(problem -> err.println("error: " + problem));
      return ExitCodes.BROKEN_RULES;
    }
    if (cause instanceof PolicyException policyProblems) {
      policyProblems.problems().forEach(problem -> err.println("error: " + problem));
      return ExitCodes.BAD_INPUT;
    }
    if (cause instanceof IllegalStateException || cause instanceof ServiceConfigurationError) {
      // No engine on the classpath, or one that cannot be instantiated: a broken installation.
      err.println("error: cannot load the rule engine: " + cause.getMessage());
      return ExitCodes.BROKEN_RULES;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw (Error) cause;
  }
}
