package io.mailready;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.mailready.snapshot.Snapshot;
import io.mailready.spi.CheckerFactory;
import io.mailready.spi.CheckerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

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

  /** A builder for a checker with more packs, a policy or another clock. */
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
    private final List<Path> ruleDirectories = new ArrayList<>();
    private Path policy;
    private Clock clock = Clock.systemUTC();
    private int mailboxesPerSession = CheckerSettings.MAILBOXES_PER_SESSION;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private int firingLimit = CheckerSettings.FIRING_LIMIT;
    private Duration timeBudget = CheckerSettings.TIME_BUDGET;

    private Builder() {}

    /**
     * Loads more packs from a directory, after the classpath packs. A requirement id that exists in
     * an earlier pack replaces it; a new id adds a requirement.
     */
    public Builder rules(Path directory) {
      ruleDirectories.add(checkNotNull(directory, "directory"));
      return this;
    }

    /** Applies a policy file: disabled requirements, severity overrides, waivers. */
    public Builder policy(Path policyFile) {
      this.policy = checkNotNull(policyFile, "policyFile");
      return this;
    }

    /** The clock that gives the evaluation date when a snapshot has no {@code evaluatedAt}. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /**
     * How many mailboxes one rule session evaluates at most (default 5 000). A larger tenant is
     * evaluated in chunks, which bounds the memory a check needs; the report does not depend on it.
     */
    public Builder mailboxesPerSession(int count) {
      checkArgument(count > 0, "mailboxesPerSession must be positive but was %s", count);
      this.mailboxesPerSession = count;
      return this;
    }

    /**
     * How many chunks of one check are evaluated at once (default: the available processors); 1
     * evaluates every chunk on the calling thread.
     */
    public Builder parallelism(int threads) {
      checkArgument(threads > 0, "parallelism must be positive but was %s", threads);
      this.parallelism = threads;
      return this;
    }

    /**
     * How many rule firings one rule session may take per mailbox it evaluates, plus once for the
     * tenant (default 2 000). When a session exceeds it, the rule that fired most stops: its
     * requirement is ERROR, naming the limit, and the other rules go on. It stops rules that loop.
     */
    public Builder firingLimit(int firingsPerMailbox) {
      checkArgument(
          firingsPerMailbox > 0, "firingLimit must be positive but was %s", firingsPerMailbox);
      this.firingLimit = firingsPerMailbox;
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
      checkNotNull(budget, "budget");
      checkArgument(
          budget.compareTo(Duration.ZERO) > 0, "timeBudget must be positive but was %s", budget);
      this.timeBudget = budget;
      return this;
    }

    /**
     * Loads and compiles the packs.
     *
     * @throws IllegalStateException if no engine is on the classpath
     * @throws RuleContentException listing every problem of broken rule content
     */
    public Checker build() {
      CheckerSettings settings =
          new CheckerSettings(
              ruleDirectories,
              policy,
              clock,
              mailboxesPerSession,
              parallelism,
              firingLimit,
              timeBudget);
      for (CheckerFactory factory : ServiceLoader.load(CheckerFactory.class)) {
        return factory.create(settings);
      }
      throw new IllegalStateException(
          "no mailready engine on the classpath: add the dependency io.mailready:rules-engine"
              + " (and io.mailready:rules-content for the bundled Microsoft pack)");
    }
  }
}
