package io.mailready.engine;

import io.mailready.rule.Flag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which requirements read the facts of a derivation rule, so that a derivation rule that fails
 * makes only those ERROR.
 *
 * <p>What a rule reads is known from its conditions (the fact classes of its patterns, read once
 * from the rule base); what a derivation rule inserts is known only from what it did insert in the
 * session, as its action is compiled code. A derivation rule that failed before inserting anything
 * may feed any requirement: then every requirement is affected. Flags are told apart by name for
 * what the metadata reads ({@code appliesWhen}, a part's {@code when}); a rule that matches {@link
 * Flag} facts reads every flag.
 */
final class FactReads {
  private final Map<String, Set<Class<?>>> readsByRule = new HashMap<>();
  private final List<String> derivationRules = new ArrayList<>();
  private final Map<String, Set<String>> rulesByRequirement = new HashMap<>();
  private final List<Requirement> requirements;

  FactReads(KieBase base, List<Requirement> requirements) {
    this.requirements = requirements;
    for (KiePackage kiePackage : base.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        Set<Class<?>> classes = new HashSet<>();
        if (rule instanceof RuleImpl impl) {
          collect(impl.getLhs(), classes);
        }
        readsByRule.put(rule.getName(), classes);
        Matcher matcher = DroolsChecker.RULE_REQUIREMENT.matcher(rule.getName());
        if (matcher.find()) {
          rulesByRequirement
              .computeIfAbsent(matcher.group(1), id -> new HashSet<>())
              .add(rule.getName());
        } else {
          derivationRules.add(rule.getName());
        }
      }
    }
  }

  private static void collect(RuleConditionElement element, Set<Class<?>> classes) {
    if (element == null) {
      return;
    }
    if (element instanceof Pattern pattern
        && pattern.getObjectType() instanceof ClassObjectType type) {
      classes.add(type.getClassType());
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      collect(nested, classes);
    }
  }

  /**
   * The requirements that read, directly or through other derivation rules, the facts {@code
   * failed} inserted; every requirement when it inserted nothing.
   *
   * @param inserted per rule, the classes of the facts it inserted or updated in the session
   * @param flags per rule, the names of the flags it inserted in the session
   */
  List<Requirement> readersOf(
      String failed, Map<String, Set<Class<?>>> inserted, Map<String, Set<String>> flags) {
    Set<Class<?>> classes = new HashSet<>(inserted.getOrDefault(failed, Set.of()));
    Set<String> flagNames = new HashSet<>(flags.getOrDefault(failed, Set.of()));
    if (classes.isEmpty()) {
      return requirements;
    }
    // Derivation rules that read those facts derive from them in turn.
    Set<String> reached = new LinkedHashSet<>(List.of(failed));
    for (boolean grew = true; grew; ) {
      grew = false;
      for (String rule : derivationRules) {
        if (!reached.contains(rule) && reads(rule, classes)) {
          reached.add(rule);
          classes.addAll(inserted.getOrDefault(rule, Set.of()));
          flagNames.addAll(flags.getOrDefault(rule, Set.of()));
          grew = true;
        }
      }
    }
    List<Requirement> readers = new ArrayList<>();
    for (Requirement requirement : requirements) {
      boolean byRule =
          rulesByRequirement.getOrDefault(requirement.id(), Set.of()).stream()
              .anyMatch(rule -> reads(rule, classes));
      boolean byMetadata =
          classes.contains(Flag.class)
              && (requirement.spec().appliesWhen().stream()
                      .anyMatch(c -> flagNames.contains(c.flag()))
                  || requirement.spec().parts().values().stream()
                      .anyMatch(p -> p.when() != null && flagNames.contains(p.when())));
      if (byRule || byMetadata) {
        readers.add(requirement);
      }
    }
    return readers;
  }

  private boolean reads(String rule, Set<Class<?>> classes) {
    for (Class<?> read : readsByRule.getOrDefault(rule, Set.of())) {
      for (Class<?> written : classes) {
        if (read.isAssignableFrom(written)) {
          return true;
        }
      }
    }
    return false;
  }
}
