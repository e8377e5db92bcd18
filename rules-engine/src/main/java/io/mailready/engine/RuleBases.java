package io.mailready.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Builds the Drools rule base of a checker: from precompiled executable models (classpath packs,
 * fast), with the DRL of directory packs compiled at run time and layered over them.
 */
final class RuleBases {
  private static final Pattern LINE =
      Pattern.compile("\\[Line: (\\d+), Column: \\d+]|[Ll]ine (\\d+):\\d+");
  private static final Pattern RULE_NAME = Pattern.compile("rule \"([^\"]+)\"");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  private RuleBases() {}

  /** Loads the executable models listed in the model indexes; null (with problems) on failure. */
  static KieBase fromModels(List<String> modelIndexes, ClassLoader loader, List<String> problems) {
    List<Model> models = models(modelIndexes, loader, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return KieBaseBuilder.createKieBaseFromModel(
        models, ConsequenceExceptionHandlerOption.get(IsolatingExceptionHandler.class));
  }

  private static List<Model> models(
      List<String> modelIndexes, ClassLoader loader, List<String> problems) {
    List<Model> models = new ArrayList<>();
    for (String index : modelIndexes) {
      try (InputStream in = loader.getResourceAsStream(index)) {
        if (in == null) {
          problems.add(index + ":1: rule '-': precompiled model index not found");
          continue;
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line : reader.lines().map(String::strip).toList()) {
          // The index lists one generated class per line; their names change every build.
          if (line.isEmpty() || line.startsWith("Drools-Model-Version")) {
            continue;
          }
          models.add(
              (Model) Class.forName(line, true, loader).getDeclaredConstructor().newInstance());
        }
      } catch (IOException | ReflectiveOperationException | ClassCastException e) {
        problems.add(index + ":1: rule '-': cannot load the precompiled model: " + e);
      }
    }
    return models;
  }

  /**
   * The precompiled models, less the rules of the DRL files that later packs replace, plus the
   * given DRL compiled against them: only that DRL is compiled, so a directory pack of one
   * requirement costs about what the precompiled start costs. Null (with every problem, {@code
   * path:line: rule 'X': message}) on errors. The supplier gives fresh rule bases of the same
   * rules, each with its own copy of the compiled packages, without compiling again.
   *
   * @param preloaded the rule base of {@code modelIndexes}, loading on another thread, or null
   * @param replaced DRL files of the precompiled packs whose rules (and queries) are removed
   * @param replacedRequirements ids whose rules are removed from the precompiled models too, so
   *     that a rule the DRL text did not show by name cannot outlive its requirement
   */
  static Supplier<KieBase> layered(
      List<String> modelIndexes,
      CompletableFuture<KieBase> preloaded,
      ClassLoader loader,
      List<PackSource.Entry> replaced,
      Set<String> replacedRequirements,
      List<PackSource.Entry> drl,
      List<String> problems) {
    // The models load on another thread while the DRL compiles: on two cores the two overlap.
    CompletableFuture<KieBase> models =
        preloaded != null || modelIndexes.isEmpty()
            ? preloaded
            : CompletableFuture.supplyAsync(
                () -> fromModels(modelIndexes, loader, new ArrayList<>()));
    Supplier<KieBase> compiled = compile(drl, loader, problems);
    if (models == null || compiled == null) {
      return compiled; // no precompiled pack: the compiled DRL is the whole rule base
    }
    KieBase first = models.join();
    if (first == null) {
      fromModels(modelIndexes, loader, problems); // once more, on this thread, for the problems
      return null;
    }
    Map<String, List<String>> removed = new LinkedHashMap<>();
    for (PackSource.Entry file : replaced) {
      DrlRules rules = DrlRules.of(file.text());
      removed.computeIfAbsent(rules.packageName(), p -> new ArrayList<>()).addAll(rules.names());
    }
    AtomicReference<KieBase> unused = new AtomicReference<>(first);
    return () -> {
      KieBase base = unused.getAndSet(null);
      if (base == null) {
        base = fromModels(modelIndexes, loader, new ArrayList<>());
      }
      removeRules(base, removed, replacedRequirements);
      // A fresh copy of the compiled packages, whose rules join those of the models.
      java.util.Collection<org.kie.api.definition.KiePackage> packages =
          compiled.get().getKiePackages();
      alignTypeDeclarations((org.drools.core.impl.InternalRuleBase) base, packages);
      ((InternalKnowledgeBase) base).addPackages(packages);
      return base;
    };
  }

  /**
   * A class the models know already (e.g. {@code List} in a {@code from collect}) gets the models'
   * {@code @typesafe} in the compiled packages: the DRL compiler may set it otherwise, and Drools
   * refuses to merge two declarations of one class that differ ("Unable to merge @typesafe").
   */
  private static void alignTypeDeclarations(
      org.drools.core.impl.InternalRuleBase base,
      java.util.Collection<org.kie.api.definition.KiePackage> packages) {
    for (org.kie.api.definition.KiePackage kiePackage : packages) {
      for (org.drools.base.rule.TypeDeclaration declaration :
          ((org.drools.base.definitions.InternalKnowledgePackage) kiePackage)
              .getTypeDeclarations()
              .values()) {
        if (declaration.getNature() == org.drools.base.rule.TypeDeclaration.Nature.DECLARATION
            && declaration.getTypeClass() != null) {
          org.drools.base.rule.TypeDeclaration known =
              base.getExactTypeDeclaration(declaration.getTypeClass());
          if (known != null) {
            declaration.setTypesafe(known.isTypesafe());
          }
        }
      }
    }
  }

  private static void removeRules(
      KieBase base, Map<String, List<String>> byPackage, Set<String> requirementIds) {
    byPackage.forEach(
        (packageName, names) -> {
          for (String name : names) {
            if (base.getRule(packageName, name) != null) {
              base.removeRule(packageName, name);
            }
          }
        });
    for (KiePackage kiePackage : base.getKiePackages()) {
      for (Rule rule : List.copyOf(kiePackage.getRules())) {
        Matcher matcher = DroolsChecker.RULE_REQUIREMENT.matcher(rule.getName());
        if (matcher.find() && requirementIds.contains(matcher.group(1))) {
          base.removeRule(kiePackage.getName(), rule.getName());
        }
      }
    }
  }

  /**
   * Compiles DRL files with a KieBuilder (the classic compiler, whose messages carry lines); null
   * (with every problem) on errors. The supplier gives rule bases of the compiled packages, each a
   * copy, without compiling again.
   */
  private static Supplier<KieBase> compile(
      List<PackSource.Entry> drlFiles, ClassLoader loader, List<String> problems) {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    List<PackSource.Entry> indexed = new ArrayList<>();
    for (PackSource.Entry drl : drlFiles) {
      // The DRL's package as folder (as Drools expects), and a unique file name per entry, so that
      // two packs may use the same names and messages map back to the right file.
      Matcher packageName = PACKAGE.matcher(drl.text());
      String folder = packageName.find() ? packageName.group(1).replace('.', '/') + "/" : "";
      String name = drl.relativePath().substring(drl.relativePath().lastIndexOf('/') + 1);
      files.write("src/main/resources/" + folder + "f" + indexed.size() + "-" + name, drl.text());
      indexed.add(drl);
    }
    KieBuilder builder = services.newKieBuilder(files);
    try {
      builder.buildAll();
    } catch (RuntimeException e) {
      // Some type errors escape buildAll() without a message (drools-notes.md, trap 1).
      problems.add("rule content:1: rule '-': the DRL compiler failed: " + e);
      return null;
    }
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      int before = problems.size();
      for (Message error : errors) {
        String text = error.getText();
        if (text != null && text.contains("Parser returned a null Package")) {
          continue; // an echo of the parse error reported already
        }
        problems.add(describe(error, indexed));
      }
      if (problems.size() == before) {
        problems.add("rule content:1: rule '-': the DRL does not compile");
      }
      return null;
    }
    KieContainer container =
        services.newKieContainer(services.getRepository().getDefaultReleaseId(), loader);
    KieBaseConfiguration configuration = services.newKieBaseConfiguration(null, loader);
    configuration.setOption(ConsequenceExceptionHandlerOption.get(IsolatingExceptionHandler.class));
    // The container keeps the compiled packages; a second rule base gets deep copies of them.
    return () -> container.newKieBase(configuration);
  }

