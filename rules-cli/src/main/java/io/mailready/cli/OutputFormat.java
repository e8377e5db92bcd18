package io.mailready.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code mailready check}. */
enum OutputFormat {
  /** For people: findings grouped by severity, with their fixes. */
  TEXT,
  /** For tools: the {@code mailready/report/v1} JSON contract. */
  JSON;

  /**
   * The format named by {@code value}, in any case.
   *
   * @throws TypeConversionException naming the allowed values, in the case help shows them
   */
  static OutputFormat parse(String value) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(value)) {
        return format;
      }
    }
    throw new TypeConversionException(
        "expected one of " + Arrays.toString(values()) + " but was '" + value + "'");
  }

  /** The lower-case name, as typed on the command line and listed in help and errors. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
