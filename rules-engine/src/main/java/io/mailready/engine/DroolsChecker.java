package io.mailready.engine;

import com.google.common.base.Throwables;
import com.google.common.collect.Lists;
import io.mailready.Finding;
import io.mailready.Obligation;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.RequirementInfo;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Summary;
import io.mailready.WaiverUse;
import io.mailready.rule.Config;
import io.mailready.rule.Evaluation;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import io.mailready.spi.Engine;
import io.mailready.spi.SharedValues;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The Drools checker: one compiled rule base; a check runs fresh sessions of at most {@code
 * mailboxesPerSession} mailboxes each ({@link ChunkSession}), on the calling thread and the
 * checker's executor, and merges their results in snapshot order. Immutable and thread-safe; {@link
 * #check} never compiles.
 */
final class DroolsChecker implements Engine {
  static final Pattern RULE_REQUIREMENT =
      Pattern.compile("^(" + MetadataReader.REQUIREMENT_ID.pattern() + ")\\b");

  private final List<PackInfo> packs;
  private final List<Requirement> requirements;
  private final Config config;
  private final Map<String, PackSpec.CauseSpec> causes;
  private final Clock clock;
  private final KieBase kieBase;
  private final Supplier<KieBase> freshKieBase;
  private final Policy policy;
  private final Set<String> dependedOn;
  // Requirements whose results a tenant or domain requirement reads (through dependsOn).
  private final Set<String> dependedOnByTenant;
  // Names of the fact types the tenant phase gathers from every session (pack.yaml tenantFacts).
  private final Set<String> tenantFacts;
  private final int mailboxesPerSession;
  private final Executor executor;
  private final int firingLimit;
  private final Duration timeBudget;
  private final FactReads factReads;
  // Rule bases without the rules of requirements whose conditions threw; built on demand.
  private final Map<Set<String>, KieBase> reducedKieBases = new ConcurrentHashMap<>();

  DroolsChecker(
      List<PackInfo> packs,
      List<Requirement> requirements,
      Config config,
      Map<String, PackSpec.CauseSpec> causes,
      Clock clock,
      KieBase kieBase,
      Supplier<KieBase> freshKieBase,
      Policy policy,
      Set<String> tenantFacts,
      int mailboxesPerSession,
      Executor executor,
      int firingLimit,
      Duration timeBudget) {
    this.packs = List.copyOf(packs);
    this.requirements = List.copyOf(requirements);
    this.config = config;
    this.causes = Map.copyOf(causes);
    this.clock = clock;
    this.kieBase = kieBase;
    this.freshKieBase = freshKieBase;
    this.policy = policy;
    this.tenantFacts = Set.copyOf(tenantFacts);
    this.dependedOn =
        requirements.stream()
            .flatMap(r -> r.spec().dependsOn().stream())
            .collect(Collectors.toUnmodifiableSet());
    this.dependedOnByTenant =
        requirements.stream()
            .filter(r -> r.spec().subject() != SubjectKind.MAILBOX)
            .flatMap(r -> r.spec().dependsOn().stream())
            .collect(Collectors.toUnmodifiableSet());
    this.mailboxesPerSession = mailboxesPerSession;
    this.executor = executor;
    this.firingLimit = firingLimit;
    this.timeBudget = timeBudget;
    this.factReads = new FactReads(kieBase, this.requirements);
  }

  @Override
  public List<RequirementInfo> requirements() {
    return requirements.stream().map(Requirement::info).toList();
  }

  @Override
  public List<PackInfo> packs() {
    return packs;
  }

  @Override
  public Report check(Snapshot snapshot) {
    java.util.Objects.requireNonNull(snapshot, "snapshot");
    LocalDate today =
        snapshot.evaluatedAt() != null
            ? snapshot.evaluatedAt()
            : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Map<String, String> failures = new LinkedHashMap<>();
    Set<String> excluded = Set.of();
    SessionGuard.Budget budget = new SessionGuard.Budget(timeBudget);
    // A condition that throws aborts the session: retry without that requirement's rules.
    for (int attempt = 0; ; attempt++) {
      try {
        return evaluate(snapshot, today, excluded, failures, budget);
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        String requirement = requirementOf(e);
        Throwable error = e;
        if (requirement == null) {
          Culprit culprit = culprit(snapshot, today, excluded, failures, budget, e);
          if (culprit != null) {
            requirement = culprit.requirement();
            error = culprit.error();
          }
        }
        if (requirement == null
            || excluded.contains(requirement)
            || attempt > requirements.size()) {
          throw new IllegalStateException("rule evaluation failed: " + RuleFailures.describe(e), e);
        }
        failures.put(requirement, "a rule condition failed: " + RuleFailures.describe(error));
        excluded = new java.util.HashSet<>(excluded);
        excluded.add(requirement);
        excluded = Set.copyOf(excluded);
      }
    }
  }

  /** A requirement whose rules make the evaluation fail, and the error they cause. */
  private record Culprit(String requirement, Throwable error) {}