  /** The package and the rule and query names of a DRL text, read without compiling it. */
  record DrlRules(String packageName, List<String> names) {
    private static final Pattern COMMENT =
        Pattern.compile("/\\*.*?\\*/|//[^\n]*|\"(?:[^\"\\\\\n]|\\\\.)*\"", Pattern.DOTALL);
    private static final Pattern RULE =
        Pattern.compile(
            "(?m)^\\s*(?:rule|query)\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s\"']+))");

    static DrlRules of(String drl) {
      // Comments become blanks; strings stay as they are, so "//" in a string starts no comment.
      StringBuilder code = new StringBuilder();
      Matcher comment = COMMENT.matcher(drl);
      int at = 0;
      while (comment.find()) {
        code.append(drl, at, comment.start());
        String match = comment.group();
        code.append(match.startsWith("\"") ? match : match.replaceAll("[^\n]", " "));
        at = comment.end();
      }
      code.append(drl.substring(at));
      Matcher packageName = PACKAGE.matcher(code);
      List<String> names = new ArrayList<>();
      Matcher rule = RULE.matcher(code);
      while (rule.find()) {
        String name =
            rule.group(1) != null
                ? rule.group(1).replace("\\\"", "\"")
                : rule.group(2) != null ? rule.group(2) : rule.group(3);
        names.add(name);
      }
      return new DrlRules(packageName.find() ? packageName.group(1) : "", List.copyOf(names));
    }
  }

  private static String describe(Message error, List<PackSource.Entry> files) {
    String path = error.getPath() == null ? "" : error.getPath();
    PackSource.Entry file = null;
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).relativePath();
      if (path.endsWith("/f" + i + "-" + name.substring(name.lastIndexOf('/') + 1))) {
        file = files.get(i);
      }
    }
    String text = cleanText(error.getText());
    int line = error.getLine();
    if (line < 1) {
      Matcher matcher = LINE.matcher(error.getText() == null ? "" : error.getText());
      if (matcher.find()) {
        line = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
      }
    }
    String rule = file == null ? null : ruleAt(file.text(), line);
    return (file == null ? (path.isEmpty() ? "rule content" : path) : file.displayPath())
        + ":"
        + Math.max(line, 1)
        + ": rule '"
        + (rule == null ? "-" : rule)
        + "': "
        + text;
  }

  /** The rule whose text contains {@code line}: the last {@code rule "..."} at or above it. */
  private static String ruleAt(String drl, int line) {
    String[] lines = drl.split("\n", -1);
    String rule = null;
    for (int i = 0; i < Math.min(Math.max(line, 1), lines.length); i++) {
      Matcher matcher = RULE_NAME.matcher(lines[i]);
      if (matcher.find()) {
        rule = matcher.group(1);
      }
    }
    return rule;
  }

  private static String cleanText(String text) {
    if (text == null) {
      return "compile error";
    }
    // Keep the first line: later lines may dump generated Java source.
    // Drools ends some first lines with ':' before the dump it leaves out.
    String first = text.strip().split("\n", 2)[0].strip().replaceAll(":$", "");
    return first.isEmpty() ? "compile error" : first;
  }
}
