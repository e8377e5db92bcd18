package io.mailready.engine;

import io.mailready.Checker;
import io.mailready.PackInfo;
import io.mailready.RuleContentException;
import io.mailready.Severity;
import io.mailready.SubjectKind;
import io.mailready.rule.Config;
import io.mailready.spi.CheckerFactory;
import io.mailready.spi.CheckerSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Builds Drools checkers; registered for {@link java.util.ServiceLoader}. Users call {@link
 * Checker#standard()} or {@link Checker#builder()}.
 */
public final class DroolsCheckerFactory implements CheckerFactory {

  /** Called by {@link java.util.ServiceLoader}. */
  public DroolsCheckerFactory() {}

  @Override
  public Checker create(CheckerSettings settings) {
    ClassLoader loader = DroolsCheckerFactory.class.getClassLoader();
    List<String> problems = new ArrayList<>();
    // Precompiled models load on another thread while the metadata is read: on two cores this
    // takes about a third off building the standard checker.
    List<String> modelIndexes = PackLoader.modelIndexes(loader);
    List<String> modelProblems = new ArrayList<>();
    CompletableFuture<KieBase> models =
        settings.ruleDirectories().isEmpty() && !modelIndexes.isEmpty()
            ? CompletableFuture.supplyAsync(
                () -> RuleBases.fromModels(modelIndexes, loader, modelProblems))
            : null;
    List<LoadedPack> packs = new ArrayList<>(PackLoader.classpathPacks(loader, problems));
    for (Path directory : settings.ruleDirectories()) {
      LoadedPack pack = PackLoader.directoryPack(directory, problems);
      if (pack != null) {
        packs.add(pack);
      }
    }
    if (packs.isEmpty() && problems.isEmpty()) {
      problems.add(
          PackLoader.INDEX
              + ":1: rule '-': no rule pack found on the classpath: add io.mailready:rules-content, or load a pack directory");
    }
    if (!problems.isEmpty()) {
      throw new RuleContentException(problems);
    }

    // Later packs replace requirements of the same id and add new ones.
    Map<String, Requirement> requirements = new LinkedHashMap<>();
    Map<String, PackSource.Entry> requirementDrl = new LinkedHashMap<>();
    Map<String, Object> config = new LinkedHashMap<>();
    Map<String, PackSpec.CauseSpec> causes = new LinkedHashMap<>();
    List<PackSource.Entry> derivationDrl = new ArrayList<>();
    // Fact type name -> the pack file that lists it under tenantFacts.
    Map<String, String> tenantFacts = new LinkedHashMap<>();
    java.util.Set<String> flags = new java.util.HashSet<>();
    List<PackInfo> infos = new ArrayList<>();
    for (LoadedPack pack : packs) {
      infos.add(new PackInfo(pack.spec().id(), pack.spec().version(), pack.source().description()));
      config.putAll(pack.spec().config());
      causes.putAll(pack.spec().causes());
      derivationDrl.addAll(pack.derivationDrl());
      flags.addAll(pack.spec().flags().keySet());
      pack.spec()
          .tenantFacts()
          .forEach(t -> tenantFacts.putIfAbsent(t, pack.source().description() + "/pack.yaml"));
      for (RequirementSpec spec : pack.requirements()) {
        requirements.remove(spec.id());
        requirements.put(spec.id(), new Requirement(spec, pack.spec().id(), spec.severity(), 0));
      }
      pack.requirementDrl().forEach(drl -> requirementDrl.put(drl.requirementId(), drl.drl()));
    }
    Policy policy =
        settings.policy() == null
            ? Policy.NONE
            : PolicyReader.read(
                settings.policy(),
                requirements.keySet(),
                LocalDate.now(settings.clock().withZone(ZoneOffset.UTC)));
    List<Requirement> ordered = new ArrayList<>();
    for (Requirement requirement : requirements.values()) {
      if (!policy.disabled().contains(requirement.id())) {
        Severity severity =
            policy.severities().getOrDefault(requirement.id(), requirement.severity());
        ordered.add(
            new Requirement(requirement.spec(), requirement.packId(), severity, ordered.size()));
      }
    }
    for (Requirement requirement : ordered) {
      for (String dependency : requirement.spec().dependsOn()) {
        Requirement target = requirements.get(dependency);
        // Mailbox results are final before the tenant phase: they cannot wait for tenant results.
        boolean mailboxOnTenant =
            target != null
                && requirement.spec().subject() == SubjectKind.MAILBOX
                && target.spec().subject() != SubjectKind.MAILBOX;
        if (mailboxOnTenant) {
          problems.add(
              requirement.id()
                  + ".yaml:1: rule '"
                  + requirement.id()
                  + "': a mailbox requirement may depend on mailbox requirements only but"
                  + " 'dependsOn' names "
                  + target.spec().subject().label()
                  + " requirement '"
                  + dependency
                  + "'");
        } else if (target == null || !target.spec().dependsOn().isEmpty()) {
          problems.add(
              requirement.id()
                  + ".yaml:1: rule '"
                  + requirement.id()
                  + "': 'dependsOn' must name a loaded requirement without dependencies but was '"
                  + dependency
                  + "'");
        }
      }
    }

    Map<String, RequirementSpec> specs = new LinkedHashMap<>();
    requirements.forEach((id, requirement) -> specs.put(id, requirement.spec()));
    DeclaredNames.check(
        specs, requirementDrl, derivationDrl, flags, !flags.isEmpty(), config.keySet(), problems);

    boolean precompiled =
        settings.ruleDirectories().isEmpty()
            && packs.stream().allMatch(p -> p.modelIndex() != null);
    Supplier<KieBase> build;
    KieBase base;
    if (precompiled) {
      List<String> indexes = packs.stream().map(LoadedPack::modelIndex).toList();
      build = () -> RuleBases.fromModels(indexes, loader, new ArrayList<>());
      base =
          models != null && indexes.equals(modelIndexes)
              ? models.join()
              : RuleBases.fromModels(indexes, loader, problems);
      problems.addAll(modelProblems);
    } else {
      // A directory pack: compile every DRL at run time, the bundled pack's included.
      List<PackSource.Entry> drl = new ArrayList<>(derivationDrl);
      drl.addAll(requirementDrl.values());
      build = RuleBases.fromDrl(drl, problems);
      base = build == null ? null : build.get();
    }
    if (base != null) {
      checkTenantFacts(base, tenantFacts, loader, problems);
    }
    return finish(
        settings,
        tenantFacts.keySet(),
        problems,
        infos,
        ordered,
        requirements.keySet(),
        config,
        causes,
        base,
        build,
        policy);
  }

  private static Checker finish(
      CheckerSettings settings,
      java.util.Set<String> tenantFacts,
      List<String> problems,
      List<PackInfo> infos,
      List<Requirement> requirements,
      java.util.Set<String> allIds,
      Map<String, Object> config,
      Map<String, PackSpec.CauseSpec> causes,
      KieBase base,
      Supplier<KieBase> build,
      Policy policy) {
    if (base != null) {
      checkRuleNames(base, allIds, problems);
    }
    if (!problems.isEmpty()) {
      throw new RuleContentException(problems);
    }
    return new DroolsChecker(
        infos,
        requirements,
        Config.of(config),
        causes,
        settings.clock(),
        base,
        build,
        policy,
        tenantFacts,
        settings.mailboxesPerSession(),
        settings.parallelism(),
        settings.firingLimit(),
        settings.timeBudget());
  }

  /**
   * Every {@code tenantFacts} entry names a fact type: a type declared in the packs' DRL ({@code
   * package.Type}) or a class on the classpath.
   */
  private static void checkTenantFacts(
      KieBase base, Map<String, String> tenantFacts, ClassLoader loader, List<String> problems) {
    tenantFacts.forEach(
        (type, packFile) -> {
          int dot = type.lastIndexOf('.');
          boolean declared =
              dot > 0 && base.getFactType(type.substring(0, dot), type.substring(dot + 1)) != null;
          if (!declared) {
            try {
              Class.forName(type, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
              problems.add(
                  packFile
                      + ":1: rule '-': 'tenantFacts' must name fact types (a DRL declare as"
                      + " package.Type, or a Java class) but was '"
                      + type
                      + "'");
            }
          }
        });
  }

  /** Every rule is a derivation rule or names its requirement first, so failures can be traced. */
  private static void checkRuleNames(
      KieBase base, java.util.Set<String> ids, List<String> problems) {
    // Rules of requirements the policy disables are still in the rule base; their ids count too.
    for (KiePackage kiePackage : base.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        String name = rule.getName();
        boolean derivation = name.toLowerCase(Locale.ROOT).startsWith("derive");
        boolean known = ids.stream().anyMatch(id -> name.equals(id) || name.startsWith(id + " "));
        if (!derivation && !known) {
          problems.add(
              kiePackage.getName().replace('.', '/')
                  + ":1: rule '"
                  + name
                  + "': a rule name must start with its requirement id (one with metadata) or with 'derive'");
        }
      }
    }
  }
}
