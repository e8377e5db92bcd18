package io.mailready.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration values of the loaded packs ({@code config} in {@code pack.yaml}): dates,
 * switches and lists that the catalog marks configurable. Immutable.
 */
public final class Config {
  private final Map<String, Object> values;

  private Config(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A configuration of these values (dates as {@link LocalDate}, lists as {@code List}). */
  public static Config of(Map<String, Object> values) {
    return new Config(values);
  }

  /** Every value, in declaration order. */
  public Map<String, Object> values() {
    return values;
  }

  /** The date {@code key}. */
  public LocalDate date(String key) {
    return get(key, LocalDate.class);
  }

  /** The switch {@code key}. */
  public boolean bool(String key) {
    return get(key, Boolean.class);
  }

  /** The list of strings {@code key}. */
  @SuppressWarnings("unchecked")
  public List<String> strings(String key) {
    return (List<String>) get(key, List.class);
  }

  /** True when {@code key} is configured (not null). */
  public boolean has(String key) {
    return values.get(key) != null;
  }

  private <T> T get(String key, Class<T> type) {
    Object value = values.get(key);
    checkArgument(value != null, "no configuration value '%s' (known: %s)", key, values.keySet());
    checkArgument(
        type.isInstance(value),
        "configuration value '%s' must be a %s but was '%s'",
        key,
        type.getSimpleName(),
        value);
    return type.cast(value);
  }
}
