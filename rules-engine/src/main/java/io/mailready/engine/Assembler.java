package io.mailready.engine;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.rule.Cause;
import io.mailready.rule.Flag;
import io.mailready.rule.Outcome;
import io.mailready.rule.Subject;
import io.mailready.rule.Tri;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what the rules derived (flags) and recorded (outcomes) into one result per requirement and
 * subject, following {@code requirements.md} 0.5: applicability, required sections, then the FAIL
 * condition, with parts combined in Kleene logic.
 */
final class Assembler {
  private final Snapshot snapshot;
  private final LocalDate today;
  private final Map<String, Object> config;
  private final Map<String, PackSpec.CauseSpec> causes;
  private final Map<Subject, Map<String, Flag>> flags = new LinkedHashMap<>();
  private final Map<String, Map<Subject, List<Outcome>>> outcomes = new LinkedHashMap<>();
  private final Map<String, Mailbox> mailboxes = new LinkedHashMap<>();
  private final List<Subject> mailboxSubjects;
  // The flags of each of mailboxSubjects, and the tenant's: looked up once, not per requirement.
  private final List<Map<String, Flag>> mailboxFlags;
  private final Map<String, Flag> tenantFlags;
  private final Map<RequirementSpec, List<String>> partKeys = new java.util.IdentityHashMap<>();
  private final Subject tenant;
  // Flags derived twice with different values, as "name of subject".
  private final Set<String> conflicts = new LinkedHashSet<>();
  // Placeholders every message may use, built once per check.
  private final Map<String, Object> context = new LinkedHashMap<>();

  /**
   * The placeholders this class fills in every message (the context above, and per subject and
   * finding in {@link #fill}); DeclaredNames accepts them in any requirement.
   */
  static final Set<String> BUILT_IN_PLACEHOLDERS =
      Set.of("today", "platformName", "tenant", "appId", "subject", "mailbox", "domain", "parts");

  /** One requirement's results, and the findings among them. */
  record Assembled(List<Result> results, List<Finding> findings) {}

  /**
   * @param mailboxes the mailboxes whose results this assembler gives (a chunk of the snapshot's)
   */
  Assembler(
      Snapshot snapshot,
      List<Mailbox> mailboxes,
      LocalDate today,
      Map<String, Object> config,
      Map<String, PackSpec.CauseSpec> causes,
      Collection<Flag> derivedFlags) {
    this.snapshot = snapshot;
    this.today = today;
    this.config = config;
    this.causes = causes;
    this.tenant = new Subject(SubjectKind.TENANT, snapshot.tenant().name());
    for (Flag flag : derivedFlags) {
      Flag earlier =
          flags
              .computeIfAbsent(flag.subject(), s -> new LinkedHashMap<>())
              .putIfAbsent(flag.name(), flag);
      if (earlier != null && earlier.value() != flag.value()) {
        // Two derivation rules disagree: a content error that must not be settled by fact order.
        conflicts.add(flag.name() + " of " + flag.subject().name());
      }
    }
    mailboxes.forEach(m -> this.mailboxes.put(m.address(), m));
    this.mailboxSubjects =
        this.mailboxes.keySet().stream().map(a -> new Subject(SubjectKind.MAILBOX, a)).toList();
    this.mailboxFlags = mailboxSubjects.stream().map(m -> flags.getOrDefault(m, Map.of())).toList();
    this.tenantFlags = flags.getOrDefault(tenant, Map.of());
    context.putAll(config);
    context.put("today", today);
    context.put("platformName", platformName());
    context.put("tenant", snapshot.tenant().name());
    if (snapshot.platform().azureApp() != null && snapshot.platform().azureApp().appId() != null) {
      context.put("appId", snapshot.platform().azureApp().appId());
    }
  }

