package io.mailready.imports;

import static io.mailready.imports.ImportProblems.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One object of an export (a cmdlet's output object, a Graph resource), read with the conventions
 * of {@code ConvertTo-Json} output: keys case-insensitive, {@code ADObjectId}-like objects reduced
 * to their {@code Name}, multi-valued properties as a string, an array or objects, and depth
 * truncation detected in every value read. (No value the snapshot maps is a date: {@code
 * /Date(ms)/} values are only ever dropped.)
 *
 * <p>Each read marks the key used; the keys never read are what the import drops from this source.
 * A mapped value copied to the snapshot tree goes through {@code copy...}: an absent property is
 * named in the target's {@code notCollected}, never defaulted.
 */
final class SourceObject {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // ConvertTo-Json below its -Depth writes a nested object as its .NET type name or as
  // PowerShell's hashtable text: neither is the value.
  private static final Pattern TYPE_NAME =
      Pattern.compile("(Microsoft|System)(\\.[A-Za-z_][A-Za-z0-9_`]*)+(\\[.*\\])?");

  private final ObjectNode node;
  private final String file;
  private final String pointer;
  private final ImportProblems problems;
  private final Map<String, String> keyByLower = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  SourceObject(ObjectNode node, String file, String pointer, ImportProblems problems) {
    this.node = node;
    this.file = file;
    this.pointer = pointer;
    this.problems = problems;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      keyByLower.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
  }

  String file() {
    return file;
  }

  String pointer() {
    return pointer;
  }

  ImportProblems problems() {
    return problems;
  }

  /** Whether the property is present (even as null). */
  boolean has(String key) {
    return keyByLower.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /** The raw value of a property, marking it used; {@code null} when absent. */
  JsonNode raw(String key) {
    String actual = keyByLower.get(key.toLowerCase(Locale.ROOT));
    if (actual == null) {
      return null;
    }
    used.add(actual);
    return node.get(actual);
  }

  /** The pointer of a property of this object. */
  String at(String key) {
    String actual = keyByLower.getOrDefault(key.toLowerCase(Locale.ROOT), key);
    return pointer + "/" + actual.replace("~", "~0").replace("/", "~1");
  }

  /** The property as a nested object, or {@code null} when absent, null or not an object. */
  SourceObject object(String key) {
    JsonNode value = raw(key);
    if (value instanceof ObjectNode object) {
      return new SourceObject(object, file, at(key), problems);
    }
    if (value != null && !value.isNull()) {
      problems.at(file, at(key), "%s must be an object but was %s", key, found(value));
    }
    return null;
  }

  /** The property's elements as objects (one object where a list is expected is a list). */
  List<SourceObject> objects(String key) {
    JsonNode value = raw(key);
    List<SourceObject> objects = new ArrayList<>();
    if (value == null || value.isNull()) {
      return objects;
    }
    if (value instanceof ObjectNode object) {
      objects.add(new SourceObject(object, file, at(key), problems));
      return objects;
    }
    if (value instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) instanceof ObjectNode item) {
          objects.add(new SourceObject(item, file, at(key) + "/" + i, problems));
        } else if (!array.get(i).isNull()) {
          problems.at(
              file, at(key) + "/" + i, "%s must be an object but was %s", key, found(array.get(i)));
        }
      }
      return objects;
    }
    problems.at(file, at(key), "%s must be a list of objects but was %s", key, found(value));
    return objects;
  }

  /** The property as a string; {@code null} when absent or null; a problem when truncated. */
  String string(String key) {
    JsonNode value = raw(key);
    return value == null ? null : scalarText(value, at(key), key);
  }

  /** The property as a boolean ({@code true}, {@code "True"}); {@code null} when null. */
  Boolean bool(String key) {
    JsonNode value = raw(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual()) {
      String text = value.textValue().trim();
      if (text.equalsIgnoreCase("true")) {
        return true;
      }
      if (text.equalsIgnoreCase("false")) {
        return false;
      }
      if (truncated(text, at(key), key)) {
        return null;
      }
    }
    problems.at(file, at(key), "%s must be true or false but was %s", key, found(value));
    return null;
  }

  /**
   * The property as a list of strings: a string is a one-element list, an array's objects are
   * reduced ({@code ADObjectId} to its name, a proxy address to its text); {@code null} when null.
   */
  List<String> strings(String key) {
    JsonNode value = raw(key);
    if (value == null || value.isNull()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    if (value instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String item = scalarText(array.get(i), at(key) + "/" + i, key);
        if (item != null && !item.isEmpty()) {
          values.add(item);
        }
      }
    } else {
      String item = scalarText(value, at(key), key);
      if (item != null && !item.isEmpty()) {
        values.add(item);
      }
    }
    return values;
  }

  /**
   * The property as one of an enum's labels, matched case-insensitively; an integer is refused
   * (PowerShell writes enums as numbers unless told otherwise, and their numbers are not documented
   * for these types).
   */
  String enumLabel(String key, List<String> labels) {
    JsonNode value = raw(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      problems.at(
          file,
          at(key),
          "%s is the number %s, an enum written as an integer: expected one of %s (re-export with"
              + " ConvertTo-Json -EnumsAsStrings, or | Select-Object %s | ConvertTo-Json)",
          key,
          value.asText(),
          labels,
          key);
      return null;
    }
    String text = scalarText(value, at(key), key);
    if (text == null || text.isBlank()) {
      return null;
    }
    for (String label : labels) {
      if (label.equalsIgnoreCase(text.trim())) {
        return label;
      }
    }
    problems.at(file, at(key), "%s must be one of %s but was %s", key, labels, quote(text));
    return null;
  }

  /** The names of the properties never read, for the summary of what was dropped. */
  List<String> unused() {
    List<String> unused = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!used.contains(name)) {
        unused.add(name);
      }
    }
    return unused;
  }

  // ---- copying mapped values to the snapshot tree, marking absent ones not collected ----

  void copyString(String key, ObjectNode target, String field) {
    if (!has(key)) {
      notCollected(target, field);
    } else {
      target.put(field, string(key));
    }
  }

  void copyBool(String key, ObjectNode target, String field) {
    if (!has(key)) {
      notCollected(target, field);
    } else {
      Boolean value = bool(key);
      if (value == null) {
        target.putNull(field);
      } else {
        target.put(field, value);
      }
    }
  }

  void copyStrings(String key, ObjectNode target, String field) {
    if (!has(key)) {
      notCollected(target, field);
    } else {
      List<String> values = strings(key);
      ArrayNode array = target.putArray(field);
      if (values != null) {
        values.forEach(array::add);
      }
    }
  }

  void copyEnum(String key, List<String> labels, ObjectNode target, String field) {
    if (!has(key)) {
      notCollected(target, field);
    } else {
      target.put(field, enumLabel(key, labels));
    }
  }

  /** Names {@code field} in the target's {@code notCollected} list. */
  static void notCollected(ObjectNode target, String field) {
    ArrayNode list =
        target.get("notCollected") instanceof ArrayNode existing
            ? existing
            : target.putArray("notCollected");
    for (JsonNode name : list) {
      if (name.asText().equalsIgnoreCase(field)) {
        return;
      }
    }
    list.add(field);
  }

  // ---- values ----

  /** A scalar's text; an object is reduced to its name where it is an identifier. */
  private String scalarText(JsonNode value, String at, String key) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      String text = value.textValue();
      return truncated(text, at, key) ? null : text;
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    if (value instanceof ObjectNode object) {
      String reduced = reduce(object);
      if (reduced != null) {
        return truncated(reduced, at, key) ? null : reduced;
      }
    }
    problems.at(file, at, "%s must be a string but was %s", key, found(value));
    return null;
  }

  /**
   * The value an object stands for: an {@code ADObjectId} (Name with DistinguishedName, ObjectGuid
   * or Rdn) is its Name, a proxy address its ProxyAddressString, a URI its original text.
   */
  static String reduce(ObjectNode object) {
    String name = text(object, "Name");
    if (name != null
        && (has(object, "DistinguishedName") || has(object, "ObjectGuid") || has(object, "Rdn"))) {
      return name;
    }
    String proxy = text(object, "ProxyAddressString");
    if (proxy != null) {
      return proxy;
    }
    String uri = text(object, "OriginalString");
    if (uri == null) {
      uri = text(object, "AbsoluteUri");
    }
    return uri;
  }

  private boolean truncated(String text, String at, String key) {
    String trimmed = text.trim();
    if (TYPE_NAME.matcher(trimmed).matches()
        || (trimmed.startsWith("@{") && trimmed.endsWith("}"))) {
      problems.at(
          file,
          at,
          "%s is %s, the text PowerShell writes for an object deeper than ConvertTo-Json's -Depth:"
              + " re-export with ConvertTo-Json -Depth 10",
          key,
          quote(trimmed));
      return true;
    }
    return false;
  }

  private static boolean has(ObjectNode object, String key) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      if (names.next().equalsIgnoreCase(key)) {
        return true;
      }
    }
    return false;
  }

  private static String text(ObjectNode object, String key) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equalsIgnoreCase(key) && field.getValue().isTextual()) {
        return field.getValue().textValue();
      }
    }
    return null;
  }

  /** What a value is, for messages. */
  static String found(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isTextual()) {
      return quote(value.textValue());
    }
    return value.asText();
  }
}
