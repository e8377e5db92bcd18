package io.mailready.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads {@code pack.yaml} and requirement metadata strictly: unknown keys, duplicate keys and bad
 * values fail, each reported as {@code path:line: rule 'X': message}.
 *
 * <p>The YAML is read into SnakeYAML's node tree (which keeps the line of every key and value) and
 * bound to the spec records by their components, so that reading metadata does not need a data
 * binding library.
 */
final class MetadataReader {
  static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*-[0-9]{3}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Aliases of mappings or lists allowed: metadata needs none, a "billion laughs" needs many. */
  private static final int MAX_COLLECTION_ALIASES = 10;

  /** Nesting of mappings and lists allowed, also through aliases (config values are free-form). */
  private static final int MAX_DEPTH = 50;

  private MetadataReader() {}

  /** Reads a pack file, adding problems (and returning null) when it is broken. */
  static PackSpec readPack(PackSource.Entry file, List<String> problems) {
    PackSpec pack = parse(file, PackSpec.class, "pack", problems);
    if (pack == null) {
      return null;
    }
    int before = problems.size();
    require(pack.id() != null, file, "pack", "'id' is required", problems);
    require(pack.version() != null, file, "pack", "'version' is required", problems);
    require(
        pack.requirements() != null && !pack.requirements().isEmpty(),
        file,
        "pack",
        "'requirements' must list the requirement files (stems, in report order)",
        problems);
    if (problems.size() > before) {
      return null;
    }
    Map<String, Object> config = new LinkedHashMap<>();
    if (pack.config() != null) {
      pack.config().forEach((key, value) -> config.put(key, configValue(value)));
    }
    return new PackSpec(
        pack.id(),
        pack.version(),
        pack.title(),
        pack.guide(),
        pack.revision(),
        pack.derive() == null ? List.of() : pack.derive(),
        pack.tenantFacts() == null ? List.of() : pack.tenantFacts(),
        pack.flags() == null ? Map.of() : pack.flags(),
        pack.requirements(),
        config,
        pack.causes() == null ? Map.of() : pack.causes());
  }

  /** Reads and validates one requirement's metadata; null (with problems) when broken. */
  static RequirementSpec readRequirement(
      PackSource.Entry file, String stem, List<String> problems) {
    String guessedId = idOf(stem);
    RequirementSpec spec = parse(file, RequirementSpec.class, "rule '" + guessedId + "'", problems);
    if (spec == null) {
      return null;
    }
    String rule = "rule '" + (spec.id() == null ? guessedId : spec.id()) + "'";
    int before = problems.size();
    if (spec.id() == null || !REQUIREMENT_ID.matcher(spec.id()).matches()) {
      problems.add(
          at(file, 1, rule, "'id' must match " + REQUIREMENT_ID + " but was '" + spec.id() + "'"));
    } else if (!stem.toUpperCase(Locale.ROOT).startsWith(spec.id())) {
      problems.add(
          at(
              file,
              1,
              rule,
              "the file name must start with the id in lower case ('"
                  + spec.id().toLowerCase(Locale.ROOT)
                  + "-...') but was '"
                  + stem
                  + "'"));
    }
    require(spec.title() != null, file, rule, "'title' is required", problems);
    require(
        spec.subject() != null,
        file,
        rule,
        "'subject' is required (tenant, domain or mailbox)",
        problems);
    require(
        spec.obligation() != null,
        file,
        rule,
        "'obligation' is required (MUST, SHOULD or MAY)",
        problems);
    require(
        spec.severity() != null,
        file,
        rule,
        "'severity' is required (BLOCKER, ERROR, WARNING or INFO)",
        problems);
    require(
        spec.guide() != null,
        file,
        rule,
        "'guide' (the statement implemented) is required",
        problems);
    require(spec.message() != null, file, rule, "'message' is required", problems);
    require(!spec.fixes().isEmpty(), file, rule, "'fixes' must list at least one fix", problems);
    require(
        !spec.references().isEmpty(),
        file,
        rule,
        "'references' must list at least one reference",
        problems);
    for (RequirementSpec.FixSpec fix : spec.fixes()) {
      require(fix.summary() != null, file, rule, "every fix needs a 'summary'", problems);
    }
    for (RequirementSpec.Condition condition : spec.appliesWhen()) {
      require(
          condition.flag() != null && condition.otherwise() != null,
          file,
          rule,
          "every 'appliesWhen' entry needs 'flag' and 'otherwise'",
          problems);
    }
    List<String> paths = new ArrayList<>(spec.requires());
    spec.parts().values().forEach(part -> paths.addAll(part.requires()));
    for (String path : paths) {
      String problem = SectionPaths.validate(path, spec.subject());
      if (problem != null) {
        problems.add(at(file, 1, rule, problem));
      }
    }
    for (String dependency : spec.dependsOn()) {
      require(
          REQUIREMENT_ID.matcher(dependency).matches(),
          file,
          rule,
          "'dependsOn' entries must be requirement ids but was '" + dependency + "'",
          problems);
    }
    return problems.size() > before ? null : spec;
  }

