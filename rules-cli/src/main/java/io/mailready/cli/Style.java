package io.mailready.cli;

import io.mailready.Severity;

/** ANSI colours for the text report, or none when the output is not a terminal. */
final class Style {
  private static final String RESET = "\u001b[0m";

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /** Colours when {@code enabled}, plain text otherwise. */
  static Style of(boolean enabled) {
    return new Style(enabled);
  }

  /** The text in the colour of the severity. */
  String severity(Severity severity, String text) {
    return switch (severity) {
      case BLOCKER -> paint("1;31", text);
      case ERROR -> paint("31", text);
      case WARNING -> paint("33", text);
      case INFO -> paint("36", text);
    };
  }

  String bold(String text) {
    return paint("1", text);
  }

  String dim(String text) {
    return paint("2", text);
  }

  String good(String text) {
    return paint("1;32", text);
  }

  String bad(String text) {
    return paint("1;31", text);
  }

  private String paint(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