  /**
   * The requirement whose condition threw an error that names no rule ({@code eval}, {@code from}
   * and errors such as {@code StackOverflowError} reach the engine without the rule's name): the
   * last requirement, in order, that the evaluation needs removed, with those before it, to
   * succeed; null when it fails without any requirement's rules. A binary search: about
   * log2(requirements) evaluations, on rule bases that are not kept.
   */
  private Culprit culprit(
      Snapshot snapshot,
      LocalDate today,
      Set<String> excluded,
      Map<String, String> failures,
      SessionGuard.Budget budget,
      Throwable error) {
    List<String> candidates =
        requirements.stream().map(Requirement::id).filter(id -> !excluded.contains(id)).toList();
    // Without the first lo candidates the evaluation fails (with loError), without the first hi it
    // succeeds: the candidate at hi - 1 is the one that fails it.
    int lo = 0;
    Throwable loError = error;
    int hi = candidates.size();
    if (hi == 0 || failure(snapshot, today, excluded, candidates, hi, failures, budget) != null) {
      return null;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      Throwable midError = failure(snapshot, today, excluded, candidates, mid, failures, budget);
      if (midError != null) {
        lo = mid;
        loError = midError;
      } else {
        hi = mid;
      }
    }
    return new Culprit(candidates.get(hi - 1), loError);
  }

  /**
   * What makes the evaluation fail without the rules of {@code excluded} and of the {@code first}
   * candidates; null when it succeeds.
   */
  private Throwable failure(
      Snapshot snapshot,
      LocalDate today,
      Set<String> excluded,
      List<String> candidates,
      int first,
      Map<String, String> failures,
      SessionGuard.Budget budget) {
    Set<String> without = new java.util.HashSet<>(excluded);
    without.addAll(candidates.subList(0, first));
    try {
      evaluate(snapshot, today, without(without), failures, budget);
      return null;
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      return e;
    }
  }

  private Report evaluate(
      Snapshot snapshot,
      LocalDate today,
      Set<String> excluded,
      Map<String, String> conditionFailures,
      SessionGuard.Budget budget) {
    KieBase base =
        excluded.isEmpty() ? kieBase : reducedKieBases.computeIfAbsent(excluded, this::without);
    return evaluate(snapshot, today, base, conditionFailures, budget);
  }

  private Report evaluate(
      Snapshot snapshot,
      LocalDate today,
      KieBase base,
      Map<String, String> conditionFailures,
      SessionGuard.Budget budget) {
    ChunkSession.Checked check =
        new ChunkSession.Checked(
            base,
            snapshot,
            new Evaluation(today, config),
            new SharedValues(),
            requirements,
            dependedOn,
            tenantFacts,
            causes,
            conditionFailures,
            firingLimit,
            budget,
            factReads);
    List<List<Mailbox>> chunks =
        snapshot.mailboxes() == null || snapshot.mailboxes().isEmpty()
            ? List.of(List.of())
            : Lists.partition(snapshot.mailboxes(), mailboxesPerSession);
    // Every session evaluates its chunk's mailboxes. The first also owns the tenant and domain
    // results: when the others are done, it runs the tenant phase over the tenantFacts of every
    // session, then its dependent rules over the results that tenant and domain requirements read.
    ChunkSession first = new ChunkSession(check, chunks.get(0), true);
    List<ChunkSession> sessions = new ArrayList<>();
    sessions.add(first);
    try {
      sessions.addAll(
          inParallel(
              chunks.subList(1, chunks.size()),
              chunk -> {
                ChunkSession session = new ChunkSession(check, chunk, false);
                try {
                  session.evaluate();
                  session.evaluateDependents(List.of());
                  return session;
                } finally {
                  session.close();
                }
              },
              first::evaluate));
      List<Object> forTenantPhase = new ArrayList<>();
      List<Result> forTenant = new ArrayList<>();
      for (ChunkSession session : sessions.subList(1, sessions.size())) {
        forTenantPhase.addAll(session.takeTenantFacts());
        session.dependedOnResults().stream()
            .filter(r -> dependedOnByTenant.contains(r.requirement()))
            .forEach(forTenant::add);
      }
      first.evaluateTenant(forTenantPhase);
      first.evaluateDependents(forTenant);
    } finally {
      first.close();
    }
    return merge(snapshot, today, sessions);
  }

  /** Joins the sessions' results, in requirement order, then session (snapshot) order. */
  private Report merge(Snapshot snapshot, LocalDate today, List<ChunkSession> sessions) {
    // A rule that failed in one session fails the requirement in all: its results become ERROR.
    Map<String, String> failures = new LinkedHashMap<>();
    sessions.forEach(s -> s.failures().forEach(failures::putIfAbsent));
    int size = 0;
    for (ChunkSession session : sessions) {
      for (Assembler.Assembled assembled : session.assembled().values()) {
        size += assembled.results().size();
      }
    }
    ResultTable.Builder results = ResultTable.builder(size);
    List<Finding> findings = new ArrayList<>();
    for (Requirement requirement : requirements) {
      String failure = failures.get(requirement.id());
      for (ChunkSession session : sessions) {
        Assembler.Assembled assembled = session.assembled().get(requirement.id());
        if (assembled == null) {
          continue;
        }
        if (failure != null && session.failures().get(requirement.id()) == null) {
          assembled = Assembler.failed(assembled, failure);
        }
        results.addAll(assembled.results());
        findings.addAll(assembled.findings());
      }
    }
    List<WaiverUse> waivers = Waivers.apply(policy.waivers(), today, results, findings);
    return report(snapshot, today, results.build(), findings, waivers);
  }

