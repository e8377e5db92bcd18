package io.mailready.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailready.snapshot.Domain;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges a partial snapshot over the imported tree: its values win, each replaced imported value is
 * reported as a conflict, a field it sets is no longer "not collected", mailboxes merge by address
 * and domains by name (case-insensitively), other lists are replaced whole.
 */
final class PartialMerge {
  private static final Map<Class<?>, String> IDENTITY =
      Map.of(Mailbox.class, "address", Domain.class, "name");

  private final String file;
  private final List<String> conflicts;

  PartialMerge(String file, List<String> conflicts) {
    this.file = file;
    this.conflicts = conflicts;
  }

  void merge(ObjectNode base, ObjectNode partial) {
    merge(base, partial, Snapshot.class, "");
  }

  private void merge(ObjectNode base, ObjectNode partial, Class<?> type, String path) {
    for (Iterator<Map.Entry<String, JsonNode>> it = partial.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      SnapshotSchema.Field field = SnapshotSchema.field(type, entry.getKey());
      if (field == null) {
        continue; // the snapshot reader has reported it
      }
      String key = field.key();
      String at = path.isEmpty() ? key : path + "." + key;
      JsonNode value = entry.getValue();
      if (key.equals("notCollected")) {
        for (JsonNode name : value.isArray() ? value : List.of(value)) {
          JsonNode removed = remove(base, name.asText());
          if (removed != null && !removed.isNull()) {
            conflicts.add(
                (path.isEmpty() ? "" : path + ".")
                    + name.asText()
                    + ": imported "
                    + show(removed)
                    + ", "
                    + file
                    + " says not collected (wins)");
          }
          SourceObject.notCollected(base, name.asText());
        }
        continue;
      }
      boolean wasNotCollected = clearNotCollected(base, key);
      JsonNode current = get(base, key);
      String identity = IDENTITY.get(field.valueClass());
      if (field.isList()
          && identity != null
          && current instanceof ArrayNode list
          && value.isArray()) {
        mergeByIdentity(list, (ArrayNode) value, field.valueClass(), identity, at);
      } else if (!field.isList()
          && field.valueClass().isRecord()
          && current instanceof ObjectNode object
          && value instanceof ObjectNode over) {
        merge(object, over, field.valueClass(), at);
      } else if (current != null && current.isValueNode() && same(current, value)) {
        continue; // the same value (an address in another case): the import's spelling stays
      } else {
        if (current != null && !wasNotCollected && !same(current, value)) {
          conflicts.add(
              at + ": imported " + show(current) + ", " + file + " has " + show(value) + " (wins)");
        }
        remove(base, key);
        base.set(key, value.deepCopy());
      }
    }
  }

  private void mergeByIdentity(
      ArrayNode base, ArrayNode partial, Class<?> type, String identity, String path) {
    for (JsonNode item : partial) {
      String id = item.isObject() ? text(get((ObjectNode) item, identity)) : null;
      ObjectNode match = null;
      if (id != null) {
        for (JsonNode existing : base) {
          if (existing instanceof ObjectNode object
              && id.equalsIgnoreCase(String.valueOf(text(get(object, identity))))) {
            match = object;
            break;
          }
        }
      }
      if (match == null) {
        base.add(item.deepCopy());
      } else {
        merge(match, (ObjectNode) item, type, path + "[" + id + "]");
      }
    }
  }

  private static boolean clearNotCollected(ObjectNode base, String key) {
    JsonNode list = base.get("notCollected");
    if (!(list instanceof ArrayNode array)) {
      return false;
    }
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equalsIgnoreCase(key)) {
        array.remove(i);
        if (array.isEmpty()) {
          base.remove("notCollected");
        }
        return true;
      }
    }
    return false;
  }

  static JsonNode get(ObjectNode node, String key) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equalsIgnoreCase(key)) {
        return node.get(name);
      }
    }
    return null;
  }

  private static JsonNode remove(ObjectNode node, String key) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equalsIgnoreCase(key)) {
        return node.remove(name);
      }
    }
    return null;
  }

  /** Equal values, comparing scalars by their text (YAML's 2019 is the JSON "2019"). */
  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isValueNode() && b.isValueNode()) {
      return a.isNull() == b.isNull() && a.asText().equalsIgnoreCase(b.asText());
    }
    if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String show(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isValueNode()) {
      return ImportProblems.quote(value.asText());
    }
    return ImportProblems.quote(value.toString()).toLowerCase(Locale.ROOT).equals("'[]'")
        ? "[]"
        : ImportProblems.quote(value.toString());
  }
}
