package io.mailready.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an export's bytes the way PowerShell writes them: UTF-8 with or without a byte-order mark
 * (PowerShell 7, {@code Out-File -Encoding utf8}), UTF-16LE with a mark (Windows PowerShell 5.1's
 * {@code Out-File} and {@code >} default) or UTF-16BE with a mark.
 */
final class ExportText {
  private ExportText() {}

  /** The text, or {@code null} after adding a problem when the bytes are not such text. */
  static String decode(byte[] bytes, String file, ImportProblems problems) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, file, problems);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, file, problems);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, file, problems);
    }
    if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
      problems.inFile(
          file,
          "looks like UTF-16 without a byte-order mark: expected UTF-8, or UTF-16 with a"
              + " byte-order mark (re-export with Out-File -Encoding utf8)");
      return null;
    }
    return strict(bytes, 0, StandardCharsets.UTF_8, file, problems);
  }

  private static String strict(
      byte[] bytes, int offset, Charset charset, String file, ImportProblems problems) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      problems.inFile(
          file,
          "is not valid %s: expected UTF-8, or UTF-16 with a byte-order mark (re-export with"
              + " Out-File -Encoding utf8)",
          charset.name());
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
