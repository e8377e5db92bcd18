package io.mailready.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * What an engine is built from: the user's options of {@link io.mailready.Checker.Builder}, and the
 * engine's tuning ({@link #mailboxesPerSession}), which engine tests and benchmarks set through
 * {@link #builder()} and {@link Engines#create}; not a stable API.
 *
 * @param ruleDirectories pack directories loaded after the classpath packs, in order
 * @param policy the policy file, or {@code null}
 * @param clock gives the evaluation date when a snapshot has none
 * @param executor evaluates the rule sessions of a check besides the calling thread
 * @param mailboxesPerSession how many mailboxes one rule session evaluates at most
 * @param firingLimit how many rule firings one rule session may take per mailbox it holds, plus
 *     once for the tenant
 * @param timeBudget how long one check may take
 */
public record CheckerSettings(
    List<Path> ruleDirectories,
    Path policy,
    Clock clock,
    Executor executor,
    int mailboxesPerSession,
    int firingLimit,
    Duration timeBudget) {
  /**
   * The default {@link #mailboxesPerSession}: a session's memory stays small while a million
   * mailboxes make only 200 sessions.
   */
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
    checkNotNull(clock, "clock");
    checkNotNull(executor, "executor");
    checkArgument(
        mailboxesPerSession > 0,
        "mailboxesPerSession must be positive but was %s",
        mailboxesPerSession);
    checkArgument(firingLimit > 0, "firingLimit must be positive but was %s", firingLimit);
    checkArgument(
        timeBudget != null && timeBudget.compareTo(Duration.ZERO) > 0,
        "timeBudget must be positive but was %s",
        timeBudget);
  }

  /** A builder with the defaults: no directory, no policy, the system clock, the common pool. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CheckerSettings}; not thread-safe. */
  public static final class Builder {
    private final List<Path> ruleDirectories = new ArrayList<>();
    private Path policy;
    private Clock clock = Clock.systemUTC();
    private Executor executor = ForkJoinPool.commonPool();
    private int mailboxesPerSession = MAILBOXES_PER_SESSION;
    private int firingLimit = FIRING_LIMIT;
    private Duration timeBudget = TIME_BUDGET;

    private Builder() {}

    /** Adds a pack directory, loaded after the classpath packs and the directories before it. */
    public Builder rules(Path directory) {
      ruleDirectories.add(checkNotNull(directory, "directory"));
      return this;
    }

    /** The policy file. */
    public Builder policy(Path policyFile) {
      this.policy = checkNotNull(policyFile, "policyFile");
      return this;
    }

    /** The clock that gives the evaluation date when a snapshot has none. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** The executor that evaluates rule sessions besides the calling thread. */
    public Builder executor(Executor executor) {
      this.executor = checkNotNull(executor, "executor");
      return this;
    }

    /**
     * How many mailboxes one rule session evaluates at most (default {@value
     * CheckerSettings#MAILBOXES_PER_SESSION}); the report does not depend on it.
     */
    public Builder mailboxesPerSession(int count) {
      checkArgument(count > 0, "mailboxesPerSession must be positive but was %s", count);
      this.mailboxesPerSession = count;
      return this;
    }

    /**
     * How many rule firings one session may take per mailbox it holds, plus once for the tenant.
     */
    public Builder firingLimit(int firingsPerMailbox) {
      checkArgument(
          firingsPerMailbox > 0, "firingLimit must be positive but was %s", firingsPerMailbox);
      this.firingLimit = firingsPerMailbox;
      return this;
    }

    /** How long one check may take. */
    public Builder timeBudget(Duration budget) {
      checkNotNull(budget, "budget");
      checkArgument(
          budget.compareTo(Duration.ZERO) > 0, "timeBudget must be positive but was %s", budget);
      this.timeBudget = budget;
      return this;
    }

    /** The settings; the builder may still be used after. */
    public CheckerSettings build() {
      return new CheckerSettings(
          ruleDirectories, policy, clock, executor, mailboxesPerSession, firingLimit, timeBudget);
    }
  }
}
