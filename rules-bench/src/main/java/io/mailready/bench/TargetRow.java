package io.mailready.bench;

import java.util.List;
import java.util.Locale;

/**
 * One row of the targets table: what was measured, the target, their ratio and whether the target
 * is met.
 *
 * @param measure what is measured, as in the table
 * @param measured the measured value as shown, or why it was not measured
 * @param target the target as shown
 * @param ratio measured / target, or {@code null} when not measured
 * @param verdict met, missed or not measured
 * @param detail the figures the measured value comes from (medians, counts, settings)
 * @param raw every sample, for the raw figures below the table
 */
record TargetRow(
    String measure,
    String measured,
    String target,
    Double ratio,
    Verdict verdict,
    String detail,
    String raw) {

  /** Whether a target is met. */
  enum Verdict {
    MET("met"),
    MISSED("**missed**"),
    NOT_MEASURED("not measured");

    private final String text;

    Verdict(String text) {
      this.text = text;
    }
  }

  /** A row whose target is an upper bound: met when measured / target is at most 1. */
  static TargetRow atMost(
      String measure,
      String measured,
      double measuredValue,
      String target,
      double targetValue,
      String detail,
      String raw) {
    double ratio = measuredValue / targetValue;
    return new TargetRow(
        measure, measured, target, ratio, ratio <= 1 ? Verdict.MET : Verdict.MISSED, detail, raw);
  }

  /** A row whose target is a lower bound: met when measured / target is at least 1. */
  static TargetRow atLeast(
      String measure,
      String measured,
      double measuredValue,
      String target,
      double targetValue,
      String detail,
      String raw) {
    double ratio = measuredValue / targetValue;
    return new TargetRow(
        measure, measured, target, ratio, ratio >= 1 ? Verdict.MET : Verdict.MISSED, detail, raw);
  }

  /** A row that could not be measured, saying why (an out-of-memory error, a timeout, no jar). */
  static TargetRow notMeasured(String measure, String target, String why, String raw) {
    return new TargetRow(measure, why, target, null, Verdict.NOT_MEASURED, "", raw);
  }

  /** A row whose measurement failed in a way that misses the target (out of memory, too slow). */
  static TargetRow failed(String measure, String target, String why, String raw) {
    return new TargetRow(measure, why, target, null, Verdict.MISSED, "", raw);
  }

  /** The rows as a Markdown table, one line per row, with a header. */
  static String markdown(List<TargetRow> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| measure | measured | target | measured / target | result | detail |\n");
    out.append("|---|---:|---:|---:|---|---|\n");
    for (TargetRow row : rows) {
      out.append("| ")
          .append(cell(row.measure))
          .append(" | ")
          .append(cell(row.measured))
          .append(" | ")
          .append(cell(row.target))
          .append(" | ")
          .append(row.ratio == null ? "–" : String.format(Locale.ROOT, "%.2f", row.ratio))
          .append(" | ")
          .append(row.verdict.text)
          .append(" | ")
          .append(cell(row.detail))
          .append(" |\n");
    }
    return out.toString();
  }

  /** A cell's text on one line, with the column separator escaped. */
  static String cell(String text) {
    return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
  }
}
