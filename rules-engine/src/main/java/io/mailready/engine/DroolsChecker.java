package io.mailready.engine;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Obligation;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.RequirementInfo;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.Summary;
import io.mailready.WaiverUse;
import io.mailready.rule.Config;
import io.mailready.rule.Evaluation;
import io.mailready.rule.Flag;
import io.mailready.rule.Outcome;
import io.mailready.snapshot.Snapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * The Drools checker: one compiled rule base, a fresh session per check. Immutable and thread-safe;
 * {@link #check} never compiles.
 */
final class DroolsChecker implements Checker {
  private static final Pattern RULE_REQUIREMENT =
      Pattern.compile("^(" + MetadataReader.REQUIREMENT_ID.pattern() + ")\\b");
  private static final String DERIVE = "derive";
  private static final String DEPENDENT = "dependent";

  private final List<PackInfo> packs;
  private final List<Requirement> requirements;
  private final Config config;
  private final Map<String, PackSpec.CauseSpec> causes;
  private final Clock clock;
  private final KieBase kieBase;
  private final Supplier<KieBase> freshKieBase;
  private final Policy policy;
  private final Set<String> dependedOn;
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
      Policy policy) {
    this.packs = List.copyOf(packs);
    this.requirements = List.copyOf(requirements);
    this.config = config;
    this.causes = Map.copyOf(causes);
    this.clock = clock;
    this.kieBase = kieBase;
    this.freshKieBase = freshKieBase;
    this.policy = policy;
    this.dependedOn =
        requirements.stream()
            .flatMap(r -> r.spec().dependsOn().stream())
            .collect(Collectors.toUnmodifiableSet());
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
    // A condition that throws aborts the session: retry without that requirement's rules.
    for (int attempt = 0; ; attempt++) {
      try {
        return evaluate(snapshot, today, excluded, failures);
      } catch (RuntimeException e) {
        String requirement = requirementOf(e);
        if (requirement == null
            || excluded.contains(requirement)
            || attempt > requirements.size()) {
          throw new IllegalStateException("rule evaluation failed: " + RuleFailures.describe(e), e);
        }
        failures.put(requirement, "a rule condition failed: " + RuleFailures.describe(e));
        excluded = new java.util.HashSet<>(excluded);
        excluded.add(requirement);
        excluded = Set.copyOf(excluded);
      }
    }
  }

  private Report evaluate(
      Snapshot snapshot,
      LocalDate today,
      Set<String> excluded,
      Map<String, String> conditionFailures) {
    KieBase base =
        excluded.isEmpty() ? kieBase : reducedKieBases.computeIfAbsent(excluded, this::without);
    KieSession session = base.newKieSession();
    RuleFailures.start();
    Map<String, String> failures = new LinkedHashMap<>(conditionFailures);
    try {
      session.insert(new Evaluation(today, config));
      session.insert(snapshot);
      session.insert(snapshot.platform());
      session.insert(snapshot.tenant());
      if (snapshot.mailboxes() != null) {
        snapshot.mailboxes().forEach(session::insert);
      }
      session.getAgenda().getAgendaGroup(DERIVE).setFocus();
      session.fireAllRules();

      Assembler assembler =
          new Assembler(snapshot, today, config.values(), causes, objects(session, Flag.class));
      assembler.addOutcomes(objects(session, Outcome.class));
      ruleFailures(failures);

      List<Result> results = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      Map<String, Assembler.Assembled> byId = new HashMap<>();
      for (Requirement requirement : requirements) {
        if (requirement.spec().dependsOn().isEmpty()) {
          Assembler.Assembled assembled =
              assembler.assemble(requirement, failures.get(requirement.id()));
          byId.put(requirement.id(), assembled);
          if (dependedOn.contains(requirement.id())) {
            // Only the results dependent rules read become facts: a large tenant has millions.
            assembled.results().forEach(session::insert);
          }
        }
      }
      if (requirements.stream().anyMatch(r -> !r.spec().dependsOn().isEmpty())) {
        // Outcomes are compared by identity: a set keeps this linear in the number of outcomes.
        Set<Object> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(objects(session, Outcome.class));
        session.getAgenda().getAgendaGroup(DEPENDENT).setFocus();
        session.fireAllRules();
        List<Outcome> after = new ArrayList<>(objects(session, Outcome.class));
        after.removeIf(before::contains);
        assembler.addOutcomes(after);
        ruleFailures(failures);
        for (Requirement requirement : requirements) {
          if (!requirement.spec().dependsOn().isEmpty()) {
            byId.put(
                requirement.id(), assembler.assemble(requirement, failures.get(requirement.id())));
          }
        }
      }
      for (Requirement requirement : requirements) {
        results.addAll(byId.get(requirement.id()).results());
        findings.addAll(byId.get(requirement.id()).findings());
      }
      List<WaiverUse> waivers = Waivers.apply(policy.waivers(), today, results, findings);
      return report(snapshot, today, results, findings, waivers);
    } finally {
      RuleFailures.finish();
      session.dispose();
    }
  }

  private void ruleFailures(Map<String, String> failures) {
    Map<String, String> thrown = RuleFailures.finish();
    RuleFailures.start();
    thrown.forEach(
        (rule, problem) -> {
          Matcher matcher = RULE_REQUIREMENT.matcher(rule);
          String id = matcher.find() ? matcher.group(1) : null;
          String reason = "rule '" + rule + "' failed: " + problem;
          if (id != null) {
            failures.putIfAbsent(id, reason);
          } else {
            // A derivation rule failed: every requirement may be affected.
            requirements.forEach(r -> failures.putIfAbsent(r.id(), reason));
          }
        });
  }

  private Report report(
      Snapshot snapshot,
      LocalDate today,
      List<Result> results,
      List<Finding> findings,
      List<WaiverUse> waivers) {
    Map<String, Integer> order = new HashMap<>();
    Map<String, Obligation> obligations = new HashMap<>();
    requirements.forEach(
        r -> {
          order.put(r.id(), r.order());
          obligations.put(r.spec().id(), r.spec().obligation());
        });
    Map<String, Integer> resultOrder = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      resultOrder.putIfAbsent(
          results.get(i).requirement() + "\u0000" + results.get(i).subject(), i);
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(
        Comparator.comparing(Finding::severity)
            .thenComparing(f -> order.get(f.requirement()))
            .thenComparing(f -> resultOrder.get(f.requirement() + "\u0000" + f.subject())));
    int[] counts = new int[Severity.values().length];
    int waived = 0;
    for (Finding finding : sorted) {
      if (finding.waived()) {
        waived++;
      } else {
        counts[finding.severity().ordinal()]++;
      }
    }
    long unknown = results.stream().filter(r -> r.status() == Status.UNKNOWN).count();
    long errors = results.stream().filter(r -> r.status() == Status.ERROR).count();
    boolean unknownMust =
        results.stream()
            .anyMatch(
                r ->
                    r.status() == Status.UNKNOWN
                        && obligations.get(r.requirement()) == Obligation.MUST);
    boolean ready = counts[Severity.BLOCKER.ordinal()] == 0 && !unknownMust && errors == 0;
    Summary summary =
        new Summary(
            ready,
            counts[Severity.BLOCKER.ordinal()],
            counts[Severity.ERROR.ordinal()],
            counts[Severity.WARNING.ordinal()],
            counts[Severity.INFO.ordinal()],
            (int) unknown,
            (int) errors,
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

  /** The facts of a type, in a canonical order: the session's own order is not stable. */
  /**
   * The facts of one class. A ClassObjectFilter lets Drools visit that class's store only, and
   * iterating (rather than streaming) avoids a second pass to count; the order is not stable, so
   * the assembler orders what it needs.
   */
  private static <T> List<T> objects(KieSession session, Class<T> type) {
    List<T> facts = new ArrayList<>();
    for (Object fact : session.getObjects(new ClassObjectFilter(type))) {
      facts.add(type.cast(fact));
    }
    return facts;
  }
}
