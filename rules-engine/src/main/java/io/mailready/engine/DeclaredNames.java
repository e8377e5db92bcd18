package io.mailready.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, when a checker is built, that the names a requirement's DRL uses are declared in YAML:
 * its parts, variants and reasons in the requirement's metadata, its flags under {@code flags} in a
 * pack.yaml, and that its messages name only evidence its rules record. A typo is then a {@link
 * io.mailready.RuleContentException} with file and line, not an ERROR result at check time.
 *
 * <p>It reads the DRL text, one action line at a time (the house style: an action is one line).
 * Names given by an expression rather than a literal ({@code .part($x)}) cannot be checked here and
 * are left to the check-time error.
 */
final class DeclaredNames {
  private static final Pattern OUTCOME =
      Pattern.compile("Outcome\\.(fail|unknown|notApplicable)\\(\\s*\"([^\"]*)\"");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern WITH = Pattern.compile("\\.with\\(\\s*(\"([^\"]*)\")?");
  private static final Pattern FLAG_OF = Pattern.compile("Flag\\.of\\(");

  // Placeholders every message may use (Assembler's context), besides config keys.

  private DeclaredNames() {}

  /**
   * Adds a problem, {@code file:line: rule 'ID': message}, for every undeclared name.
   *
   * @param requirements every loaded requirement by id
   * @param requirementDrl each requirement's DRL file by id
   * @param derivationDrl every derivation file
   * @param flags the declared flag names (every pack's {@code flags})
   * @param flagsDeclared whether any pack declares flags (a pack without declarations is not
   *     checked for them, so that older directory packs keep loading)
   * @param config the config keys, which messages may name
   */
  static void check(
      Map<String, RequirementSpec> requirements,
      Map<String, PackSource.Entry> requirementDrl,
      List<PackSource.Entry> derivationDrl,
      Set<String> flags,
      boolean flagsDeclared,
      Set<String> config,
      List<String> problems) {
    if (flagsDeclared) {
      for (PackSource.Entry drl : derivationDrl) {
        checkFlags(drl, flags, problems);
      }
      requirementDrl.values().forEach(drl -> checkFlags(drl, flags, problems));
      for (RequirementSpec spec : requirements.values()) {
        for (RequirementSpec.Condition condition : spec.appliesWhen()) {
          checkFlag(spec, "appliesWhen", condition.flag(), flags, problems);
        }
        spec.parts()
            .forEach(
                (key, part) -> {
                  if (part.when() != null) {
                    checkFlag(spec, "parts." + key + ".when", part.when(), flags, problems);
                  }
                });
      }
    }
    requirementDrl.forEach(
        (id, drl) -> {
          RequirementSpec spec = requirements.get(id);
          if (spec != null) {
            checkOutcomes(spec, drl, requirements, config, problems);
          }
        });
  }

