package io.mailready.imports;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The snapshot format's keys and types, read from the model records of {@code rules-api}. */
final class SnapshotSchema {
  /**
   * One key of a mapping.
   *
   * @param key the key in the format (e.g. {@code ip_addresses})
   * @param component the record component
   */
  record Field(String key, RecordComponent component) {
    Type type() {
      return component.getGenericType();
    }

    boolean isList() {
      return type() instanceof ParameterizedType list && list.getRawType() == List.class;
    }

    /** The record or value class, or a list's element class. */
    Class<?> valueClass() {
      Type type = type();
      if (type instanceof ParameterizedType list) {
        return (Class<?>) list.getActualTypeArguments()[0];
      }
      return (Class<?>) type;
    }
  }

  private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

  private SnapshotSchema() {}

  static List<Field> fields(Class<?> type) {
    return FIELDS.computeIfAbsent(type, SnapshotSchema::compute);
  }

  /** The field named {@code key} (case-insensitively, by format key or component), or null. */
  static Field field(Class<?> type, String key) {
    for (Field field : fields(type)) {
      if (field.key().equalsIgnoreCase(key) || field.component().getName().equalsIgnoreCase(key)) {
        return field;
      }
    }
    return null;
  }

  private static List<Field> compute(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      fields.add(new Field(key(component), component));
    }
    return List.copyOf(fields);
  }

  /** The format key: the component name, or its {@code @SnapshotKey} (package-private there). */
  private static String key(RecordComponent component) {
    for (Annotation annotation : component.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("SnapshotKey")) {
        try {
          Method value = annotation.annotationType().getDeclaredMethod("value");
          value.setAccessible(true);
          return (String) value.invoke(annotation);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read @SnapshotKey of " + component, e);
        }
      }
    }
    return component.getName();
  }
}
