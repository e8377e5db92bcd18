package io.mailready.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules that threw during the current check, per thread: a session fires on the thread that
 * calls {@code check}, and the exception handler has no other way back to the engine.
 */
final class RuleFailures {
  private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();

  private RuleFailures() {}

  /** Starts collecting for the current thread. */
  static void start() {
    CURRENT.set(new LinkedHashMap<>());
  }

  /** Stops collecting and returns rule name -> what went wrong. */
  static Map<String, String> finish() {
    Map<String, String> failures = CURRENT.get();
    CURRENT.remove();
    return failures == null ? Map.of() : failures;
  }

  static void record(String rule, Throwable exception) {
    Map<String, String> failures = CURRENT.get();
    if (failures != null) {
      failures.putIfAbsent(rule, describe(exception));
    }
  }

  /** Whether {@code rule}'s action threw in the current check, on this thread. */
  static boolean failed(String rule) {
    Map<String, String> failures = CURRENT.get();
    return failures != null && !failures.isEmpty() && failures.containsKey(rule);
  }

  static String describe(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