  /** The requirement id a file name starts with (upper-cased), else the name itself. */
  static String idOf(String stem) {
    java.util.regex.Matcher id =
        Pattern.compile("^" + REQUIREMENT_ID.pattern()).matcher(stem.toUpperCase(Locale.ROOT));
    return id.find() ? id.group() : stem;
  }

  /**
   * Parses a file and binds it to {@code type}; null after adding every problem found (syntax,
   * unknown or duplicate keys, values of the wrong kind), or when the file is empty.
   */
  private static <T> T parse(
      PackSource.Entry file, Class<T> type, String rule, List<String> problems) {
    Node root = compose(file, rule, problems);
    if (root == null) {
      return null;
    }
    if (isNull(root)) {
      problems.add(at(file, line(root), rule, "the file is empty"));
      return null;
    }
    int before = problems.size();
    Object value = new Binder(file, rule, problems).bind(root, type, "", 0);
    return problems.size() > before || value == null ? null : type.cast(value);
  }

  /** The single document of a file; null (after adding a problem unless empty) if none. */
  private static Node compose(PackSource.Entry file, String rule, List<String> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    try {
      Node root =
          new Composer(
                  new ParserImpl(new StreamReader(file.text()), options), new Resolver(), options)
              .getSingleNode();
      if (root == null) {
        problems.add(at(file, 1, rule, "the file is empty"));
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      if (problem == null) {
        problem = e.getMessage();
      } else if (problem.startsWith("but ") && e.getContext() != null) {
        // "expected a single document in the stream" / "but found another document"
        problem = e.getContext() + " " + problem;
      }
      problems.add(at(file, mark == null ? 1 : mark.getLine() + 1, rule, syntaxError(problem)));
    } catch (YAMLException e) {
      problems.add(at(file, 1, rule, syntaxError(e.getMessage())));
    }
    return null;
  }

  /** One line: SnakeYAML quotes an offending line break or tab as the raw character. */
  private static String syntaxError(String problem) {
    String message =
        String.valueOf(problem)
            .strip()
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t");
    if (message.contains("\\t(TAB)")) {
      message = "a tab cannot start a token: indent with spaces";
    }
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    if (!message.isEmpty()) {
      message = message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    return "yaml syntax error: " + message;
  }

  /**
   * Binds nodes to the spec records by their components' names and generic types: String, Integer,
   * enums (by name, ignoring case), {@code List<T>}, {@code Map<String, T>}, records, and Object
   * for free-form configuration values.
   */
  private static final class Binder {
    private final PackSource.Entry file;
    private final String rule;
    private final List<String> problems;
    private boolean tooDeep;

    Binder(PackSource.Entry file, String rule, List<String> problems) {
      this.file = file;
      this.rule = rule;
      this.problems = problems;
    }

    /** The value of {@code node} as {@code type}; null when unset, or after adding a problem. */
    Object bind(Node node, Type type, String path, int depth) {
      if (tooDeep) {
        return null;
      }
      if (depth > MAX_DEPTH) {
        tooDeep = true; // once: an alias of an enclosing list or mapping makes a cycle
        return problem(
            node, "too deeply nested: more than " + MAX_DEPTH + " levels of mappings and lists");
      }
      if (isNull(node)) {
        return null;
      }
      if (type == Object.class) {
        return plain(node, path, depth);
      }
      if (type instanceof ParameterizedType generic) {
        Type[] arguments = generic.getActualTypeArguments();
        if (generic.getRawType() == List.class) {
          return list(node, arguments[0], path, depth);
        }
        if (generic.getRawType() == Map.class && arguments[0] == String.class) {
          return map(node, arguments[1], path, depth);
        }
      } else if (type instanceof Class<?> cls) {
        if (cls.isRecord()) {
          return record(node, cls, path, depth);
        }
        if (!(node instanceof ScalarNode scalar)) {
          return problem(node, quoted(path) + " must be a single value but was " + kind(node));
        }
        if (cls == String.class) {
          return scalar.getValue();
        }
        if (cls == Integer.class) {
          return integer(scalar, path);
        }
        if (cls.isEnum()) {
          return constant(scalar, cls, path);
        }
      }
      throw new IllegalArgumentException("cannot read metadata of type " + type);
    }

    private Object record(Node node, Class<?> type, String path, int depth) {
      if (!(node instanceof MappingNode mapping)) {
        return problem(
            node,
            (path.isEmpty() ? "the file" : quoted(path))
                + " must be a mapping of keys to values but was "
                + kind(node));
      }
      RecordComponent[] components = type.getRecordComponents();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < components.length; i++) {
        index.put(components[i].getName(), i);
      }
      Object[] args = new Object[components.length];
      for (NodeTuple entry : entries(mapping)) {
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        Integer i = index.get(key);
        if (i == null) {
          problem(
              entry.getKeyNode(),
              "unknown key '"
                  + key
                  + "' (known: "
                  + String.join(", ", index.keySet().stream().sorted().toList())
                  + ")");
          continue;
        }
        args[i] =
            bind(entry.getValueNode(), components[i].getGenericType(), child(path, key), depth + 1);
      }
      try {
        Constructor<?> constructor =
            type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        return problem(node, "cannot read " + quoted(path) + ": " + e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct " + type, e);
      }
    }

    private List<Object> list(Node node, Type itemType, String path, int depth) {
      if (!(node instanceof SequenceNode sequence)) {
        problem(node, quoted(path) + " must be a list but was " + kind(node));
        return null;
      }
      List<Object> values = new ArrayList<>();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        String itemPath = path + "[" + i + "]";
        values.add(item(items.get(i), itemType, itemPath, depth));
      }
      return itemType == Object.class ? values : nonNull(values);
    }

    private Map<String, Object> map(Node node, Type valueType, String path, int depth) {
      if (!(node instanceof MappingNode mapping)) {
        problem(node, quoted(path) + " must be a mapping but was " + kind(node));
        return null;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (NodeTuple entry : entries(mapping)) {
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        values.put(key, item(entry.getValueNode(), valueType, child(path, key), depth));
      }
      return values;
    }

    /** An item of a list or a value of a map: only configuration values may be null. */
    private Object item(Node node, Type type, String path, int depth) {
      if (type != Object.class && isNull(node)) {
        return problem(node, quoted(path) + " must not be empty");
      }
      return bind(node, type, path, depth + 1);
    }

    /** The entries of a mapping with a single-value key, each key once; problems for the others. */
    private List<NodeTuple> entries(MappingNode mapping) {
      List<NodeTuple> entries = new ArrayList<>();
      Map<String, Node> seen = new HashMap<>();
      for (NodeTuple entry : mapping.getValue()) {
        if (!(entry.getKeyNode() instanceof ScalarNode keyNode)) {
          problem(
              entry.getKeyNode(),
              "a key must be a single value but was " + kind(entry.getKeyNode()));
          continue;
        }
        Node first = seen.putIfAbsent(keyNode.getValue(), keyNode);
        if (first != null) {
          problem(
              keyNode,
              "duplicate key '" + keyNode.getValue() + "' (first at line " + line(first) + ")");
          continue;
        }
        entries.add(entry);
      }
      return entries;
    }

    private Integer integer(ScalarNode scalar, String path) {
      try {
        return Integer.valueOf(scalar.getValue().strip());
      } catch (NumberFormatException e) {
        problem(
            scalar, quoted(path) + " must be a whole number but was '" + scalar.getValue() + "'");
        return null;
      }
    }

    private Object constant(ScalarNode scalar, Class<?> type, String path) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equalsIgnoreCase(scalar.getValue())) {
          return constant;
        }
      }
      return problem(
          scalar,
          path
              + " must be one of "
              + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
              + " but was '"
              + scalar.getValue()
              + "'");
    }

