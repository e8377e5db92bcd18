package io.mailready.snapshot;

import static io.mailready.snapshot.Problems.quote;
import static java.util.stream.Collectors.joining;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A generic binder from a SnakeYAML node tree to the snapshot records, by reflection over their
 * components, so that the model stays the single description of the format.
 *
 * <p>It binds records (keys matched case-insensitively), {@link SnapshotValue} enums (label or
 * constant name), scalars and lists. Each problem goes to {@link Problems} and binding goes on, so
 * that one read reports them all; a value with a problem binds as {@code null}, and the caller must
 * then discard the result.
 */
final class NodeBinder {
  private static final ClassValue<RecordType> RECORD_TYPES =
      new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
          return RecordType.of(type);
        }
      };

  private static final ClassValue<EnumType> ENUM_TYPES =
      new ClassValue<>() {
        @Override
        protected EnumType computeValue(Class<?> type) {
          return EnumType.of(type);
        }
      };

  // Epoch seconds of 9999-12-31T23:59:59Z: a larger value is almost surely epoch milliseconds.
  private static final long MAX_EPOCH_SECOND = 253_402_300_799L;

  private final Problems problems;
  private final Map<Class<?>, List<String>> requiredKeys;
  private final Map<Class<?>, String> identityKeys;
  private final Map<Object, MappingNode> sources = new IdentityHashMap<>();

  /**
   * Creates a binder.
   *
   * @param requiredKeys per record type, the keys that must be present and not null
   * @param identityKeys per record type, the key whose value names a list element in paths, as in
   *     {@code mailboxes[alice@contoso.com]}, instead of its index
   */
  NodeBinder(
      Problems problems,
      Map<Class<?>, List<String>> requiredKeys,
      Map<Class<?>, String> identityKeys) {
    this.problems = problems;
    this.requiredKeys = requiredKeys;
    this.identityKeys = identityKeys;
  }

  /** Binds a root mapping to a record type; {@code null} if it has a problem. */
  <T extends Record> T bindRoot(Node root, Class<T> type) {
    return type.cast(bind(root, type, ""));
  }

  /**
   * The node the component with {@code key} of a record bound here was read from, or the record's
   * own mapping if the key was absent.
   */
  Node sourceOf(Record record, String key) {
    MappingNode mapping = sources.get(record);
    if (mapping == null) {
      throw new IllegalArgumentException("not bound by this binder: " + record);
    }
    return valueOf(mapping, key).orElse(mapping);
  }

  /** How a node is described in a message: the quoted value, {@code null}, or its kind. */
  static String found(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.getTag().equals(Tag.NULL) ? "null" : quote(scalar.getValue().trim());
  }

  /**
   * Whether a node is unset: a YAML null, or an empty or blank string (requirements.md 0.7 reads
   * empty strings as unset).
   */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank());
  }

  private Object bind(Node node, Type type, String path) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return bindList(node, list.getActualTypeArguments()[0], path);
    }
    if (isNull(node)) {
      return null;
    }
    Class<?> cls = (Class<?>) type;
    if (cls.isRecord()) {
      return bindRecord(node, cls, path);
    }
    if (node instanceof ScalarNode scalar) {
      return bindScalar(scalar, cls, path);
    }
    return mismatch(node, cls, path);
  }

  private List<Object> bindList(Node node, Type elementType, String path) {
    if (isNull(node)) {
      return null;
    }
    // A single value where a list is expected is a one-element list: PowerShell's ConvertTo-Json
    // writes a one-element array that way.
    List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String itemPath = path + "[" + elementName(item, elementType, i) + "]";
      if (isNull(item)) {
        problems.add(
            item.getStartMark(),
            "%s must be %s but was %s",
            itemPath,
            expected(elementType),
            found(item));
        continue;
      }
      Object value = bind(item, elementType, itemPath);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private String elementName(Node item, Type elementType, int index) {
    String identityKey = identityKeys.get(elementType);
    if (identityKey != null && item instanceof MappingNode mapping) {
      Optional<Node> identity = valueOf(mapping, identityKey);
      if (identity.isPresent() && identity.get() instanceof ScalarNode scalar && !isNull(scalar)) {
        return scalar.getValue().trim();
      }
    }
    return String.valueOf(index);
  }

  private Object bindRecord(Node node, Class<?> type, String path) {
    if (!(node instanceof MappingNode mapping)) {
      return mismatch(node, type, path);
    }
    RecordType recordType = RECORD_TYPES.get(type);
    int size = recordType.components().size();
    Object[] args = new Object[size];
    NodeTuple[] tuples = new NodeTuple[size];
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(
            tuple.getKeyNode().getStartMark(),
            "a property name at %s must be a string but was %s",
            at(path),
            found(tuple.getKeyNode()));
        continue;
      }
      String key = keyNode.getValue();
      Integer index = recordType.indexOf(key);
      if (index == null) {
        problems.add(
            keyNode.getStartMark(),
            "unknown property %s at %s (known: %s)",
            quote(key),
            at(path),
            recordType.knownKeys());
        continue;
      }
      if (tuples[index] != null) {
        duplicate(keyNode, (ScalarNode) tuples[index].getKeyNode(), path);
        continue;
      }
      tuples[index] = tuple;
      Component component = recordType.components().get(index);
      args[index] = bind(tuple.getValueNode(), component.type(), child(path, component.key()));
      if (component.key().equals("notCollected") && args[index] != null) {
        args[index] = notCollected(tuple.getValueNode(), recordType, child(path, "notCollected"));
      }
    }
    checkRequired(mapping, recordType, tuples, path);
    Object record = construct(recordType, args, mapping, path);
    if (record != null) {
      sources.put(record, mapping);
    }
    return record;
  }

  /** A {@code notCollected} list: each name must be a field of the record it is in. */
  @SuppressWarnings("unchecked")
  private List<String> notCollected(Node node, RecordType recordType, String path) {
    List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof ScalarNode item) || isNull(item)) {
        continue; // already reported by bindList
      }
      Class<? extends Record> type = (Class<? extends Record>) recordType.type();
      String field = Section.fieldName(type, item.getValue());
      if (field == null) {
        problems.add(
            item.getStartMark(),
            "%s[%s] must name a field of this section (%s) but was %s",
            path,
            i,
            Section.knownFields(type),
            found(item));
      } else if (type == Platform.class && field.equals("profile")) {
        problems.add(item.getStartMark(), "%s", Section.PROFILE_ALWAYS_KNOWN);
      } else {
        fields.add(field);
      }
    }
    return fields;
  }

  private void duplicate(ScalarNode key, ScalarNode first, String path) {
    int firstLine = first.getStartMark().getLine() + 1;
    if (key.getValue().equals(first.getValue())) {
      problems.add(
          key.getStartMark(),
          "duplicate property %s at %s (first at line %s)",
          quote(key.getValue()),
          at(path),
          firstLine);
    } else {
      problems.add(
          key.getStartMark(),
          "duplicate property %s at %s (first at line %s as %s; keys are case-insensitive)",
          quote(key.getValue()),
          at(path),
          firstLine,
          quote(first.getValue()));
    }
  }

  private void checkRequired(
      MappingNode mapping, RecordType recordType, NodeTuple[] tuples, String path) {
    for (String key : requiredKeys.getOrDefault(recordType.type(), List.of())) {
      NodeTuple tuple = tuples[recordType.indexOf(key)];
      if (tuple == null) {
        problems.add(mapping.getStartMark(), "missing required property '%s' at %s", key, at(path));
      } else if (isNull(tuple.getValueNode())) {
        problems.add(
            tuple.getValueNode().getStartMark(),
            "%s is required but was %s",
            child(path, key),
            found(tuple.getValueNode()));
      }
    }
  }

  private Object construct(RecordType recordType, Object[] args, MappingNode mapping, String path) {
    try {
      return recordType.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      // A record that validates its own components: report its message as a problem.
      problems.add(
          mapping.getStartMark(), "%s is invalid: %s", at(path), e.getCause().getMessage());
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + recordType.type().getName(), e);
    }
  }

  private Object bindScalar(ScalarNode node, Class<?> type, String path) {
    String text = node.getValue().trim();
    try {
      if (type == String.class) {
        int lone = loneSurrogate(text);
        if (lone >= 0) {
          // An escape such as \\ud800 in JSON or YAML: no report could write it as UTF-8.
          problems.add(
              node.getStartMark(),
              "%s has a lone surrogate U+%s at character %s: expected Unicode text",
              path,
              Integer.toHexString(text.charAt(lone)).toUpperCase(Locale.ROOT),
              lone + 1);
          return null;
        }
        return text;
      } else if (type == Boolean.class) {
        return parseBoolean(text);
      } else if (type == Integer.class) {
        return Integer.valueOf(text);
      } else if (type == LocalDate.class) {
        return parseDate(text);
      } else if (type == Instant.class) {
        return parseInstant(text);
      } else if (type == IpRange.class) {
        return IpRange.parse(text);
      } else if (type.isEnum() && SnapshotValue.class.isAssignableFrom(type)) {
        return ENUM_TYPES.get(type).parse(text);
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      if (type == IpRange.class) {
        problems.add(
            node.getStartMark(), "%s is not an IP address or CIDR: %s", quote(path), quote(text));
        return null;
      }
      return mismatch(node, type, path);
    }
    throw new IllegalStateException(
        "the snapshot model has a type the reader cannot read: " + type);
  }

  /** The index of the first surrogate char that is not half of a pair, or -1. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private Object mismatch(Node node, Type type, String path) {
    problems.add(
        node.getStartMark(), "%s must be %s but was %s", path, expected(type), found(node));
    return null;
  }

  private static Boolean parseBoolean(String text) {
    // Not Boolean.parseBoolean, which reads anything else as false; not YAML 1.1's yes/no/on/off.
    if (text.equalsIgnoreCase("true")) {
      return true;
    } else if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(text);
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return parseDateTime(text).atOffset(ZoneOffset.UTC).toLocalDate();
    }
  }

  private static Instant parseInstant(String text) {
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long seconds = Long.parseLong(text);
      if (seconds > MAX_EPOCH_SECOND) {
        throw new DateTimeException("not epoch seconds: " + text);
      }
      return Instant.ofEpochSecond(seconds);
    }
    return parseDateTime(text);
  }

  /** An ISO-8601 date-time; one without an offset is taken as UTC. */
  private static Instant parseDateTime(String text) {
    TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
    return parsed.query(TemporalQueries.zone()) != null
        ? ZonedDateTime.from(parsed).toInstant()
        : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
  }

  /**
   * What a value of a model type must be, for messages; throws for a type the reader cannot read,
   * which a test checks over the whole model.
   */
  static String expected(Type type) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return "a list of " + expected(list.getActualTypeArguments()[0]);
    }
    if (!(type instanceof Class<?> cls)) {
      throw new IllegalStateException(
          "the snapshot model has a type the reader cannot read: " + type);
    }
    if (cls == String.class) {
      return "a string";
    } else if (cls == Boolean.class) {
      return "true or false";
    } else if (cls == Integer.class) {
      return "an integer";
    } else if (cls == LocalDate.class) {
      return "an ISO-8601 date such as 2025-06-01";
    } else if (cls == Instant.class) {
      return "epoch seconds or an ISO-8601 date-time such as 2025-06-01T10:00:00Z";
    } else if (cls == IpRange.class) {
      return "an IP address or CIDR";
    } else if (cls.isEnum() && SnapshotValue.class.isAssignableFrom(cls)) {
      return "one of " + ENUM_TYPES.get(cls).labels();
    } else if (cls.isRecord()) {
      return "a mapping";
    }
    throw new IllegalStateException("the snapshot model has a type the reader cannot read: " + cls);
  }

  private static Optional<Node> valueOf(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equalsIgnoreCase(key))
        .map(NodeTuple::getValueNode)
        .findFirst();
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String at(String path) {
    return path.isEmpty() ? "the top level" : path;
  }

  private static String lower(String key) {
    return key.toLowerCase(Locale.ROOT);
  }

  /** A record component as the format names it: its key and its Java type. */
  private record Component(String key, Type type) {}

  /** What the binder knows of a record type: its components by key and its constructor. */
  private record RecordType(
      Class<?> type,
      List<Component> components,
      Map<String, Integer> indexByLowerKey,
      Constructor<?> constructor) {

    static RecordType of(Class<?> type) {
      RecordComponent[] recordComponents = type.getRecordComponents();
      List<Component> components = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (RecordComponent rc : recordComponents) {
        SnapshotKey key = rc.getAnnotation(SnapshotKey.class);
        Component component =
            new Component(key == null ? rc.getName() : key.value(), rc.getGenericType());
        index.put(lower(component.key()), components.size());
        components.add(component);
      }
      Class<?>[] parameterTypes =
          Arrays.stream(recordComponents).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return new RecordType(
            type,
            List.copyOf(components),
            Map.copyOf(index),
            type.getDeclaredConstructor(parameterTypes));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + type, e);
      }
    }

    Integer indexOf(String key) {
      return indexByLowerKey.get(lower(key));
    }

    String knownKeys() {
      return components.stream().map(Component::key).collect(joining(", "));
    }
  }

  /**
   * What the binder knows of a {@link SnapshotValue} enum: its constants by normalised spelling.
   */
  private record EnumType(Map<String, Object> byNormalisedName, List<String> labels) {

    static EnumType of(Class<?> type) {
      Map<String, Object> byName = new HashMap<>();
      List<String> labels = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        String label = ((SnapshotValue) constant).label();
        byName.put(normalise(label), constant);
        byName.put(normalise(((Enum<?>) constant).name()), constant);
        labels.add(label);
      }
      return new EnumType(Map.copyOf(byName), List.copyOf(labels));
    }

    Object parse(String text) {
      Object constant = byNormalisedName.get(normalise(text));
      if (constant == null) {
        throw new IllegalArgumentException(text);
      }
      return constant;
    }

    /**
     * Lower-case without {@code -} and {@code _}: {@code exchange-online} = {@code
     * EXCHANGE_ONLINE}.
     */
    private static String normalise(String name) {
      return lower(name).replace("-", "").replace("_", "");
    }
  }
}
