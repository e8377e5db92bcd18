package io.mailready.cli;

import io.mailready.Finding;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.Severity;
import io.mailready.Summary;
import io.mailready.Waiver;
import io.mailready.WaiverUse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text form of a report, for people: a header, findings by severity with one entry per
 * requirement ({@link FindingGroup}: its subjects, the message and fixes once), waived findings,
 * results that could not be evaluated, and a one-line verdict.
 *
 * <p>Prose (messages, fix summaries, reasons) is wrapped at {@value #WIDTH} columns with indented
 * continuation lines; commands and admin-center paths are printed whole, so that they can be
 * copied. Every tenant value goes through {@link Printable}: no control character reaches the
 * terminal, and no tenant line starts at column 0, where the verdict is.
 */
final class TextReport {
  /** The column at which prose is wrapped. */
  static final int WIDTH = 100;

  /** How many subjects of a group are listed; the others are counted. */
  static final int INLINE_SUBJECTS = 10;

  private static final String FIX_LABEL_FORMAT = "%-14s";

  private final PrintWriter out;
  private final Style style;
  private final Severity minSeverity;

  TextReport(PrintWriter out, Style style, Severity minSeverity) {
    this.out = out;
    this.style = style;
    this.minSeverity = minSeverity;
  }

  /** Prints the report of one snapshot file. */
  void print(String file, Report report) {
    printHeader(file, report);
    List<Finding> shown =
        report.findings().stream().filter(f -> f.severity().atLeast(minSeverity)).toList();
    List<FindingGroup> groups = FindingGroup.of(shown);
    for (Severity severity : Severity.values()) {
      List<FindingGroup> open =
          groups.stream().filter(g -> g.waiver() == null && g.severity() == severity).toList();
      if (!open.isEmpty()) {
        printGroupHeading(
            style.severity(severity, severity.name()),
            open.stream().mapToInt(FindingGroup::size).sum(),
            "finding");
        open.forEach(this::printFinding);
      }
    }
    List<FindingGroup> waived = groups.stream().filter(g -> g.waiver() != null).toList();
    if (!waived.isEmpty()) {
      printGroupHeading(
          style.bold("WAIVED"), waived.stream().mapToInt(FindingGroup::size).sum(), "finding");
      waived.forEach(this::printWaived);
    }
    // Expired and unused waivers need the owner's attention: the report says which.
    List<WaiverUse> stale =
        report.waivers().stream().filter(w -> w.state() != WaiverUse.State.APPLIED).toList();
    if (!stale.isEmpty()) {
      printGroupHeading(style.bold("WAIVERS TO REVIEW"), stale.size(), "waiver");
      for (WaiverUse use : stale) {
        Waiver waiver = use.waiver();
        out.println(
            Printable.line(
                "  "
                    + (use.state() == WaiverUse.State.EXPIRED
                        ? "EXPIRED on " + waiver.expires()
                        : "UNUSED")
                    + ": "
                    + waiver.requirement()
                    + (waiver.subjects().isEmpty() ? "" : " " + waiver.subjects())
                    + " (owner "
                    + waiver.owner()
                    + (waiver.ticket() == null ? "" : ", " + waiver.ticket())
                    + ")"));
        if (use.state() == WaiverUse.State.EXPIRED) {
          printSubjects("no longer covers", use.findings(), 4);
        } else {
          out.println("    matches no finding: remove it, or check its requirement and subjects");
        }
      }
    }
    List<ResultGroup> notEvaluated = ResultGroup.notEvaluated(report.results());
    if (!notEvaluated.isEmpty()) {
      printGroupHeading(
          style.bold("NOT EVALUATED"),
          notEvaluated.stream().mapToInt(g -> g.subjects().size()).sum(),
          "result");
      notEvaluated.forEach(this::printNotEvaluated);
    }
    out.println();
    long hidden = report.findings().size() - shown.size();
    if (hidden > 0) {
      out.println(plural(hidden, "finding") + " below " + minSeverity + " not shown");
    }
    out.println(verdict(report.summary()));
  }

  private void printHeader(String file, Report report) {
    out.println(style.bold(Printable.line(file)));
    out.println("  tenant:    " + Printable.line(report.tenant()));
    out.println("  evaluated: " + report.evaluatedAt());
    if (!report.packs().isEmpty()) {
      out.println(
          "  rules:     "
              + Printable.line(
                  report.packs().stream().map(TextReport::pack).collect(Collectors.joining(", "))));
    }
  }

  private void printGroupHeading(String name, int count, String noun) {
    out.println();
    out.println(name + ": " + plural(count, noun));
  }

  private void printFinding(FindingGroup group) {
    printFindingHead(group);
    List<FindingGroup.FixTemplate> fixes = group.fixes();
    for (int i = 0; i < fixes.size(); i++) {
      String label = fixes.size() == 1 ? "fix:" : "fix " + (i + 1) + ":";
      printFix(label, fixes.get(i));
    }
  }

  private void printWaived(FindingGroup group) {
    printFindingHead(group);
    printProse(waiverLine(group.waiver()), 4);
  }

  /**
   * The blank line, the tag, id and title line, the subjects and the message of a group. One
   * finding reads as before grouping: its subject and message; several give their subjects (the
   * first {@value #INLINE_SUBJECTS}, with the values that differ per subject) and the message once.
   */
  private void printFindingHead(FindingGroup group) {
    out.println();
    Finding first = group.first();
    String tag = "[" + group.severity() + "]";
    String plainHead = "  " + tag + " " + Printable.line(group.requirement());
    String head =
        "  "
            + style.severity(group.severity(), tag)
            + " "
            + style.bold(Printable.line(group.requirement()));
    // The title is wrapped after the uncoloured head, then the head is put in front in colour.
    List<String> lines = wrap(Printable.line(group.title()), plainHead.length() + 1, 4, WIDTH);
    if (lines.isEmpty()) {
      lines.add(head);
    } else {
      lines.set(0, head + " " + lines.get(0).substring(plainHead.length() + 1));
    }
    lines.forEach(out::println);
    if (group.size() == 1) {
      out.println("    " + first.subjectKind().label() + ": " + Printable.line(first.subject()));
      printProse(first.message(), 4);
      return;
    }
    List<String> subjects = group.findings().stream().map(Finding::subject).toList();
    if (group.columns().isEmpty()) {
      printSubjects(group.count(), subjects, 4);
    } else {
      out.println("    " + group.count() + ":");
      int shown = Math.min(INLINE_SUBJECTS, group.size());
      for (int m = 0; m < shown; m++) {
        printMember(group, m);
      }
      if (group.size() > shown) {
        out.println("      and " + (group.size() - shown) + " more (every one: --format csv)");
      }
    }
    if (group.message() != null) {
      printProse(group.message(), 4);
    }
  }

  /** A subject of a group with its values: short ones on its line, long ones below it. */
  private void printMember(FindingGroup group, int m) {
    List<String> inline = new ArrayList<>();
    List<String> below = new ArrayList<>();
    for (FindingGroup.Column column : group.columns()) {
      String value = column.values().get(m);
      String item = column.name() + ": " + (value == null ? "(none)" : value);
      (item.length() <= 40 && item.indexOf('\n') < 0 ? inline : below).add(item);
    }
    String subject = Printable.line(group.findings().get(m).subject());
    out.println(
        "      "
            + subject
            + (inline.isEmpty() ? "" : " (" + Printable.line(String.join("; ", inline)) + ")"));
    below.forEach(item -> printProse(item, 8));
  }

  /** "3 mailboxes: a, b, c", the first {@value #INLINE_SUBJECTS} and how many more. */
  private void printSubjects(String label, List<String> subjects, int indent) {
    int shown = Math.min(INLINE_SUBJECTS, subjects.size());
    String list =
        subjects.subList(0, shown).stream().map(Printable::line).collect(Collectors.joining(", "));
    String more = subjects.size() > shown ? " and " + (subjects.size() - shown) + " more" : "";
    fill(List.of((label + ": " + list + more).split(" ")), indent, indent + 2, WIDTH)
        .forEach(out::println);
  }

  private void printFix(String label, FindingGroup.FixTemplate fix) {
    printProse(label + " " + fix.summary(), 4);
    printPath("admin center:", fix.adminCenter());
    printCommand("PowerShell:", fix.powershell());
    printCommand("Graph:", fix.graph());
  }

  /** Prints a labelled admin-center path, wrapped before a {@code >} step when too long. */
  private void printPath(String label, String path) {
    if (path == null || path.isBlank()) {
      return;
    }
    String first = "      " + String.format(FIX_LABEL_FORMAT, label);
    List<String> lines = wrapPath(Printable.line(path), first.length(), first.length(), WIDTH);
    lines.set(0, first + lines.get(0).substring(first.length()));
    lines.forEach(out::println);
  }

  /** Prints a labelled command unwrapped; its further lines line up under its first. */
  private void printCommand(String label, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String first = "      " + String.format(FIX_LABEL_FORMAT, label);
    String next = " ".repeat(first.length());
    List<String> lines = Printable.text(value.strip()).lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size(); i++) {
      out.println(((i == 0 ? first : next) + lines.get(i)).stripTrailing());
    }
  }

  private void printNotEvaluated(ResultGroup group) {
    out.println();
    String head =
        "  " + group.status() + " " + style.bold(Printable.line(group.requirement())) + " ";
    if (group.subjects().size() == 1) {
      out.println(
          head + group.subjectKind().label() + ": " + Printable.line(group.subjects().get(0)));
    } else {
      out.println(head.stripTrailing());
      printSubjects(group.count(), group.subjects(), 4);
    }
    if (group.reason() != null) {
      printProse(group.reason(), 4);
    }
  }

  /** Prose wrapped; control characters escaped, and every line indented (none can pose as ours). */
  private void printProse(String text, int indent) {
    wrap(Printable.text(text), indent, indent + 2, WIDTH).forEach(out::println);
  }

  private String verdict(Summary summary) {
    String counts =
        summary.blocker()
            + " blocker, "
            + summary.error()
            + " error, "
            + summary.warning()
            + " warning, "
            + summary.info()
            + " info";
    List<String> others = new ArrayList<>();
    if (summary.unknown() > 0) {
      others.add(summary.unknown() + " unknown");
    }
    if (summary.ruleErrors() > 0) {
      others.add(plural(summary.ruleErrors(), "rule error"));
    }
    if (summary.waived() > 0) {
      others.add(summary.waived() + " waived");
    }
    String tail = others.isEmpty() ? "" : " (" + String.join(", ", others) + ")";
    return (summary.ready() ? style.good("READY") : style.bad("NOT READY")) + ": " + counts + tail;
  }

  private static String waiverLine(Waiver waiver) {
    StringBuilder line = new StringBuilder("waived");
    if (waiver.owner() != null) {
      line.append(" by ").append(waiver.owner());
    }
    if (waiver.expires() != null) {
      line.append(" until ").append(waiver.expires());
    }
    if (waiver.ticket() != null) {
      line.append(" (").append(waiver.ticket()).append(')');
    }
    if (waiver.reason() != null) {
      line.append(": ").append(waiver.reason());
    }
    return line.toString();
  }

  private static String pack(PackInfo pack) {
    return pack.version() == null ? pack.id() : pack.id() + " " + pack.version();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * Wraps prose into lines of at most {@code width} columns, indentation included. The first line
   * is indented by {@code indent}, the others by {@code continuation}. Lines break only between
   * words; a word longer than a line gets a line of its own. Line breaks in the text are kept.
   */
  static List<String> wrap(String text, int indent, int continuation, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\n")) {
      List<String> words = new ArrayList<>(List.of(paragraph.strip().split("\\s+")));
      words.removeIf(String::isEmpty);
      lines.addAll(fill(words, lines.isEmpty() ? indent : continuation, continuation, width));
    }
    return lines;
  }

  /**
   * Wraps an admin-center path such as {@code A > B > C} like {@link #wrap}, but breaking only
   * before a {@code >}, so that no step of the path is cut in two.
   */
  static List<String> wrapPath(String path, int indent, int continuation, int width) {
    List<String> steps = new ArrayList<>();
    for (String step : path.strip().split("\\s+>\\s+")) {
      steps.add(steps.isEmpty() ? step : "> " + step);
    }
    return fill(steps, indent, continuation, width);
  }

  /** Joins the tokens with spaces into indented lines of at most {@code width} columns. */
  private static List<String> fill(List<String> tokens, int indent, int continuation, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(" ".repeat(indent));
    boolean empty = true;
    for (String token : tokens) {
      if (!empty && line.length() + 1 + token.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(continuation));
        empty = true;
      }
      line.append(empty ? "" : " ").append(token);
      empty = false;
    }
    if (!empty) {
      lines.add(line.toString());
    }
    return lines;
  }
}