  /**
   * Applies {@code task} to every item while the calling thread runs {@code first}; results in item
   * order. The items are taken in turn by the calling thread, once {@code first} is done, and by up
   * to as many tasks on the executor as there are processors. The caller waits only for items that
   * a thread has started, so a check cannot deadlock on an executor that is busy, direct, or the
   * one the caller runs on.
   */
  private <T, R> List<R> inParallel(List<T> items, Function<T, R> task, Runnable first) {
    int size = items.size();
    List<CompletableFuture<R>> done = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      done.add(new CompletableFuture<>());
    }
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Thread caller = Thread.currentThread();
    AtomicBoolean firstDone = new AtomicBoolean();
    Runnable take =
        () -> {
          // A direct executor runs the task at once: the calling thread runs the first item first.
          if (Thread.currentThread() == caller && !firstDone.get()) {
            return;
          }
          for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
            if (failed.get()) {
              done.get(i).cancel(false);
              continue;
            }
            try {
              done.get(i).complete(task.apply(items.get(i)));
            } catch (RuntimeException | Error e) {
              failed.set(true);
              done.get(i).completeExceptionally(e);
            }
          }
        };
    int helpers = Math.min(size, Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < helpers; i++) {
      try {
        executor.execute(take);
      } catch (RejectedExecutionException e) {
        break; // the calling thread takes the items
      }
    }
    try {
      first.run();
    } catch (RuntimeException | Error e) {
      failed.set(true);
      throw e;
    } finally {
      firstDone.set(true);
      take.run();
    }
    List<R> results = new ArrayList<>(size);
    for (CompletableFuture<R> future : done) {
      try {
        results.add(future.get());
      } catch (InterruptedException e) {
        failed.set(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking", e);
      } catch (ExecutionException e) {
        // A condition that threw is retried by check() without its requirement: rethrow as is.
        Throwables.throwIfUnchecked(e.getCause());
        throw new IllegalStateException(e.getCause());
      } catch (CancellationException e) {
        // Not taken after another item failed: that item's error is thrown.
      }
    }
    return results;
  }

  private Report report(
      Snapshot snapshot,
      LocalDate today,
      ResultTable results,
      List<Finding> findings,
      List<WaiverUse> waivers) {
    Map<String, Integer> order = new HashMap<>();
    Map<String, Obligation> obligations = new HashMap<>();
    requirements.forEach(
        r -> {
          order.put(r.id(), r.order());
          obligations.put(r.spec().id(), r.spec().obligation());
        });
    // Findings come in requirement order, then subject order: a stable sort keeps the latter.
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(
        Comparator.comparing(Finding::severity).thenComparing(f -> order.get(f.requirement())));
    int[] counts = new int[Severity.values().length];
    int waived = 0;
    for (Finding finding : sorted) {
      if (finding.waived()) {
        waived++;
      } else {
        counts[finding.severity().ordinal()]++;
      }
    }
    int unknown = 0;
    int errors = 0;
    boolean unknownMust = false;
    for (int i = 0; i < results.size(); i++) {
      Status status = results.status(i);
      if (status == Status.UNKNOWN) {
        unknown++;
        unknownMust |= obligations.get(results.requirement(i)) == Obligation.MUST;
      } else if (status == Status.ERROR) {
        errors++;
      }
    }
    // A check that evaluated nothing proves nothing: it is never ready.
    boolean ready =
        counts[Severity.BLOCKER.ordinal()] == 0
            && !unknownMust
            && errors == 0
            && results.size() > 0;
    Summary summary =
        new Summary(
            ready,
            counts[Severity.BLOCKER.ordinal()],
            counts[Severity.ERROR.ordinal()],
            counts[Severity.WARNING.ordinal()],
            counts[Severity.INFO.ordinal()],
            unknown,
            errors,
            waived);
    return new Report(snapshot.tenant().name(), today, packs, summary, results, sorted, waivers);
  }

  private String requirementOf(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error;
        t != null && text.length() < 20_000;
        t = t.getCause() == t ? null : t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        if (text.indexOf(rule.getName()) >= 0) {
          Matcher matcher = RULE_REQUIREMENT.matcher(rule.getName());
          if (matcher.find()) {
            return matcher.group(1);
          }
        }
      }
    }
    return null;
  }

  private KieBase without(Set<String> requirementIds) {
    KieBase base = freshKieBase.get();
    for (KiePackage kiePackage : base.getKiePackages()) {
      for (Rule rule : List.copyOf(kiePackage.getRules())) {
        Matcher matcher = RULE_REQUIREMENT.matcher(rule.getName());
        if (matcher.find() && requirementIds.contains(matcher.group(1))) {
          base.removeRule(kiePackage.getName(), rule.getName());
        }
      }
    }
    return base;
  }
}
