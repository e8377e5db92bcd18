package io.mailready.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What a checker is built from.
 *
 * @param ruleDirectories pack directories loaded after the classpath packs, in order
 * @param policy the policy file, or {@code null}
 * @param clock gives the evaluation date when a snapshot has none
 * @param mailboxesPerSession how many mailboxes one rule session evaluates at most
 * @param parallelism how many sessions of one check may run at once
 * @param firingLimit how many rule firings one rule session may take per mailbox it holds, plus
 *     once for the tenant
 * @param timeBudget how long one check may take
 */
public record CheckerSettings(
    List<Path> ruleDirectories,
    Path policy,
    java.time.Clock clock,
    int mailboxesPerSession,
    int parallelism,
    int firingLimit,
    Duration timeBudget) {
  /** The default {@link #mailboxesPerSession}. */
  public static final int MAILBOXES_PER_SESSION = 5_000;

  /**
   * The default {@link #firingLimit}: the bundled pack fires fewer than 20 rules per mailbox (the
   * examples), so this leaves a margin of 100, while an endless rule loop stops within milliseconds
   * on a small tenant.
   */
  public static final int FIRING_LIMIT = 2_000;

  /**
   * The default {@link #timeBudget}: 100 000 mailboxes check in well under a minute on two cores.
   */
  public static final Duration TIME_BUDGET = Duration.ofMinutes(2);

  public CheckerSettings {
    ruleDirectories = List.copyOf(ruleDirectories);
    checkArgument(
        mailboxesPerSession > 0,
        "mailboxesPerSession must be positive but was %s",
        mailboxesPerSession);
    checkArgument(parallelism > 0, "parallelism must be positive but was %s", parallelism);
    checkArgument(firingLimit > 0, "firingLimit must be positive but was %s", firingLimit);
    checkArgument(
        timeBudget != null && timeBudget.compareTo(Duration.ZERO) > 0,
        "timeBudget must be positive but was %s",
        timeBudget);
  }

  /** Settings with the default firing limit and time budget. */
  public CheckerSettings(
      List<Path> ruleDirectories,
      Path policy,
      Clock clock,
      int mailboxesPerSession,
      int parallelism) {
    this(
        ruleDirectories,
        policy,
        clock,
        mailboxesPerSession,
        parallelism,
        FIRING_LIMIT,
        TIME_BUDGET);
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
