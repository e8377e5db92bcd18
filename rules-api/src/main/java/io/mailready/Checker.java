package io.mailready;

import io.mailready.snapshot.Snapshot;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engines;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Checks tenant snapshots against the loaded rule packs.
 *
 * <p>A checker compiles its packs once when it is built; it is immutable and safe to share between
 * threads. {@link #check} never compiles.
 *
 * <pre>{@code
 * Report report = Checker.standard().check(Snapshots.read(Path.of("tenant.yaml")));
 * }</pre>
 */
public interface Checker {

  /**
   * A checker with every pack on the classpath and the system clock.
   *
   * @throws IllegalStateException if no engine ({@code io.mailready:rules-engine}) is on the
   *     classpath
   * @throws RuleContentException if a pack is broken
   */
  static Checker standard() {
    return builder().build();
  }

  /** A builder for a checker with more packs, a policy, another clock or another executor. */
  static Builder builder() {
    return new Builder();
  }

  /** Evaluates every requirement against the snapshot. */
  Report check(Snapshot snapshot);

  /** The loaded requirements, in pack order. */
  List<RequirementInfo> requirements();

  /** The loaded packs, in load order. */
  List<PackInfo> packs();

  /** Builds a {@link Checker}. Not thread-safe; the checker it builds is. */
  final class Builder {
    private final CheckerSettings.Builder settings = CheckerSettings.builder();

    private Builder() {}

    /**
     * Loads more packs from a directory, after the classpath packs. A requirement id that exists in
     * an earlier pack replaces it; a new id adds a requirement.
     */
    public Builder rules(Path directory) {
      settings.rules(directory);
      return this;
    }

    /** Applies a policy file: disabled requirements, severity overrides, waivers. */
    public Builder policy(Path policyFile) {
      settings.policy(policyFile);
      return this;
    }

    /** The clock that gives the evaluation date when a snapshot has no {@code evaluatedAt}. */
    public Builder clock(Clock clock) {
      settings.clock(clock);
      return this;
    }

    /**
     * The executor that evaluates the rule sessions of a large check (default {@link
     * ForkJoinPool#commonPool()}).
     *
     * <p>A tenant of more than 5 000 mailboxes is evaluated in rule sessions of at most 5 000
     * mailboxes each. The thread that calls {@link Checker#check} evaluates the first session and
     * then takes its share of the others; the executor evaluates the rest, on at most as many of
     * its threads at once as there are processors. The report does not depend on the executor.
     *
     * <p>A direct executor ({@code Runnable::run}) evaluates every session on the calling thread,
     * e.g. in a server that gives each request one thread; a check inside a task of the executor
     * itself (the common pool's included) cannot deadlock, as the calling thread never waits for a
     * session that no thread has started. An executor that rejects a task leaves its sessions to
     * the calling thread.
     */
    public Builder executor(Executor executor) {
      settings.executor(executor);
      return this;
    }

    /**
     * How many rule firings one rule session may take per mailbox it evaluates, plus once for the
     * tenant (default 2 000). When a session exceeds it, the rule that fired most stops: its
     * requirement is ERROR, naming the limit, and the other rules go on. It stops rules that loop.
     */
    public Builder firingLimit(int firingsPerMailbox) {
      settings.firingLimit(firingsPerMailbox);
      return this;
    }

    /**
     * How long one check may take (default 2 minutes). When it is spent, the rule that is running,
     * or else the one that took longest, stops (its requirement is ERROR, naming the budget) and
     * the others get a grace of a tenth of the budget; past that, every requirement not yet
     * evaluated is ERROR and {@link Checker#check} returns. A rule action that computes forever
     * without waiting cannot be stopped: rule packs are trusted code.
     */
    public Builder timeBudget(Duration budget) {
      settings.timeBudget(budget);
      return this;
    }

    /**
     * Loads and compiles the packs.
     *
     * @throws IllegalStateException if no engine is on the classpath
     * @throws RuleContentException listing every problem of broken rule content
     */
    public Checker build() {
      return new EngineChecker(Engines.create(settings.build()));
    }
  }
}
