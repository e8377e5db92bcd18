package io.mailready.engine;

import io.mailready.Result;
import io.mailready.SubjectKind;
import io.mailready.rule.Evaluation;
import io.mailready.rule.Flag;
import io.mailready.rule.Outcome;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import io.mailready.spi.SharedValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * One rule session of a check: the tenant's facts and one chunk of its mailboxes.
 *
 * <p>Every session holds the whole {@code Snapshot}, its tenant and platform, and derives the
 * tenant's facts itself. A session owns the results of its own mailboxes; the first session also
 * owns the tenant and domain results.
 *
 * <p>Phases: {@link #evaluate} runs the derivations and the requirement rules and assembles the
 * mailbox results; in the first session, {@link #evaluateTenant} then inserts the {@code
 * tenantFacts} of every other session, runs the agenda group {@code tenant} (where rules may
 * aggregate over those facts) and assembles the tenant and domain results; {@link
 * #evaluateDependents} inserts the results that {@code dependsOn} rules read and runs them. A
 * session is confined to one thread at a time.
 */
final class ChunkSession {
  private static final String DERIVE = "derive";
  private static final String DEPENDENT = "dependent";
  private static final String TENANT = "tenant";

  private final Checked check;
  private final List<Mailbox> mailboxes;
  private final boolean ownsTenant;
  private final Map<String, String> failures;
  private final Map<String, Assembler.Assembled> assembled = new LinkedHashMap<>();
  private final List<Result> dependedOnResults = new ArrayList<>();
  private List<Object> tenantFacts = List.of();
  private KieSession session;
  private SessionGuard guard;
  private Assembler assembler;

  /** What every session of one check shares. */
  record Checked(
      KieBase base,
      Snapshot snapshot,
      Evaluation evaluation,
      SharedValues shared,
      List<Requirement> requirements,
      Set<String> dependedOn,
      Set<String> tenantFacts,
      Map<String, PackSpec.CauseSpec> causes,
      Map<String, String> conditionFailures,
      int firingLimit,
      SessionGuard.Budget budget,
      FactReads factReads) {}

  ChunkSession(Checked check, List<Mailbox> mailboxes, boolean ownsTenant) {
    this.check = check;
    this.mailboxes = mailboxes;
    this.ownsTenant = ownsTenant;
    this.failures = new LinkedHashMap<>(check.conditionFailures());
  }

  /**
   * Derives, runs the requirement rules and assembles the mailbox requirements without
   * dependencies.
   */
  void evaluate() {
    session = check.base().newKieSession();
    guard = new SessionGuard(check.firingLimit(), mailboxes.size(), check.budget());
    Snapshot snapshot = check.snapshot();
    session.insert(check.evaluation());
    session.insert(check.shared());
    session.insert(snapshot);
    session.insert(snapshot.platform());
    session.insert(snapshot.tenant());
    mailboxes.forEach(session::insert);
    fire(DERIVE);
    assembler = newAssembler();
    assembler.addOutcomes(objects(Outcome.class));
    assembleWithoutDependencies(true);
    if (!ownsTenant && !check.tenantFacts().isEmpty()) {
      tenantFacts = tenantFactsOfThisSession();
    }
  }

  /**
   * The first session's tenant phase: inserts the {@code tenantFacts} of the other sessions, runs
   * the agenda group {@code tenant}, and assembles the tenant and domain requirements without
   * dependencies.
   */
  void evaluateTenant(List<Object> fromOtherSessions) {
    fromOtherSessions.forEach(session::insert);
    fire(TENANT);
    // The tenant phase may add flags and outcomes: assemble from all of them.
    assembler = newAssembler();
    assembler.addOutcomes(objects(Outcome.class));
    assembleWithoutDependencies(false);
  }

  /** An assembler of this session's mailboxes over the flags derived so far. */
  private Assembler newAssembler() {
    return new Assembler(
        check.snapshot(),
        mailboxes,
        check.evaluation().today(),
        check.evaluation().config().values(),
        check.causes(),
        objects(Flag.class));
  }

  /** The facts of this session that the tenant phase reads; once, for a session not the first. */
  List<Object> takeTenantFacts() {
    List<Object> facts = tenantFacts;
    tenantFacts = List.of();
    return facts;
  }

  private void assembleWithoutDependencies(boolean mailboxRequirements) {
    for (Requirement requirement : check.requirements()) {
      boolean mailbox = requirement.spec().subject() == SubjectKind.MAILBOX;
      if (requirement.spec().dependsOn().isEmpty()
          && mailbox == mailboxRequirements
          && owns(requirement)) {
        Assembler.Assembled results =
            assembler.assemble(requirement, failures.get(requirement.id()));
        assembled.put(requirement.id(), results);
        if (check.dependedOn().contains(requirement.id())) {
          dependedOnResults.addAll(results.results());
        }
      }
    }
  }

  /** The facts whose type the packs list under {@code tenantFacts}, in insertion order. */
  private List<Object> tenantFactsOfThisSession() {
    List<org.kie.api.runtime.rule.FactHandle> handles =
        new ArrayList<>(
            session.getFactHandles(o -> check.tenantFacts().contains(o.getClass().getName())));
    handles.sort(
        java.util.Comparator.comparingLong(
            h -> ((org.drools.core.common.InternalFactHandle) h).getId()));
    List<Object> facts = new ArrayList<>(handles.size());
    handles.forEach(h -> facts.add(session.getObject(h)));
    return facts;
  }

  /**
   * Runs the {@code dependsOn} rules over this session's results of the requirements they read and
   * {@code fromOtherSessions}, then assembles the dependent requirements.
   */
  void evaluateDependents(Collection<Result> fromOtherSessions) {
    if (check.requirements().stream().allMatch(r -> r.spec().dependsOn().isEmpty())) {
      return;
    }
    // Only the results dependent rules read become facts: a large tenant has millions.
    dependedOnResults.forEach(session::insert);
    fromOtherSessions.forEach(session::insert);
    // Outcomes are compared by identity: a set keeps this linear in the number of outcomes.
    Set<Object> before = Collections.newSetFromMap(new IdentityHashMap<>());
    before.addAll(objects(Outcome.class));
    fire(DEPENDENT);
    List<Outcome> after = new ArrayList<>(objects(Outcome.class));
    after.removeIf(before::contains);
    assembler.addOutcomes(after);
    for (Requirement requirement : check.requirements()) {
      if (!requirement.spec().dependsOn().isEmpty() && owns(requirement)) {
        assembled.put(
            requirement.id(), assembler.assemble(requirement, failures.get(requirement.id())));
      }
    }
  }

  /** Frees the rule session; the assembled results stay. */
  void close() {
    if (session != null) {
      session.dispose();
      session = null;
      assembler = null;
    }
  }

  /** Whether this session assembles a requirement's results. */
  private boolean owns(Requirement requirement) {
    return ownsTenant || requirement.spec().subject() == SubjectKind.MAILBOX;
  }

  /** This session's results of requirements that others depend on. */
  List<Result> dependedOnResults() {
    return dependedOnResults;
  }

  /** Requirement id -> this session's results and findings, for the requirements it owns. */
  Map<String, Assembler.Assembled> assembled() {
    return assembled;
  }

  /** Requirement id -> why its rules failed in this session. */
  Map<String, String> failures() {
    return failures;
  }

  private void fire(String agendaGroup) {
    RuleFailures.start();
    try {
      session.getAgenda().getAgendaGroup(agendaGroup).setFocus();
      guard.fireAllRules(session);
    } finally {
      // A rule the guard stopped (the limits, an error, an action the watchdog interrupted) has
      // the guard's reason; then the rules whose actions threw.
      guard.stopped().forEach(this::recordFailure);
      RuleFailures.finish()
          .forEach(
              (rule, problem) -> recordFailure(rule, "rule '" + rule + "' failed: " + problem));
      if (guard.outOfTime()) {
        check.requirements().forEach(r -> failures.putIfAbsent(r.id(), guard.outOfTimeReason()));
      }
    }
  }

  private void recordFailure(String rule, String reason) {
    Matcher matcher = DroolsChecker.RULE_REQUIREMENT.matcher(rule);
    String id = matcher.find() ? matcher.group(1) : null;
    if (id != null) {
      failures.putIfAbsent(id, reason);
    } else {
      // A derivation rule failed: the requirements that read what it derives are affected.
      check
          .factReads()
          .readersOf(rule, guard.inserted(), guard.flags())
          .forEach(r -> failures.putIfAbsent(r.id(), reason));
    }
  }

  /**
   * The facts of one class. A ClassObjectFilter lets Drools visit that class's store only, and
   * iterating (rather than streaming) avoids a second pass to count; the order is not stable, so
   * the assembler orders what it needs.
   */
  private <T> List<T> objects(Class<T> type) {
    List<T> facts = new ArrayList<>();
    for (Object fact : session.getObjects(new ClassObjectFilter(type))) {
      facts.add(type.cast(fact));
    }
    return facts;
  }
}
