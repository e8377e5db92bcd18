package io.mailready.engine;

import io.mailready.rule.Flag;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Keeps one rule session of a check within the check's firing limit and time budget, with Drools'
 * own means: an {@link AgendaFilter} that counts every firing and refuses the matches of a stopped
 * rule, an agenda listener that tells which rule is firing and for how long, and a watchdog that
 * halts the session (and interrupts an action that waits) when the budget is spent.
 *
 * <p>A rule is stopped, never the session: its requirement becomes ERROR with the reason, and the
 * other rules go on. Past the budget's grace the session stops refusing nothing but everything:
 * {@link #outOfTime()} then tells the caller that its remaining requirements are not evaluated.
 */
final class SessionGuard extends DefaultAgendaEventListener
    implements AgendaFilter, RuleRuntimeEventListener {
  // One daemon thread for the watchdogs of every check: it only halts sessions.
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "mailready-watchdog");
            thread.setDaemon(true);
            return thread;
          });

  /** The time budget of one check, shared by its sessions. */
  static final class Budget {
    private final Duration budget;
    private final long deadline;
    private final long graceDeadline;

    Budget(Duration budget) {
      this.budget = budget;
      long nanos = budget.toNanos();
      long start = System.nanoTime();
      // The slowest rule stops a tenth of the budget (at least a second, at most half of it) before
      // the end, so that the other rules may finish within the budget.
      long grace = Math.max(nanos / 10, Math.min(TimeUnit.SECONDS.toNanos(1), nanos / 2));
      this.deadline = start + nanos - grace;
      this.graceDeadline = start + nanos;
    }

    Duration budget() {
      return budget;
    }
  }

  private final long firingLimit;
  private final String limitText;
  private final Budget budget;
  private final Map<String, long[]> firings = new HashMap<>();
  private final Map<String, long[]> nanos = new HashMap<>();
  // Facts each rule's actions updated: the rule that drives an update loop, among the rules that
  // the updates activate again as often.
  private final Map<String, long[]> updates = new HashMap<>();
  private final Map<String, Set<Class<?>>> inserted = new HashMap<>();
  private final Map<String, Set<String>> flags = new HashMap<>();
  // Rule name -> why it was stopped, in stopping order.
  private final Map<String, String> stopped = new LinkedHashMap<>();
  private long counted;
  private boolean budgetSpent;
  private boolean outOfTime;
  private long firingSince;
  // Read by the watchdog thread.
  private volatile String firing;
  private volatile Thread firingThread;
  private volatile KieSession running;
  private volatile String interrupted;
  private volatile boolean halted;

  /**
   * @param firingsPerMailbox the check's firing limit
   * @param mailboxes how many mailboxes the session holds
   */
  SessionGuard(int firingsPerMailbox, int mailboxes, Budget budget) {
    this.firingLimit = (long) firingsPerMailbox * (mailboxes + 1);
    this.limitText =
        "the firing limit of the check ("
            + firingsPerMailbox
            + " rule firings per mailbox: "
            + firingLimit
            + " for a session of "
            + mailboxes
            + (mailboxes == 1 ? " mailbox" : " mailboxes")
            + ")";
    this.budget = budget;
  }

  /**
   * Fires the session's rules in its focused agenda group under this guard. A rule that exceeds the
   * limits or whose action throws an {@link Error} is stopped and the others go on; an error thrown
   * by a condition is rethrown.
   */
  void fireAllRules(KieSession session) {
    session.addEventListener((org.kie.api.event.rule.AgendaEventListener) this);
    session.addEventListener((RuleRuntimeEventListener) this);
    try {
      while (true) {
        if (outOfTime || System.nanoTime() - budget.graceDeadline > 0) {
          outOfTime = true;
          return;
        }
        ScheduledFuture<?> watchdog = schedule(session);
        try {
          session.fireAllRules(this);
          if (!halted) {
            return;
          }
          // Halted by the watchdog: stop the rule it interrupted, and let the others finish.
          halted = false;
          String rule = interrupted;
          if (rule != null && !budgetSpent) {
            budgetSpent = true;
            stop(rule, "stopped: the check exceeded its time budget of " + text(budget.budget()));
          }
        } catch (StackOverflowError | AssertionError | LinkageError e) {
          // Drools isolates exceptions of actions (IsolatingExceptionHandler), not errors: an error
          // from an action aborts fireAllRules, and firing goes on without its rule.
          String rule = firing;
          if (rule == null) {
            throw e; // thrown by a condition: the checker retries without that requirement
          }
          firing = null;
          stop(rule, "failed: " + RuleFailures.describe(e));
        } finally {
          watchdog.cancel(false);
          synchronized (this) {
            running = null;
            firingThread = null;
          }
          Thread.interrupted(); // an interrupt from the watchdog is not for the caller
        }
      }
    } finally {
      session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) this);
      session.removeEventListener((RuleRuntimeEventListener) this);
    }
  }

  private ScheduledFuture<?> schedule(KieSession session) {
    synchronized (this) {
      running = session;
      firingThread = Thread.currentThread();
    }
    long now = System.nanoTime();
    long at = now - budget.deadline < 0 ? budget.deadline : budget.graceDeadline;
    return WATCHDOG.schedule(this::timeUp, Math.max(0, at - now), TimeUnit.NANOSECONDS);
  }

  /** On the watchdog thread: halts the session, and interrupts an action that waits. */
  private synchronized void timeUp() {
    KieSession session = running;
    if (session == null) {
      return;
    }
    String rule = firing;
    if (rule != null) {
      interrupted = rule;
      firingThread.interrupt();
    }
    halted = true;
    session.halt();
  }

  @Override
  public boolean accept(Match match) {
    String rule = match.getRule().getName();
    if (outOfTime || stopped.containsKey(rule) || RuleFailures.failed(rule)) {
      return false; // a rule that failed once fails its requirement: no need to run it again
    }
    long now = System.nanoTime();
    if (now - budget.deadline > 0) {
      if (now - budget.graceDeadline > 0) {
        outOfTime = true;
        return false;
      }
      if (!budgetSpent) {
        budgetSpent = true;
        String slowest = interrupted != null ? interrupted : mostOf(nanos, rule);
        stop(slowest, "stopped: the check exceeded its time budget of " + text(budget.budget()));
        if (slowest.equals(rule)) {
          return false;
        }
      }
    }
    firings.computeIfAbsent(rule, r -> new long[1])[0]++;
    if (++counted > firingLimit) {
      String busiest = mostOf(firings, rule);
      stop(busiest, "stopped after " + firings.get(busiest)[0] + " firings: " + limitText);
      // The other rules start afresh: those the stopped rule activated again and again (through
      // the facts it updated) would otherwise be stopped next.
      counted = 0;
      firings.clear();
      updates.clear();
      return !busiest.equals(rule);
    }
    return true;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    firingSince = System.nanoTime();
    firing = event.getMatch().getRule().getName();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    String rule = event.getMatch().getRule().getName();
    nanos.computeIfAbsent(rule, r -> new long[1])[0] += System.nanoTime() - firingSince;
    firing = null;
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getRule() != null) {
      wrote(event.getRule().getName(), event.getObject());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    if (event.getRule() != null) {
      updates.computeIfAbsent(event.getRule().getName(), r -> new long[1])[0]++;
      wrote(event.getRule().getName(), event.getObject());
    }
  }

  private void wrote(String rule, Object fact) {
    inserted.computeIfAbsent(rule, r -> new HashSet<>()).add(fact.getClass());
    if (fact instanceof Flag flag) {
      flags.computeIfAbsent(rule, r -> new HashSet<>()).add(flag.name());
    }
  }

  /** Per rule, the classes of the facts its actions inserted or updated in the session. */
  Map<String, Set<Class<?>>> inserted() {
    return inserted;
  }

  /** Per rule, the names of the flags its actions inserted in the session. */
  Map<String, Set<String>> flags() {
    return flags;
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {}

  /** Rule name -> why it was stopped. */
  Map<String, String> stopped() {
    return stopped;
  }

  /**
   * The rule the watchdog interrupted (its action then fails with an {@code InterruptedException}),
   * or null.
   */
  String interrupted() {
    return interrupted;
  }

  /** The reason of a rule action interrupted by the watchdog. */
  String interruptedReason() {
    return "stopped: the check exceeded its time budget of " + text(budget.budget());
  }

  /** True when the session stopped firing at the end of the budget's grace. */
  boolean outOfTime() {
    return outOfTime;
  }

  /** Why a session's unevaluated requirements are ERROR after {@link #outOfTime()}. */
  String outOfTimeReason() {
    return "not evaluated: the check exceeded its time budget of " + text(budget.budget());
  }

  private void stop(String rule, String why) {
    stopped.putIfAbsent(rule, "rule '" + rule + "' " + why);
  }

  /**
   * The rule with the largest count, not yet stopped, the one that updated more facts among equals;
   * {@code fallback} when none has one.
   */
  private String mostOf(Map<String, long[]> counts, String fallback) {
    String most = fallback;
    long max = -1;
    long maxUpdates = -1;
    for (Map.Entry<String, long[]> entry : counts.entrySet()) {
      if (stopped.containsKey(entry.getKey())) {
        continue;
      }
      long count = entry.getValue()[0];
      long[] updated = updates.get(entry.getKey());
      long updateCount = updated == null ? 0 : updated[0];
      if (count > max || (count == max && updateCount > maxUpdates)) {
        max = count;
        maxUpdates = updateCount;
        most = entry.getKey();
      }
    }
    return most;
  }

  /** A duration as users write it: 90s, 2m, 1500ms. */
  static String text(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }
}
