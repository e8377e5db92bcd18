package io.mailready.cli;

import io.mailready.Finding;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.Severity;
import io.mailready.Summary;
import io.mailready.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Markdown form of a report, for a ticket or a pull-request comment: the verdict, a table of
 * counts, a table of findings with a row per requirement and severity ({@link FindingGroup}), and
 * each requirement's subjects and fixes in a collapsible {@code <details>} block, in at most
 * {@value #BUDGET} characters.
 *
 * <p>Text from the report is escaped for GitHub-flavoured Markdown: table cells cannot be broken by
 * a {@code |} or a line break, {@code <}, {@code >} and {@code &} are written as entities, so that
 * a tenant value cannot inject HTML, control characters are escaped ({@link Printable}) and a line
 * break in prose is a {@code <br>}, so that no tenant value starts a line (a heading, a fence).
 * Commands are fenced code blocks, fenced longer than any backtick run they hold.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  /** At most this many characters per report: GitHub refuses comments over 65,536. */
  static final int BUDGET = 60_000;

  /** How many subjects of a group are listed; the others are counted. */
  static final int INLINE_SUBJECTS = 10;

  /** The Markdown of the reports with every finding, one section each. */
  static String write(List<Checked> reports) {
    return write(reports, Severity.INFO);
  }

  /** The Markdown of the reports, one section each. */
  static String write(List<Checked> reports, Severity minSeverity) {
    return reports.stream()
        .map(checked -> write(checked.report(), minSeverity))
        .collect(Collectors.joining("\n---\n\n"));
  }

  /** The Markdown of one report, with every finding. */
  static String write(Report report) {
    return write(report, Severity.INFO);
  }

  /**
   * The Markdown of one report, with the findings at or above {@code minSeverity}, in at most
   * {@value #BUDGET} characters: when the details of every group do not fit, the last ones are left
   * out and a note says how many and where to find them.
   */
  static String write(Report report, Severity minSeverity) {
    StringBuilder md = new StringBuilder();
    Summary summary = report.summary();
    md.append("## ")
        .append(summary.ready() ? "✅ READY" : "❌ NOT READY")
        .append(": ")
        .append(inline(report.tenant()))
        .append("\n\n");
    md.append("Evaluated ")
        .append(report.evaluatedAt())
        .append(packs(report.packs()))
        .append(". ")
        .append(verdictSentence(report))
        .append("\n\n");

    md.append("| Severity | Findings |\n|:--|--:|\n");
    for (Severity severity : Severity.values()) {
      md.append("| ").append(label(severity)).append(" | ").append(summary.count(severity));
      md.append(" |\n");
    }
    md.append("| Waived | ").append(summary.waived()).append(" |\n");
    md.append("| Unknown | ").append(summary.unknown()).append(" |\n");
    md.append("| Rule errors | ").append(summary.ruleErrors()).append(" |\n");
    List<Finding> shown =
        report.findings().stream().filter(f -> f.severity().atLeast(minSeverity)).toList();
    if (shown.size() < report.findings().size()) {
      md.append("\n")
          .append(FindingGroup.plural(report.findings().size() - shown.size(), "finding"))
          .append(" below ")
          .append(minSeverity)
          .append(" not shown.\n");
    }

    List<FindingGroup> groups = FindingGroup.of(shown);
    List<FindingGroup> open = groups.stream().filter(g -> g.waiver() == null).toList();
    List<String> details = new ArrayList<>();
    if (!open.isEmpty()) {
      md.append("\n### Findings\n\n");
      findingsTable(md, open);
      open.forEach(group -> details.add(fixes(group)));
    }
    StringBuilder tail = new StringBuilder();
    List<FindingGroup> waived = groups.stream().filter(g -> g.waiver() != null).toList();
    if (!waived.isEmpty()) {
      tail.append("\n### Waived\n\n");
      tail.append("| Severity | Requirement | Subjects | Waiver |\n|:--|:--|:--|:--|\n");
      for (FindingGroup group : waived) {
        tail.append("| ")
            .append(label(group.severity()))
            .append(" | ")
            .append(requirement(group))
            .append(" | ")
            .append(subjectsCell(group.findings().stream().map(Finding::subject).toList(), 3))
            .append(" | ")
            .append(cell(waiverText(group.waiver())))
            .append(" |\n");
      }
    }
    List<ResultGroup> notEvaluated = ResultGroup.notEvaluated(report.results());
    if (!notEvaluated.isEmpty()) {
      tail.append("\n### Not evaluated\n\n");
      tail.append("| Status | Requirement | Subjects | Reason |\n|:--|:--|:--|:--|\n");
      for (ResultGroup group : notEvaluated) {
        tail.append("| ")
            .append(group.status())
            .append(" | `")
            .append(code(group.requirement()))
            .append("` | ")
            .append(subjectsCell(group.subjects(), 3))
            .append(" | ")
            .append(cell(group.reason() == null ? "" : group.reason()))
            .append(" |\n");
      }
    }
    String cutNote =
        "\n> ✂️ Cut to stay under "
            + String.format(Locale.ROOT, "%,d", BUDGET)
            + " characters: the fixes of %d of %d requirements are left out. Every finding is"
            + " in the full report: `mailready check --format html` (or `csv`, `json`).\n";
    int room = BUDGET - md.length() - tail.length() - cutNote.length() - 20;
    int kept = 0;
    StringBuilder fixes = new StringBuilder(details.isEmpty() ? "" : "\n### Fixes\n");
    for (String block : details) {
      if (fixes.length() + block.length() > room) {
        break;
      }
      fixes.append(block);
      kept++;
    }
    md.append(fixes);
    if (kept < details.size()) {
      md.append(String.format(Locale.ROOT, cutNote, details.size() - kept, details.size()));
    }
    md.append(tail);
    if (md.length() > BUDGET) {
      // Tables too long on their own (thousands of requirements): cut them at a row.
      String note =
          "\n> ✂️ Cut at "
              + String.format(Locale.ROOT, "%,d", BUDGET)
              + " characters; every finding is in `mailready check --format html` (or `csv`, `json`).\n";
      int at = md.lastIndexOf("\n", BUDGET - note.length());
      md.setLength(at + 1);
      md.append(note);
    }
    return md.toString();
  }

  private static void findingsTable(StringBuilder md, List<FindingGroup> groups) {
    md.append("| Severity | Requirement | Subjects | Message |\n|:--|:--|:--|:--|\n");
    for (FindingGroup group : groups) {
      md.append("| ")
          .append(label(group.severity()))
          .append(" | ")
          .append(requirement(group))
          .append(" | ")
          .append(subjectsCell(group.findings().stream().map(Finding::subject).toList(), 3))
          .append(" | ")
          .append(
              group.message() == null
                  ? "_differs per " + group.subjectKind().label() + "_"
                  : cell(group.size() == 1 ? group.first().message() : group.message()))
          .append(" |\n");
    }
  }

  /** The first {@code inline} subjects and how many more, for a table cell. */
  private static String subjectsCell(List<String> subjects, int inline) {
    int shown = Math.min(inline, subjects.size());
    String list =
        subjects.subList(0, shown).stream()
            .map(MarkdownReport::cell)
            .collect(Collectors.joining(", "));
    return subjects.size() > shown ? list + " and " + (subjects.size() - shown) + " more" : list;
  }

  private static String fixes(FindingGroup group) {
    StringBuilder md = new StringBuilder();
    Finding first = group.first();
    md.append("\n<details>\n<summary><b>")
        .append(html(group.requirement()))
        .append("</b> ")
        .append(group.size() == 1 ? html(first.subject()) : group.count())
        .append(": ")
        .append(html(group.title()))
        .append("</summary>\n\n");
    if (group.size() == 1) {
      md.append(inline(first.message())).append("\n");
    } else {
      if (group.message() != null) {
        md.append(inline(group.message())).append("\n");
      }
      members(md, group);
    }
    if (group.fixes().isEmpty()) {
      md.append("\nNo fix is known; see the references.\n");
    }
    for (int i = 0; i < group.fixes().size(); i++) {
      FindingGroup.FixTemplate fix = group.fixes().get(i);
      md.append("\n").append(i + 1).append(". ").append(inline(fix.summary())).append("\n");
      if (fix.adminCenter() != null && !fix.adminCenter().isBlank()) {
        md.append("\n   Admin center: ").append(inline(fix.adminCenter())).append("\n");
      }
      if (fix.powershell() != null && !fix.powershell().isBlank()) {
        md.append(indent(codeBlock("powershell", fix.powershell()), "   "));
      }
      if (fix.graph() != null && !fix.graph().isBlank()) {
        md.append(indent(codeBlock("http", fix.graph()), "   "));
      }
    }
    if (!group.references().isEmpty()) {
      md.append("\nReferences:\n\n");
      for (String reference : group.references()) {
        md.append("- <")
            .append(Printable.line(reference).replace(">", "%3E").replace(" ", "%20"))
            .append(">\n");
      }
    }
    md.append("\n</details>\n");
    return md.toString();
  }

  /** The subjects of a group: a list, or a table with the values that differ per subject. */
  private static void members(StringBuilder md, FindingGroup group) {
    List<String> subjects = group.findings().stream().map(Finding::subject).toList();
    String kind = group.subjectKind().label();
    if (group.columns().isEmpty()) {
      md.append("\n")
          .append(capitalized(group.count()))
          .append(": ")
          .append(subjectsCell(subjects, INLINE_SUBJECTS))
          .append(".\n");
      return;
    }
    md.append(md.toString().endsWith("\n\n") ? "| " : "\n| ").append(capitalized(kind));
    group.columns().forEach(c -> md.append(" | ").append(cell(c.name())));
    md.append(" |\n|:--");
    group.columns().forEach(c -> md.append("|:--"));
    md.append("|\n");
    int shown = Math.min(INLINE_SUBJECTS, subjects.size());
    for (int m = 0; m < shown; m++) {
      md.append("| ").append(cell(subjects.get(m)));
      for (FindingGroup.Column column : group.columns()) {
        String value = column.values().get(m);
        md.append(" | ").append(value == null ? "" : cell(value));
      }
      md.append(" |\n");
    }
    if (subjects.size() > shown) {
      md.append("\n_… and ")
          .append(subjects.size() - shown)
          .append(" more: every one is in the full report (`--format csv`, `html` or `json`)._\n");
    }
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** A fenced code block, fenced with more backticks than the code holds in a row. */
  static String codeBlock(String language, String code) {
    int longest = 0;
    int run = 0;
    for (char c : code.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return "\n" + fence + language + "\n" + Printable.text(code.strip()) + "\n" + fence + "\n";
  }

  private static String indent(String text, String prefix) {
    return text.lines()
        .map(line -> line.isEmpty() ? line : prefix + line)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String verdictSentence(Report report) {
    Summary summary = report.summary();
    if (summary.ready()) {
      return "Nothing blocks sync.";
    }
    return "Sync is blocked or incomplete: "
        + summary.blocker()
        + " blocker, "
        + summary.error()
        + " error, "
        + summary.warning()
        + " warning, "
        + summary.info()
        + " info.";
  }

  private static String packs(List<PackInfo> packs) {
    if (packs.isEmpty()) {
      return "";
    }
    return " with "
        + packs.stream()
            .map(p -> inline(p.version() == null ? p.id() : p.id() + " " + p.version()))
            .collect(Collectors.joining(", "));
  }

  private static String requirement(FindingGroup group) {
    String title = group.title().isEmpty() ? "" : " " + cell(group.title());
    return "`" + code(group.requirement()) + "`" + title;
  }

  static String label(Severity severity) {
    return switch (severity) {
      case BLOCKER -> "🛑 Blocker";
      case ERROR -> "🔴 Error";
      case WARNING -> "🟠 Warning";
      case INFO -> "🔵 Info";
    };
  }

  private static String waiverText(Waiver waiver) {
    StringBuilder text = new StringBuilder();
    if (waiver.owner() != null) {
      text.append("by ").append(waiver.owner());
    }
    if (waiver.expires() != null) {
      text.append(text.length() == 0 ? "" : " ").append("until ").append(waiver.expires());
    }
    if (waiver.ticket() != null) {
      text.append(text.length() == 0 ? "" : " ").append("(").append(waiver.ticket()).append(")");
    }
    if (waiver.reason() != null) {
      text.append(text.length() == 0 ? "" : ": ").append(waiver.reason());
    }
    return text.toString();
  }

  /** Text inside a table cell: one line, no cell break, no HTML. */
  static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  /**
   * Prose: Markdown emphasis and HTML characters escaped, so the text shows as written. A
   * backtick-quoted part stays a code span, written as it is (Markdown shows code spans literally);
   * a lone backtick is escaped.
   */
  static String inline(String text) {
    StringBuilder out = new StringBuilder();
    // Control characters escaped; a line break is a <br>, so no tenant value starts a line (a
    // heading, a fence, a verdict of its own).
    String stripped = Printable.text(text.strip());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      int close = c == '`' ? stripped.indexOf('`', i + 1) : -1;
      if (close > i + 1 && stripped.substring(i, close).indexOf('\n') < 0) {
        out.append(stripped, i, close + 1);
        i = close;
        continue;
      }
      switch (c) {
        case '\n' -> out.append("<br>");
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '*', '_', '[', ']', '#', '`', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text inside an inline code span: backticks cannot close it. */
  private static String code(String text) {
    return Printable.line(text).replace("`", "'");
  }

  /** Text inside raw HTML (the {@code <summary>} line). */
  private static String html(String text) {
    return Printable.line(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\n", " ");
  }
}
