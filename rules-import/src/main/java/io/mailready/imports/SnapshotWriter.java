package io.mailready.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotValue;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a snapshot in the {@code mailready/v1} format, as YAML or JSON, such that {@code
 * Snapshots.read} reads back an equal snapshot: every set value and every {@code notCollected} list
 * is written, unset ({@code null}) values are left out.
 */
public final class SnapshotWriter {
  private SnapshotWriter() {}

  /** The snapshot as YAML. */
  public static String yaml(Snapshot snapshot) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE);
    Map<?, ?> tree = ExportFile.JSON.convertValue(tree(snapshot), Map.class);
    return new Yaml(options).dump(tree);
  }

  /** The snapshot as JSON, indented. */
  public static String json(Snapshot snapshot) {
    try {
      return ExportFile.JSON
              .writer()
              .with(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(tree(snapshot))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a snapshot tree as JSON", e);
    }
  }

  /** The snapshot as a tree in the format. */
  static ObjectNode tree(Snapshot snapshot) {
    checkNotNull(snapshot, "snapshot");
    return record(snapshot);
  }

  private static ObjectNode record(Record record) {
    ObjectNode node = SourceObject.NODES.objectNode();
    for (SnapshotSchema.Field field : SnapshotSchema.fields(record.getClass())) {
      Object value = read(field.component(), record);
      if (value == null) {
        continue;
      }
      if (field.key().equals("notCollected") && ((List<?>) value).isEmpty()) {
        continue;
      }
      if (value instanceof List<?> list) {
        ArrayNode array = node.putArray(field.key());
        for (Object item : list) {
          add(array, item);
        }
      } else if (value instanceof Record nested) {
        node.set(field.key(), record(nested));
      } else {
        put(node, field.key(), value);
      }
    }
    return node;
  }

  private static void add(ArrayNode array, Object item) {
    if (item instanceof Record nested) {
      array.add(record(nested));
    } else {
      array.add(scalar(item));
    }
  }

  private static void put(ObjectNode node, String key, Object value) {
    if (value instanceof Boolean bool) {
      node.put(key, bool);
    } else if (value instanceof Integer number) {
      node.put(key, number);
    } else if (value instanceof Instant instant && instant.getNano() == 0) {
      // updated_at is epoch seconds, as the platform's API returns it.
      node.put(key, instant.getEpochSecond());
    } else {
      node.put(key, scalar(value));
    }
  }

  private static String scalar(Object value) {
    if (value instanceof SnapshotValue label) {
      return label.label();
    }
    if (value instanceof IpRange || value instanceof LocalDate || value instanceof Instant) {
      return value.toString();
    }
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalStateException("cannot write a " + value.getClass().getName());
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
