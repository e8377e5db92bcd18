package io.mailready.cli;

import io.mailready.Finding;
import io.mailready.Fix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV form of a report, for the spreadsheet an admin works from: one row per finding (every
 * finding, whatever its severity), quoted as RFC 4180 says (Commons CSV), with CRLF line ends.
 *
 * <p>A spreadsheet runs a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula; a tenant controls those values, so such a cell is written with a leading apostrophe,
 * which spreadsheets show as text (OWASP's advice against CSV injection).
 */
final class CsvReport {
  /** The columns, in order. */
  static final List<String> HEADER =
      List.of(
          "tenant",
          "requirement",
          "severity",
          "status",
          "subject kind",
          "subject",
          "title",
          "message",
          "powershell");

  private CsvReport() {}

  /** The CSV of the reports: one header, then the findings of each report in its order. */
  static void write(List<Checked> reports, Appendable out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (Checked checked : reports) {
      for (Finding finding : checked.report().findings()) {
        List<Fix> fixes = finding.fixes();
        printer.printRecord(
            cell(checked.report().tenant()),
            cell(finding.requirement()),
            finding.severity().name(),
            finding.waived() ? "WAIVED" : "FAIL",
            finding.subjectKind().label(),
            cell(finding.subject()),
            cell(finding.title()),
            cell(finding.message()),
            cell(
                fixes.isEmpty() || fixes.get(0).powershell() == null
                    ? ""
                    : fixes.get(0).powershell().strip()));
      }
    }
    printer.flush();
  }

  /** The CSV of the reports, as a string. */
  static String write(List<Checked> reports) {
    StringBuilder out = new StringBuilder();
    try {
      write(reports, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /** A cell a spreadsheet reads as text, never as a formula. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + value
        : value;
  }
}
