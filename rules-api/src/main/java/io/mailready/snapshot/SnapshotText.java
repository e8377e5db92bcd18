package io.mailready.snapshot;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The text of a snapshot file: strict UTF-8 decoding, and the checks that tell a text file from
 * binary data before the YAML parser sees it.
 */
final class SnapshotText {
  private static final String SHOULD_BE = "a snapshot must be YAML or JSON text in UTF-8";

  private SnapshotText() {}

  /**
   * Decodes a snapshot file; {@code null} after adding a problem if it is not UTF-8 text (invalid
   * bytes, a UTF-16 byte order mark, or characters YAML does not allow, such as NUL).
   */
  static String decode(byte[] bytes, Problems problems) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      // Windows PowerShell 5.1 writes UTF-16 with `>` and Out-File: say so rather than "binary".
      problems.add(1, 1, "the file is UTF-16 (it starts with a byte order mark): %s", SHOULD_BE);
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      in.position(3);
    }
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String before = out.flip().toString();
      int[] position = position(before, before.length());
      problems.add(
          position[0],
          position[1],
          "invalid UTF-8 byte 0x%s: %s",
          String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF),
          SHOULD_BE);
      return null;
    }
    decoder.flush(out);
    String text = out.flip().toString();
    int bad = firstNonPrintable(text);
    if (bad >= 0) {
      int codePoint = text.codePointAt(bad);
      int[] position = position(text, bad);
      String charName = Character.getName(codePoint);
      problems.add(
          position[0],
          position[1],
          "unexpected character U+%s%s: %s",
          String.format(Locale.ROOT, "%04X", codePoint),
          charName == null ? "" : " (" + charName + ")",
          SHOULD_BE);
      return null;
    }
    return text;
  }

  /** The index of the first character YAML does not allow in a stream, or -1. */
  private static int firstNonPrintable(String text) {
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      if (!StreamReader.isPrintable(text.codePointAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The 1-based line and column of a char index, counted in code points as SnakeYAML does. */
  static int[] position(String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crBeforeLf) || c == 0x85 || c == 0x2028 || c == 0x2029) {
        line++;
        column = 1;
      } else if (!crBeforeLf && c != 0xFEFF) {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