  /** Adds outcomes recorded by the rules (once each; call again after later phases). */
  void addOutcomes(Collection<Outcome> recorded) {
    Set<List<Outcome>> touched =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Outcome outcome : recorded) {
      List<Outcome> group =
          outcomes
              .computeIfAbsent(outcome.requirement(), id -> new LinkedHashMap<>())
              .computeIfAbsent(outcome.subject(), s -> new ArrayList<>());
      group.add(outcome);
      touched.add(group);
    }
    // The session gives facts in no stable order: order each subject's outcomes by their text
    // (computed once each), so that evidence and messages come out the same on every run.
    for (List<Outcome> group : touched) {
      if (group.size() > 1) {
        List<Outcome> sorted =
            group.stream()
                .map(o -> Map.entry(o.toString(), o))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        group.clear();
        group.addAll(sorted);
      }
    }
  }

  /** The results of a requirement; {@code failure} is set when one of its rules threw. */
  Assembled assemble(Requirement requirement, String failure) {
    // Straight into columns: a large tenant has millions of results.
    ResultTable.Builder results = ResultTable.builder(subjectsCount(requirement));
    List<Finding> findings = new ArrayList<>();
    RequirementSpec spec = requirement.spec();
    if (spec.subject() == SubjectKind.MAILBOX && snapshot.mailboxes() == null) {
      add(results, requirement, tenant, Status.UNKNOWN, "mailboxes not collected");
      return new Assembled(results.build(), findings);
    }
    List<Subject> subjects = subjects(requirement);
    if (subjects.isEmpty()
        && spec.subject() == SubjectKind.DOMAIN
        && snapshot.tenant().domains() == null
        && snapshot.mailboxes() == null) {
      // Neither tenant.domains nor mailboxes collected: one UNKNOWN for the tenant (0.4). With
      // either collected and no domain to report on, there is nothing to decide.
      add(results, requirement, tenant, Status.UNKNOWN, "tenant.domains not collected");
    }
    Map<Subject, List<Outcome>> recorded = outcomes.getOrDefault(spec.id(), Map.of());
    for (int i = 0; i < subjects.size(); i++) {
      Subject subject = subjects.get(i);
      if (failure != null) {
        add(results, requirement, subject, Status.ERROR, failure);
        continue;
      }
      Map<String, Flag> own =
          subjects == mailboxSubjects ? mailboxFlags.get(i) : flags.getOrDefault(subject, Map.of());
      Decision decision =
          decide(
              requirement,
              subject,
              own,
              recorded.isEmpty() ? List.of() : recorded.getOrDefault(subject, List.of()));
      add(results, requirement, subject, decision.status, decision.reason);
      if (decision.status == Status.FAIL) {
        findings.add(finding(requirement, subject, decision.failing));
      }
    }
    return new Assembled(results.build(), findings);
  }

  /** The same results, each an ERROR for {@code failure}, and no findings. */
  static Assembled failed(Assembled assembled, String failure) {
    return new Assembled(
        assembled.results().stream()
            .map(
                r ->
                    new Result(
                        r.requirement(),
                        r.subjectKind(),
                        r.subject(),
                        Status.ERROR,
                        failure,
                        r.pack()))
            .toList(),
        List.of());
  }

  private List<Subject> subjects(Requirement requirement) {
    return switch (requirement.spec().subject()) {
      case TENANT -> List.of(tenant);
      case MAILBOX -> mailboxSubjects;
      case DOMAIN -> {
        Set<Subject> domains = new LinkedHashSet<>();
        if (snapshot.tenant().domains() != null) {
          snapshot.tenant().domains().forEach(d -> domains.add(Subject.domain(d.name())));
        }
        // Domains known only from the rules (e.g. a mailbox's mail domain), in name order.
        Set<String> extra = new TreeSet<>();
        flags.keySet().stream()
            .filter(s -> s.kind() == SubjectKind.DOMAIN)
            .forEach(s -> extra.add(s.name()));
        outcomes
            .getOrDefault(requirement.id(), Map.of())
            .keySet()
            .forEach(s -> extra.add(s.name()));
        extra.forEach(name -> domains.add(Subject.domain(name)));
        yield List.copyOf(domains);
      }
    };
  }

  /** What a requirement decides for one subject. */
  private record Decision(Status status, String reason, List<Outcome> failing) {}

  private static final Decision PASS = new Decision(Status.PASS, null, List.of());

  /** null (the requirement as a whole), then each part's key. */
  private static List<String> partKeys(RequirementSpec spec) {
    List<String> keys = new ArrayList<>();
    keys.add(null);
    keys.addAll(spec.parts().keySet());
    return keys;
  }

  /** {@code own} are the subject's flags, {@code recorded} its outcomes of this requirement. */
  private Decision decide(
      Requirement requirement, Subject subject, Map<String, Flag> own, List<Outcome> recorded) {
    RequirementSpec spec = requirement.spec();
    Mailbox mailbox = subject.kind() == SubjectKind.MAILBOX ? mailboxes.get(subject.name()) : null;

    // 1. Applies to: FALSE wins (first reason), then UNKNOWN. (Lists here are made only when
    // needed: this runs for every requirement and mailbox.)
    List<String> unknown = null;
    for (RequirementSpec.Condition condition : spec.appliesWhen()) {
      Flag flag = flag(own, condition.flag());
      if (flag == null) {
        return new Decision(
            Status.ERROR,
            "flag '"
                + condition.flag()
                + "' was not derived for "
                + subject.name()
                + " (or derived twice with different values)",
            List.of());
      }
      if (flag.value() == Tri.FALSE) {
        return new Decision(
            Status.NOT_APPLICABLE, fill(condition.otherwise(), subject, Map.of()), List.of());
      }
      if (flag.value() == Tri.UNKNOWN) {
        unknown = unknown == null ? new ArrayList<>() : unknown;
        unknown.add(
            flag.unknownBecause() != null
                ? fill(flag.unknownBecause(), subject, Map.of())
                : "cannot tell whether " + describe(condition));
      }
    }
    for (Outcome outcome : recorded) {
      if (outcome.kind() == Outcome.Kind.NOT_APPLICABLE) {
        String reason = reason(spec, outcome, subject);
        return reason == null
            ? new Decision(
                Status.ERROR,
                "reason '" + outcome.reason() + "' is not in the metadata's reasons",
                List.of())
            : new Decision(Status.NOT_APPLICABLE, reason, List.of());
      }
    }
    if (unknown != null) {
      return new Decision(Status.UNKNOWN, String.join("; ", unknown), List.of());
    }
    // 2. Requires: the sections the whole requirement needs.
    List<String> missing = missing(spec.requires(), mailbox);
    if (!missing.isEmpty()) {
      return new Decision(
          Status.UNKNOWN, "not collected: " + String.join(", ", missing), List.of());
    }
    // 3. The FAIL condition, part by part (Kleene OR).
    List<Outcome> failing = new ArrayList<>(0);
    List<String> unknownParts = new ArrayList<>(0);
    for (String part : partKeys.computeIfAbsent(spec, Assembler::partKeys)) {
      RequirementSpec.PartSpec partSpec = part == null ? null : spec.parts().get(part);
      if (partSpec != null && partSpec.when() != null) {
        Flag guard = flag(own, partSpec.when());
        if (guard == null) {
          return new Decision(
              Status.ERROR,
              "flag '" + partSpec.when() + "' was not derived for " + subject.name(),
              List.of());
        }
        if (guard.value() == Tri.FALSE) {
          continue; // the part is skipped: it contributes FALSE
        }
        if (guard.value() == Tri.UNKNOWN) {
          // Kleene: UNKNOWN AND FALSE is FALSE. A part whose own condition is FALSE (its sections
          // collected, no FAIL or UNKNOWN outcome) contributes FALSE whatever its guard.
          if (!partFalse(partSpec, part, recorded, mailbox)) {
            unknownParts.add(
                guard.unknownBecause() != null
                    ? fill(guard.unknownBecause(), subject, Map.of())
                    : "cannot tell whether part (" + part + ") applies");
          }
          continue;
        }
      }
      List<String> partMissing =
          partSpec == null ? List.of() : missing(partSpec.requires(), mailbox);
      if (!partMissing.isEmpty()) {
        unknownParts.add("not collected: " + String.join(", ", partMissing));
        continue;
      }
      for (Outcome outcome : recorded) {
        if (!Objects.equals(outcome.part(), part)) {
          continue;
        }
        if (outcome.kind() == Outcome.Kind.FAIL) {
          failing.add(outcome);
        } else if (outcome.kind() == Outcome.Kind.UNKNOWN) {
          String reason = reason(spec, outcome, subject);
          if (reason == null) {
            return new Decision(
                Status.ERROR,
                "reason '" + outcome.reason() + "' is not in the metadata's reasons",
                List.of());
          }
          unknownParts.add(reason);
        }
      }
    }
    for (Outcome outcome : recorded) {
      if (outcome.part() != null && !spec.parts().containsKey(outcome.part())) {
        return new Decision(
            Status.ERROR,
            "a rule recorded part '" + outcome.part() + "', which the metadata does not declare",
            List.of());
      }
      if (outcome.variant() != null && !spec.variants().containsKey(outcome.variant())) {
        return new Decision(
            Status.ERROR,
            "a rule chose variant '" + outcome.variant() + "', which the metadata does not declare",
            List.of());
      }
    }
    if (!failing.isEmpty()) {
      return new Decision(Status.FAIL, null, failing);
    }
    if (!unknownParts.isEmpty()) {
      return new Decision(
          Status.UNKNOWN, String.join("; ", new LinkedHashSet<>(unknownParts)), List.of());
    }
    return PASS;
  }

  /**
   * Whether a part's own condition is FALSE: its sections are collected and it recorded nothing.
   */
  private boolean partFalse(
      RequirementSpec.PartSpec partSpec, String part, List<Outcome> recorded, Mailbox mailbox) {
    if (!missing(partSpec.requires(), mailbox).isEmpty()) {
      return false;
    }
    for (Outcome outcome : recorded) {
      if (Objects.equals(outcome.part(), part)
          && (outcome.kind() == Outcome.Kind.FAIL || outcome.kind() == Outcome.Kind.UNKNOWN)) {
        return false;
      }
    }
    return true;
  }

  private Finding finding(Requirement requirement, Subject subject, List<Outcome> failing) {
    RequirementSpec spec = requirement.spec();
    Map<String, Object> evidence = new LinkedHashMap<>();
    for (Outcome outcome : failing) {
      outcome.evidence().forEach((name, value) -> merge(evidence, name, value));
    }
    Severity severity = requirement.severity();
    String template = spec.message();
    for (Outcome outcome : failing) {
      if (outcome.variant() != null) {
        RequirementSpec.VariantSpec variant = spec.variants().get(outcome.variant());
        severity =
            variant.severity() != null && requirement.severity() == spec.severity()
                ? variant.severity()
                : severity;
        template = variant.message() != null ? variant.message() : template;
        break;
      }
    }
    List<String> parts = new ArrayList<>();
    for (Outcome outcome : failing) {
      if (outcome.part() != null) {
        parts.add(fill(spec.parts().get(outcome.part()).message(), subject, outcome.evidence()));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>(evidence);
    values.put("parts", String.join("; ", new LinkedHashSet<>(parts)));
    String message = fill(template, subject, values);
    // In fixes an unset value keeps its placeholder, for the admin to fill in.
    Map<String, Object> fixValues = new LinkedHashMap<>(values);
    fixValues.values().removeIf(Objects::isNull);
    Set<String> failingParts = new LinkedHashSet<>();
    failing.forEach(outcome -> failingParts.add(outcome.part()));
    List<Fix> fixes = new ArrayList<>();
    for (RequirementSpec.FixSpec fix : spec.fixes()) {
      if (fix.part() != null && !failingParts.contains(fix.part())) {
        continue;
      }
      fixes.add(
          new Fix(
              fill(fix.summary(), subject, fixValues),
              fill(fix.adminCenter(), subject, fixValues),
              fill(fix.powershell(), subject, fixValues),
              fill(fix.graph(), subject, fixValues)));
    }
    Map<String, Object> shown = new LinkedHashMap<>();
    evidence.forEach((name, value) -> shown.put(name, plain(value)));
    return new Finding(
        spec.id(),
        spec.title(),
        severity,
        spec.obligation(),
        subject.kind(),
        subject.name(),
        message,
        shown,
        fixes,
        spec.references(),
        null);
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> evidence, String name, Object value) {
    if (!evidence.containsKey(name)) {
      evidence.put(name, value);
      return;
    }
    Object existing = evidence.get(name);
    if (Objects.equals(existing, value)) {
      return;
    }
    List<Object> combined = new ArrayList<>();
    if (existing instanceof Collection<?> list) {
      combined.addAll(list);
    } else {
      combined.add(existing);
    }
    if (value instanceof Collection<?> list) {
      list.stream().filter(v -> !combined.contains(v)).forEach(combined::add);
    } else if (!combined.contains(value)) {
      combined.add(value);
    }
    evidence.put(name, combined);
  }

  /** Evidence as shown in reports: causes as their descriptions. */
  private Object plain(Object value) {
    if (value instanceof Cause cause) {
      return causeText(cause);
    } else if (value instanceof Collection<?> values) {
      return values.stream().map(this::plain).toList();
    }
    return value;
  }

  private String reason(RequirementSpec spec, Outcome outcome, Subject subject) {
    String template = spec.reasons().get(outcome.reason());
    return template == null ? null : fill(template, subject, outcome.evidence());
  }

  private String fill(String template, Subject subject, Map<String, Object> evidence) {
    if (template == null) {
      return null;
    }
    if (template.indexOf('{') < 0) {
      return template
          .strip(); // most reasons: no placeholder, nothing to build (hot for big tenants)
    }
    Map<String, Object> values = new LinkedHashMap<>(context);
    values.put("subject", subject.name());
    if (subject.kind() == SubjectKind.MAILBOX) {
      values.put("mailbox", subject.name());
    } else if (subject.kind() == SubjectKind.DOMAIN) {
      values.put("domain", subject.name());
    }
    values.putAll(evidence);
    evidence.forEach(
        (name, value) -> {
          if (value instanceof Collection<?> list
              && list.stream().anyMatch(v -> v instanceof Cause)) {
            values.put(name + ".fix", fixIds(list));
          }
        });
    return Templates.fill(template, values, this::causeText);
  }

  private String platformName() {
    String name = snapshot.platform().name();
    return name == null ? "the sync platform" : name;
  }

  private String causeText(Cause cause) {
    PackSpec.CauseSpec spec = causes.get(cause.code());
    if (spec == null) {
      return cause.code();
    }
    Map<String, Object> values = new LinkedHashMap<>(cause.evidence());
    values.putIfAbsent("platformName", platformName());
    String text = Templates.fill(spec.text(), values, c -> c.code());
    return spec.requirement() == null ? text : text + " (" + spec.requirement() + ")";
  }

  private List<String> fixIds(Collection<?> causeList) {
    Set<String> ids = new LinkedHashSet<>();
    for (Object value : causeList) {
      if (value instanceof Cause cause && causes.containsKey(cause.code())) {
        String requirement = causes.get(cause.code()).requirement();
        if (requirement != null) {
          ids.add(requirement);
        }
      }
    }
    return List.copyOf(ids);
  }

  private List<String> missing(List<String> paths, Mailbox mailbox) {
    List<String> missing = List.of();
    for (String path : paths) {
      String shown = SectionPaths.displayMissing(path, snapshot, mailbox);
      if (shown != null && !missing.contains(shown)) {
        missing = missing.isEmpty() ? new ArrayList<>() : missing;
        missing.add(shown);
      }
    }
    return missing;
  }

  /** The subject's own flag, else the tenant's; {@code own} are the subject's flags. */
  private Flag flag(Map<String, Flag> own, String name) {
    Flag found = own.get(name);
    if (found == null) {
      found = tenantFlags.get(name);
    }
    if (found != null
        && !conflicts.isEmpty()
        && conflicts.contains(name + " of " + found.subject().name())) {
      return null; // reported as ERROR by the caller, like a flag that was not derived
    }
    return found;
  }

  private static String describe(RequirementSpec.Condition condition) {
    return condition.when() != null ? condition.when() : condition.flag();
  }

  private static void add(
      ResultTable.Builder results,
      Requirement requirement,
      Subject subject,
      Status status,
      String reason) {
    results.add(
        requirement.id(), subject.kind(), subject.name(), status, reason, requirement.packId());
  }

  private int subjectsCount(Requirement requirement) {
    return requirement.spec().subject() == SubjectKind.MAILBOX ? mailboxSubjects.size() : 1;
  }
}
