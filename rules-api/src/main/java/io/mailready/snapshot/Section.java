package io.mailready.snapshot;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mapping of the snapshot that may say which of its fields were not collected.
 *
 * <p>Real exports are often partial (ScubaGear exports {@code OrganizationConfig} without its
 * {@code Ews*} properties). A field listed in {@link #notCollected()} is unknown to every rule that
 * reads it, whatever its value or its {@code null} default would otherwise mean.
 */
public interface Section {
  /**
   * Why {@code platform.profile} cannot be "not collected": it decides which protocols every
   * mailbox is checked for, and the platform always knows it.
   */
  String PROFILE_ALWAYS_KNOWN =
      "platform.profile cannot be not collected: it decides which protocols every mailbox is"
          + " checked for; set it to legacy or graph (the default is legacy)";

  /** The names of this section's fields that were not collected, as the record spells them. */
  List<String> notCollected();

  /** Whether {@code field} (a component name of this record) was collected. */
  default boolean collected(String field) {
    return !notCollected().contains(field);
  }

  /** Whether any of {@code fields} was not collected. */
  default boolean anyNotCollected(String... fields) {
    for (String field : fields) {
      if (notCollected().contains(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks and normalises a {@code notCollected} list: each name must be a field of {@code type}
   * other than {@code notCollected} (matched case-insensitively, returned as the record spells it).
   *
   * @throws IllegalArgumentException if a name is not a field of {@code type}
   */
  static List<String> fields(Class<? extends Record> type, List<String> names) {
    if (names == null || names.isEmpty()) {
      return List.of();
    }
    List<String> fields = new ArrayList<>(names.size());
    for (String name : names) {
      String field = fieldName(type, name);
      checkArgument(
          field != null,
          "'%s' is not a field of %s (known: %s)",
          name,
          type.getSimpleName(),
          knownFields(type));
      checkArgument(
          !(type == Platform.class && field.equals("profile")), "%s", PROFILE_ALWAYS_KNOWN);
      if (!fields.contains(field)) {
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }

  /** The field of {@code type} named {@code name} case-insensitively, or {@code null}. */
  static String fieldName(Class<? extends Record> type, String name) {
    if (name == null) {
      return null;
    }
    String lower = name.trim().toLowerCase(Locale.ROOT);
    for (RecordComponent component : type.getRecordComponents()) {
      if (!component.getName().equals("notCollected")
          && component.getName().toLowerCase(Locale.ROOT).equals(lower)) {
        return component.getName();
      }
    }
    return null;
  }

  /** The fields a {@code notCollected} list of {@code type} may name, comma-separated. */
  static String knownFields(Class<? extends Record> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (!component.getName().equals("notCollected")) {
        names.add(component.getName());
      }
    }
    return String.join(", ", names);
  }
}