    /**
     * A free-form value: text, a boolean, a number or null as YAML resolves a plain scalar
     * (timestamps stay text), a list, or a mapping.
     */
    private Object plain(Node node, String path, int depth) {
      if (node instanceof SequenceNode) {
        return list(node, Object.class, path, depth);
      }
      if (node instanceof MappingNode) {
        return map(node, Object.class, path, depth);
      }
      ScalarNode scalar = (ScalarNode) node;
      String text = scalar.getValue();
      Tag tag = scalar.getTag();
      if (tag.equals(Tag.BOOL)) {
        return switch (text.toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on" -> Boolean.TRUE;
          default -> Boolean.FALSE;
        };
      }
      try {
        if (tag.equals(Tag.INT)) {
          return wholeNumber(text);
        }
        if (tag.equals(Tag.FLOAT)) {
          return decimal(text);
        }
      } catch (NumberFormatException e) {
        return text; // sexagesimal numbers of YAML 1.1 are not worth reading
      }
      return text;
    }

    private Object problem(Node node, String message) {
      problems.add(at(file, line(node), rule, message));
      return null;
    }
  }

  private static Number wholeNumber(String text) {
    String digits = text.replace("_", "");
    boolean negative = digits.startsWith("-");
    if (negative || digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    BigInteger value;
    if (digits.startsWith("0x")) {
      value = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0b")) {
      value = new BigInteger(digits.substring(2), 2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      value = new BigInteger(digits.substring(1), 8);
    } else {
      value = new BigInteger(digits);
    }
    value = negative ? value.negate() : value;
    if (value.bitLength() < Integer.SIZE) {
      return value.intValue();
    }
    return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
  }

  private static Double decimal(String text) {
    String digits = text.replace("_", "");
    return switch (digits.toLowerCase(Locale.ROOT)) {
      case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
      case "-.inf" -> Double.NEGATIVE_INFINITY;
      case ".nan" -> Double.NaN;
      default -> Double.valueOf(digits);
    };
  }

  private static <T> List<T> nonNull(List<T> values) {
    return values.stream().filter(value -> value != null).toList();
  }

  /** Whether a node is unset: YAML null ({@code ~}, {@code null} or nothing). */
  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String quoted(String path) {
    return "'" + path + "'";
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  private static Object configValue(Object value) {
    if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> item == null ? null : String.valueOf(item)).toList();
    }
    return value;
  }

  private static void require(
      boolean condition,
      PackSource.Entry file,
      String rule,
      String message,
      List<String> problems) {
    if (!condition) {
      problems.add(at(file, 1, rule, message));
    }
  }

  /** Formats a problem as {@code path:line: rule 'X': message}. */
  static String at(PackSource.Entry file, int line, String rule, String message) {
    return file.displayPath() + ":" + line + ": " + rule + ": " + message;
  }
}
