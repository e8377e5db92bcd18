package io.mailready.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Builds the Drools rule base of a checker: from precompiled executable models (classpath packs,
 * fast) or by compiling DRL at run time (when a directory pack is loaded).
 */
final class RuleBases {
  private static final Pattern LINE =
      Pattern.compile("\\[Line: (\\d+), Column: \\d+]|[Ll]ine (\\d+):\\d+");
  private static final Pattern RULE_NAME = Pattern.compile("rule \"([^\"]+)\"");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  private RuleBases() {}

  /** Loads the executable models listed in the model indexes; null (with problems) on failure. */
  static KieBase fromModels(List<String> modelIndexes, ClassLoader loader, List<String> problems) {
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
    if (!problems.isEmpty()) {
      return null;
    }
    return KieBaseBuilder.createKieBaseFromModel(
        models, ConsequenceExceptionHandlerOption.get(IsolatingExceptionHandler.class));
  }

  /**
   * Compiles DRL files; null (with every problem, {@code path:line: rule 'X': message}) on errors.
   * The supplier gives rule bases of the compiled packages, each a copy, without compiling again.
   */
  static Supplier<KieBase> fromDrl(List<PackSource.Entry> drlFiles, List<String> problems) {
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
      for (Message error : errors) {
        String text = error.getText();
        if (text != null && text.contains("Parser returned a null Package")) {
          continue; // an echo of the parse error reported already
        }
        problems.add(describe(error, indexed));
      }
      if (problems.isEmpty()) {
        problems.add("rule content:1: rule '-': the DRL does not compile");
      }
      return null;
    }
    KieContainer container =
        services.newKieContainer(services.getRepository().getDefaultReleaseId());
    KieBaseConfiguration configuration = services.newKieBaseConfiguration();
    configuration.setOption(ConsequenceExceptionHandlerOption.get(IsolatingExceptionHandler.class));
    // The container keeps the compiled packages; a second rule base gets deep copies of them.
    return () -> container.newKieBase(configuration);
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
