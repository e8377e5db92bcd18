package io.mailready.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a derived fact is FALSE, e.g. {@code EWS_ORG_DISABLED}, with the values that show it. The
 * pack's {@code causes} describe each code and name the requirement that fixes it; messages that
 * cite a cause render that description.
 *
 * @param code the cause code
 * @param evidence the values that produced it, in order
 */
public record Cause(String code, Map<String, Object> evidence) {
  public Cause {
    checkNotNull(code, "code");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** A cause without evidence. */
  public static Cause of(String code) {
    return new Cause(code, Map.of());
  }

  /** The same cause with one more evidence value. */
  public Cause with(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(evidence);
    copy.put(name, value);
    return new Cause(code, copy);
  }
}
