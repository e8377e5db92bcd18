package io.mailready.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code mailready check}, with the file extension of each. */
enum OutputFormat {
  /** For people: findings grouped by severity, with their fixes. */
  TEXT(".txt"),
  /** For tools: the {@code mailready/report/v1} JSON contract. */
  JSON(".json"),
  /** For admins: one self-contained page with the verdict, a chart, a checklist and the fixes. */
  HTML(".html"),
  /** For a ticket or a pull-request comment: verdict, counts, findings, collapsible fixes. */
  MARKDOWN(".md"),
  /** For code-scanning tools: SARIF 2.1.0, one run per report. */
  SARIF(".sarif"),
  /** For CI servers: JUnit XML, one test case per requirement and subject. */
  JUNIT(".junit.xml"),
  /** For a spreadsheet: one row per finding, RFC 4180, cells never read as formulas. */
  CSV(".csv");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, with its dot, used for files written to {@code --output-dir}. */
  String extension() {
    return extension;
  }

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
