package io.mailready.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What a checker is built from.
 *
 * @param ruleDirectories pack directories loaded after the classpath packs, in order
 * @param policy the policy file, or {@code null}
 * @param clock gives the evaluation date when a snapshot has none
 * @param mailboxesPerSession how many mailboxes one rule session evaluates at most
 * @param parallelism how many sessions of one check may run at once
 */
public record CheckerSettings(
    List<Path> ruleDirectories,
    Path policy,
    java.time.Clock clock,
    int mailboxesPerSession,
    int parallelism) {
  /** The default {@link #mailboxesPerSession}. */
  public static final int MAILBOXES_PER_SESSION = 5_000;

  public CheckerSettings {
    ruleDirectories = List.copyOf(ruleDirectories);
    checkArgument(
        mailboxesPerSession > 0,
        "mailboxesPerSession must be positive but was %s",
        mailboxesPerSession);
    checkArgument(parallelism > 0, "parallelism must be positive but was %s", parallelism);
  }

  /** Settings with the default session size and parallelism. */
  public CheckerSettings(List<Path> ruleDirectories, Path policy, Clock clock) {
    this(
        ruleDirectories,
        policy,
        clock,
        MAILBOXES_PER_SESSION,
        Runtime.getRuntime().availableProcessors());
  }

  /** Settings with no directories, no policy and the given clock. */
  public static CheckerSettings of(Clock clock) {
    return new CheckerSettings(List.of(), null, clock);
  }
}
