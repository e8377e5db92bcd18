package io.mailready.cli;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Waiver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML form of reports, for CI servers: a {@code <testsuite>} per report and a {@code
 * <testcase>} per requirement and subject ({@code classname} = requirement id, {@code name} =
 * subject).
 *
 * <p>FAIL is a {@code <failure>} with the message and the fixes; NOT_APPLICABLE, UNKNOWN and WAIVED
 * are {@code <skipped>} with the reason; ERROR is an {@code <error>}; PASS is an empty test case.
 * Written with the JDK's StAX writer, which escapes every value; characters XML 1.0 cannot hold are
 * dropped. No timestamps and {@code time="0"}, so the output is deterministic.
 */
final class JunitReport {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private JunitReport() {}

  /** The JUnit XML of the reports. */
  static String write(List<Report> reports) {
    StringWriter out = new StringWriter();
    try {
      write(reports, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /** Writes the JUnit XML of the reports to {@code out} as it goes; {@code out} stays open. */
  static void write(List<Report> reports, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "mailready");
      Counts total = new Counts();
      reports.forEach(report -> total.add(counts(report)));
      total.writeAttributes(xml);
      for (Report report : reports) {
        writeSuite(xml, report);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close(); // flushes, and leaves out open
    } catch (XMLStreamException e) {
      // The writer's own failure (a full disk) is an IOException like any other output's.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof IOException io) {
          throw io;
        }
      }
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.write('\n');
  }

  private static void writeSuite(XMLStreamWriter xml, Report report) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", clean(report.tenant()));
    counts(report).writeAttributes(xml);
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    property(xml, "tenant", report.tenant());
    property(xml, "evaluatedAt", report.evaluatedAt().toString());
    property(xml, "ready", String.valueOf(report.ready()));
    for (PackInfo pack : report.packs()) {
      property(xml, "pack", pack.version() == null ? pack.id() : pack.id() + " " + pack.version());
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
    Map<String, Finding> findings = new HashMap<>();
    for (Finding finding : report.findings()) {
      findings.put(key(finding.requirement(), finding.subjectKind(), finding.subject()), finding);
    }
    for (Result result : report.results()) {
      writeCase(
          xml,
          result,
          findings.get(key(result.requirement(), result.subjectKind(), result.subject())));
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value));
  }

  private static void writeCase(XMLStreamWriter xml, Result result, Finding finding)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    boolean empty = result.status() == Status.PASS;
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", clean(result.requirement()));
    xml.writeAttribute("name", clean(result.subject()));
    xml.writeAttribute("time", "0");
    if (empty) {
      return;
    }
    xml.writeCharacters("\n      ");
    switch (result.status()) {
      case FAIL -> {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", oneLine(finding == null ? "failed" : finding.message()));
        xml.writeAttribute("type", finding == null ? "FAIL" : finding.severity().name());
        xml.writeCharacters(clean(finding == null ? "" : failureText(finding)));
        xml.writeEndElement();
      }
      case ERROR -> {
        xml.writeStartElement("error");
        xml.writeAttribute("message", oneLine(reason(result)));
        xml.writeAttribute("type", "RuleError");
        xml.writeCharacters(clean(reason(result)));
        xml.writeEndElement();
      }
      case WAIVED -> {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute(
            "message",
            oneLine(
                finding == null || finding.waiver() == null
                    ? "waived"
                    : waiverText(finding.waiver(), finding.message())));
      }
      default -> {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", oneLine(result.status() + ": " + reason(result)));
      }
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /** The failure's body: the message, the title, and every fix with its commands. */
  static String failureText(Finding finding) {
    StringBuilder text = new StringBuilder();
    text.append("[").append(finding.severity()).append("] ").append(finding.requirement());
    if (finding.title() != null) {
      text.append(" ").append(finding.title());
    }
    text.append("\n").append(finding.subjectKind().label()).append(": ");
    text.append(finding.subject()).append("\n").append(finding.message()).append("\n");
    for (int i = 0; i < finding.fixes().size(); i++) {
      Fix fix = finding.fixes().get(i);
      text.append("\nfix ").append(i + 1).append(": ").append(fix.summary()).append("\n");
      line(text, "  admin center: ", fix.adminCenter());
      line(text, "  PowerShell:   ", fix.powershell());
      line(text, "  Graph:        ", fix.graph());
    }
    for (String reference : finding.references()) {
      text.append("\nsee ").append(reference);
    }
    return text.toString().strip();
  }

  private static void line(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append(label)
          .append(value.strip().replace("\n", "\n" + " ".repeat(label.length())))
          .append("\n");
    }
  }

  private static String waiverText(Waiver waiver, String message) {
    StringBuilder text = new StringBuilder("WAIVED");
    if (waiver.owner() != null) {
      text.append(" by ").append(waiver.owner());
    }
    if (waiver.expires() != null) {
      text.append(" until ").append(waiver.expires());
    }
    if (waiver.ticket() != null) {
      text.append(" (").append(waiver.ticket()).append(")");
    }
    if (waiver.reason() != null) {
      text.append(": ").append(waiver.reason());
    }
    return text.append(" [").append(message).append("]").toString();
  }

  private static String reason(Result result) {
    return result.reason() == null ? "no reason given" : result.reason();
  }

  /** An attribute value on one line: CI servers show the message as a title. */
  private static String oneLine(String text) {
    return clean(text).replaceAll("\\s*\\n\\s*", " ").strip();
  }

  /** The text without the characters XML 1.0 cannot hold (control characters but tab and LF). */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == '\t'
                    || c == '\n'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String key(String requirement, SubjectKind kind, String subject) {
    return requirement + "\u0000" + kind + "\u0000" + subject;
  }

  private static Counts counts(Report report) {
    Counts counts = new Counts();
    for (Result result : report.results()) {
      counts.tests++;
      switch (result.status()) {
        case FAIL -> counts.failures++;
        case ERROR -> counts.errors++;
        case PASS -> {}
        default -> counts.skipped++;
      }
    }
    return counts;
  }

  /** The counts a {@code testsuite} and {@code testsuites} element carry. */
  private static final class Counts {
    int tests;
    int failures;
    int errors;
    int skipped;

    void add(Counts other) {
      tests += other.tests;
      failures += other.failures;
      errors += other.errors;
      skipped += other.skipped;
    }

    void writeAttributes(XMLStreamWriter xml) throws XMLStreamException {
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", String.valueOf(errors));
      xml.writeAttribute("skipped", String.valueOf(skipped));
      xml.writeAttribute("time", "0");
    }
  }
}
