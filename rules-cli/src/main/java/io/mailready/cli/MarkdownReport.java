package io.mailready.cli;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.Summary;
import io.mailready.Waiver;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Markdown form of a report, for a ticket or a pull-request comment: the verdict, a table of
 * counts, a table of findings, and each finding's fixes in a collapsible {@code <details>} block.
 *
 * <p>Text from the report is escaped for GitHub-flavoured Markdown: table cells cannot be broken by
 * a {@code |} or a line break, and {@code <}, {@code >} and {@code &} are written as entities, so
 * that a tenant value cannot inject HTML. Commands are fenced code blocks, copied as they are.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  /** The Markdown of the reports, one section each. */
  static String write(List<Checked> reports) {
    return reports.stream()
        .map(checked -> write(checked.report()))
        .collect(Collectors.joining("\n---\n\n"));
  }

  /** The Markdown of one report. */
  static String write(Report report) {
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

    List<Finding> open = report.findings().stream().filter(f -> !f.waived()).toList();
    if (!open.isEmpty()) {
      md.append("\n### Findings\n\n");
      findingsTable(md, open);
      md.append("\n### Fixes\n");
      for (Finding finding : open) {
        fixes(md, finding);
      }
    }
    List<Finding> waived = report.findings().stream().filter(Finding::waived).toList();
    if (!waived.isEmpty()) {
      md.append("\n### Waived\n\n");
      md.append("| Severity | Requirement | Subject | Waiver |\n|:--|:--|:--|:--|\n");
      for (Finding finding : waived) {
        md.append("| ")
            .append(label(finding.severity()))
            .append(" | ")
            .append(requirement(finding))
            .append(" | ")
            .append(cell(finding.subject()))
            .append(" | ")
            .append(cell(waiverText(finding.waiver())))
            .append(" |\n");
      }
    }
    List<Result> notEvaluated =
        report.results().stream()
            .filter(r -> r.status() == Status.UNKNOWN || r.status() == Status.ERROR)
            .toList();
    if (!notEvaluated.isEmpty()) {
      md.append("\n### Not evaluated\n\n");
      md.append("| Status | Requirement | Subject | Reason |\n|:--|:--|:--|:--|\n");
      for (Result result : notEvaluated) {
        md.append("| ")
            .append(result.status())
            .append(" | `")
            .append(code(result.requirement()))
            .append("` | ")
            .append(cell(result.subject()))
            .append(" | ")
            .append(cell(result.reason() == null ? "" : result.reason()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static void findingsTable(StringBuilder md, List<Finding> findings) {
    md.append("| Severity | Requirement | Subject | Message |\n|:--|:--|:--|:--|\n");
    for (Finding finding : findings) {
      md.append("| ")
          .append(label(finding.severity()))
          .append(" | ")
          .append(requirement(finding))
          .append(" | ")
          .append(cell(finding.subject()))
          .append(" | ")
          .append(cell(finding.message()))
          .append(" |\n");
    }
  }

  private static void fixes(StringBuilder md, Finding finding) {
    md.append("\n<details>\n<summary><b>")
        .append(html(finding.requirement()))
        .append("</b> ")
        .append(html(finding.subject()))
        .append(": ")
        .append(html(finding.title() == null ? "" : finding.title()))
        .append("</summary>\n\n");
    md.append(inline(finding.message())).append("\n");
    if (finding.fixes().isEmpty()) {
      md.append("\nNo fix is known; see the references.\n");
    }
    for (int i = 0; i < finding.fixes().size(); i++) {
      Fix fix = finding.fixes().get(i);
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
    if (!finding.references().isEmpty()) {
      md.append("\nReferences:\n\n");
      for (String reference : finding.references()) {
        md.append("- <").append(reference.replace(">", "%3E").replace(" ", "%20")).append(">\n");
      }
    }
    md.append("\n</details>\n");
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
    return "\n" + fence + language + "\n" + code.strip() + "\n" + fence + "\n";
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

  private static String requirement(Finding finding) {
    String title = finding.title() == null ? "" : " " + cell(finding.title());
    return "`" + code(finding.requirement()) + "`" + title;
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
    return inline(text).replace("|", "\\|").replace("\n", "<br>");
  }

  /**
   * Prose: Markdown emphasis and HTML characters escaped, so the text shows as written. A
   * backtick-quoted part stays a code span, written as it is (Markdown shows code spans literally);
   * a lone backtick is escaped.
   */
  static String inline(String text) {
    StringBuilder out = new StringBuilder();
    String stripped = text.strip().replace("\r", "");
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      int close = c == '`' ? stripped.indexOf('`', i + 1) : -1;
      if (close > i + 1 && stripped.substring(i, close).indexOf('\n') < 0) {
        out.append(stripped, i, close + 1);
        i = close;
        continue;
      }
      switch (c) {
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
    return text.replace("`", "'");
  }

  /** Text inside raw HTML (the {@code <summary>} line). */
  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\n", " ");
  }
}
