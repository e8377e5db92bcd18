package io.mailready.engine;

import io.mailready.SubjectKind;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Section;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Tenant;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Snapshot paths of {@code requires}: sections ({@code tenant.organizationConfig}, {@code
 * platform.azureApp}, {@code mailbox.casMailbox}) and fields ({@code
 * tenant.organizationConfig.ewsAllowedAppIds}). A path is missing when a section on it is null
 * ("not collected", {@code snapshot.md}) or a step is in its section's {@code notCollected} list. A
 * field that holds a section or a list is missing when null; a scalar field that is null is
 * collected and unset (its Microsoft default, {@code requirements.md} 0.8).
 */
final class SectionPaths {
  // present() runs for every requirement and mailbox: paths are split and accessors found once.
  private static final Map<String, String[]> STEPS = new ConcurrentHashMap<>();
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
              accessors.put(component.getName(), component.getAccessor());
            }
          }
          return Map.copyOf(accessors);
        }
      };

  private SectionPaths() {}

  /** Null when {@code path} names a component of the model, else the problem. */
  static String validate(String path, SubjectKind subject) {
    String[] steps = path.split("\\.");
    Class<?> type =
        switch (steps[0]) {
          case "tenant" -> Tenant.class;
          case "platform" -> Platform.class;
          case "mailbox" -> Mailbox.class;
          default -> null;
        };
    if (type == null || steps.length < 2) {
      return "required section '" + path + "' must start with tenant., platform. or mailbox.";
    }
    if (type == Mailbox.class && subject != SubjectKind.MAILBOX) {
      return "required section '"
          + path
          + "' is about a mailbox but the requirement's subject is "
          + subject.label();
    }
    for (int i = 1; i < steps.length; i++) {
      Optional<RecordComponent> component = component(type, steps[i]);
      if (component.isEmpty()) {
        return "required section '"
            + path
            + "' does not exist: "
            + type.getSimpleName()
            + " has no '"
            + steps[i]
            + "' (known: "
            + String.join(
                ", ",
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList())
            + ")";
      }
      type = elementType(component.get().getGenericType());
      if (i < steps.length - 1 && !type.isRecord()) {
        return "required section '"
            + path
            + "' goes below '"
            + steps[i]
            + "', which is not a section";
      }
    }
    return null;
  }

  /** True when every step of {@code path} is collected for this snapshot and mailbox. */
  static boolean present(String path, Snapshot snapshot, Mailbox mailbox) {
    return missingSteps(path, snapshot, mailbox) == 0;
  }

  /**
   * How many steps of {@code path} lead to the first one that is missing (0 when none is): 2 for
   * {@code tenant.organizationConfig.ewsEnabled} without {@code organizationConfig}.
   */
  static int missingSteps(String path, Snapshot snapshot, Mailbox mailbox) {
    String[] steps = STEPS.computeIfAbsent(path, p -> p.split("\\."));
    Object value =
        switch (steps[0]) {
          case "tenant" -> snapshot.tenant();
          case "platform" -> snapshot.platform();
          case "mailbox" -> mailbox;
          default -> throw new IllegalArgumentException("bad section path '" + path + "'");
        };
    if (value == null) {
      return 1;
    }
    for (int i = 1; i < steps.length; i++) {
      if (value instanceof Section section && !section.collected(steps[i])) {
        return i + 1;
      }
      Method accessor = accessor(value, steps[i]);
      value = read(value, accessor);
      if (value == null) {
        Class<?> type = accessor.getReturnType();
        boolean scalarField =
            i == steps.length - 1 && !type.isRecord() && !List.class.isAssignableFrom(type);
        return scalarField ? 0 : i + 1;
      }
    }
    return 0;
  }

  /** The missing part of {@code path} as shown in an UNKNOWN reason, or null when present. */
  static String displayMissing(String path, Snapshot snapshot, Mailbox mailbox) {
    int steps = missingSteps(path, snapshot, mailbox);
    if (steps == 0) {
      return null;
    }
    String[] all = STEPS.computeIfAbsent(path, p -> p.split("\\."));
    return display(String.join(".", Arrays.copyOf(all, steps)), mailbox);
  }

  /** The path as shown in an UNKNOWN reason, e.g. {@code mailboxes[bob@contoso.com].casMailbox}. */
  static String display(String path, Mailbox mailbox) {
    return path.startsWith("mailbox.") && mailbox != null
        ? "mailboxes[" + mailbox.address() + "]" + path.substring("mailbox".length())
        : path;
  }

  private static Method accessor(Object record, String name) {
    Method accessor = ACCESSORS.get(record.getClass()).get(name);
    if (accessor == null) {
      throw new IllegalArgumentException("no section '" + name + "'");
    }
    return accessor;
  }

  private static Object read(Object record, Method accessor) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "cannot read " + accessor.getName() + " of " + record.getClass(), e);
    }
  }

  private static Optional<RecordComponent> component(Class<?> type, String name) {
    RecordComponent[] components = type.getRecordComponents();
    return components == null
        ? Optional.empty()
        : Arrays.stream(components).filter(c -> c.getName().equals(name)).findFirst();
  }

  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type argument = parameterized.getActualTypeArguments()[0];
      return argument instanceof Class<?> c ? c : Object.class;
    }
    return type instanceof Class<?> c ? c : Object.class;
  }
}
