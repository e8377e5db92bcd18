package io.mailready.cli;

/**
 * Tenant values made safe to print on a terminal or in Markdown: control characters (C0 but line
 * feed where allowed, DEL, C1), bidirectional overrides and Unicode line separators are written as
 * visible {@code \u001b}-style escapes. A snapshot controls every string of a report: an ESC or BEL
 * must not reach the terminal, and a line break inside an address must not start a line of its own
 * that could read as a verdict.
 */
final class Printable {
  private Printable() {}

  /** One line: every control character escaped, line breaks and tabs included. */
  static String line(String text) {
    return escape(text, false);
  }

  /** Prose or a command: control characters escaped, but line feeds kept (CR LF read as LF). */
  static String text(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLineFeeds) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = !unsafe(c) || (keepLineFeeds && c == '\n');
      if (keepLineFeeds && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        keep = false;
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        continue; // CR LF is a line feed
      }
      if (keep) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      out.append(String.format("\\u%04x", (int) c));
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029
        || c == 0x200e
        || c == 0x200f;
  }
}