  private static void checkOutcomes(
      RequirementSpec owner,
      PackSource.Entry drl,
      Map<String, RequirementSpec> requirements,
      Set<String> config,
      List<String> problems) {
    Set<String> evidence = new LinkedHashSet<>();
    boolean evidenceByExpression = false;
    String[] lines = drl.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher outcome = OUTCOME.matcher(line);
      if (!outcome.find()) {
        continue;
      }
      String id = outcome.group(2);
      RequirementSpec spec = requirements.get(id);
      if (spec == null) {
        problems.add(
            MetadataReader.at(
                drl,
                i + 1,
                "rule '" + owner.id() + "'",
                "the outcome names requirement '" + id + "', which is not loaded"));
        continue;
      }
      String kind = outcome.group(1);
      if (!kind.equals("fail")) {
        List<String> arguments =
            arguments(line, outcome.start() + "Outcome.".length() + kind.length());
        if (arguments.size() == 3) {
          for (String reason : literals(arguments.get(2))) {
            declared(drl, i, spec, "reason", reason, spec.reasons().keySet(), "reasons", problems);
          }
        }
      }
      for (String part : calls(line, ".part(")) {
        for (String key : literals(part)) {
          declared(drl, i, spec, "part", key, spec.parts().keySet(), "parts", problems);
        }
      }
      for (String variant : calls(line, ".variant(")) {
        for (String key : literals(variant)) {
          declared(drl, i, spec, "variant", key, spec.variants().keySet(), "variants", problems);
        }
      }
      if (spec == owner) {
        Matcher with = WITH.matcher(line);
        while (with.find()) {
          if (with.group(2) != null) {
            evidence.add(with.group(2));
          } else {
            evidenceByExpression = true;
          }
        }
      }
    }
    if (!evidenceByExpression) {
      checkPlaceholders(owner, drl, evidence, config, problems);
    }
  }

  /** Every placeholder of the requirement's messages and reasons is evidence or a known value. */
  private static void checkPlaceholders(
      RequirementSpec spec,
      PackSource.Entry drl,
      Set<String> evidence,
      Set<String> config,
      List<String> problems) {
    List<String> templates = new ArrayList<>();
    templates.add(spec.message());
    spec.parts().values().forEach(p -> templates.add(p.message()));
    spec.variants().values().forEach(v -> templates.add(v.message()));
    templates.addAll(spec.reasons().values());
    Set<String> unknown = new LinkedHashSet<>();
    for (String template : templates) {
      if (template == null) {
        continue;
      }
      Matcher placeholder = Templates.PLACEHOLDER.matcher(template);
      while (placeholder.find()) {
        String name = placeholder.group(1);
        String base = name.endsWith(".fix") ? name.substring(0, name.length() - 4) : name;
        if (!Assembler.BUILT_IN_PLACEHOLDERS.contains(name)
            && !config.contains(name)
            && !evidence.contains(name)
            && !evidence.contains(base)) {
          unknown.add(name);
        }
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(
          MetadataReader.at(
              drl,
              1,
              "rule '" + spec.id() + "'",
              "its messages name "
                  + unknown.stream().map(n -> "{" + n + "}").toList()
                  + ", which no rule of the requirement records as evidence (.with(\"name\", ...))"
                  + " and which is no config key; evidence recorded: "
                  + evidence));
    }
  }

  private static void checkFlags(PackSource.Entry drl, Set<String> flags, List<String> problems) {
    String[] lines = drl.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher flagOf = FLAG_OF.matcher(lines[i]);
      while (flagOf.find()) {
        List<String> arguments = arguments(lines[i], flagOf.end() - 1);
        if (arguments.size() >= 2) {
          for (String name : literals(arguments.get(1))) {
            if (!flags.contains(name)) {
              problems.add(
                  MetadataReader.at(
                      drl,
                      i + 1,
                      "rule '-'",
                      "flag '" + name + "' is not declared under 'flags' in pack.yaml"));
            }
          }
        }
      }
    }
  }

  private static void checkFlag(
      RequirementSpec spec, String where, String flag, Set<String> flags, List<String> problems) {
    if (flag != null && !flags.contains(flag)) {
      problems.add(
          spec.id()
              + ".yaml:1: rule '"
              + spec.id()
              + "': "
              + where
              + " names flag '"
              + flag
              + "', which is not declared under 'flags' in pack.yaml");
    }
  }

  private static void declared(
      PackSource.Entry drl,
      int line,
      RequirementSpec spec,
      String what,
      String name,
      Set<String> known,
      String key,
      List<String> problems) {
    if (!known.contains(name)) {
      problems.add(
          MetadataReader.at(
              drl,
              line + 1,
              "rule '" + spec.id() + "'",
              what
                  + " '"
                  + name
                  + "' is not declared under '"
                  + key
                  + "' in "
                  + spec.id()
                  + "'s metadata (declared: "
                  + known.stream().sorted().toList()
                  + ")"));
    }
  }

  /** The top-level arguments of the call whose opening parenthesis is at {@code open}. */
  private static List<String> arguments(String line, int open) {
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    int start = open + 1;
    for (int i = open; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          arguments.add(line.substring(start, i).strip());
          return arguments;
        }
      } else if (c == ',' && depth == 1) {
        arguments.add(line.substring(start, i).strip());
        start = i + 1;
      }
    }
    return List.of(); // the call continues on another line: not checked
  }

  /** The single argument of every {@code call(...)} on the line. */
  private static List<String> calls(String line, String call) {
    List<String> found = new ArrayList<>();
    for (int at = line.indexOf(call); at >= 0; at = line.indexOf(call, at + 1)) {
      List<String> arguments = arguments(line, at + call.length() - 1);
      if (arguments.size() == 1) {
        found.add(arguments.get(0));
      }
    }
    return found;
  }

  /** The string literals of an argument: one, or the branches of a {@code ? :} of literals. */
  private static List<String> literals(String argument) {
    List<String> literals = new ArrayList<>();
    Matcher literal = LITERAL.matcher(argument);
    while (literal.find()) {
      literals.add(literal.group(1));
    }
    return literals;
  }
}
