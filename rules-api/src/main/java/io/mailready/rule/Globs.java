package io.mailready.rule;

/**
 * {@code *} globs, as in EWS allow/block lists (requirements.md 0.7) and policy files: {@code *}
 * matches any text, including none; every other character matches itself; the whole value must
 * match.
 *
 * <p>Matching takes time linear in the lengths of glob and value, whatever the glob: both come from
 * untrusted input, and a glob turned into a regular expression backtracks exponentially ({@code
 * *a*a*a*a*a*a*a*a*b} against 40 characters took seconds).
 */
public final class Globs {
  /**
   * The longest glob the readers accept, in characters: real allow-list entries and waiver subjects
   * are user agents and addresses, far shorter.
   */
  public static final int MAX_LENGTH = 1024;

  private Globs() {}

  /** True when the whole {@code value} matches {@code glob}; both are stripped first. */
  public static boolean matches(String glob, String value, boolean caseInsensitive) {
    if (glob == null || value == null) {
      return false;
    }
    char[] text = fold(value.strip(), caseInsensitive);
    String[] parts = glob.strip().split("\\*", -1);
    char[] first = fold(parts[0], caseInsensitive);
    if (parts.length == 1) {
      return text.length == first.length && regionMatches(text, 0, first);
    }
    char[] last = fold(parts[parts.length - 1], caseInsensitive);
    int end = text.length - last.length;
    if (end < first.length || !regionMatches(text, 0, first) || !regionMatches(text, end, last)) {
      return false;
    }
    // Between the fixed ends, each middle part at its leftmost place after the previous one: a star
    // glob matches if and only if that greedy placement succeeds, so nothing is ever retried.
    int from = first.length;
    for (int i = 1; i < parts.length - 1; i++) {
      char[] part = fold(parts[i], caseInsensitive);
      if (part.length == 0) {
        continue;
      }
      int at = indexOf(text, from, end, part);
      if (at < 0) {
        return false;
      }
      from = at + part.length;
    }
    return true;
  }

  private static char[] fold(String text, boolean caseInsensitive) {
    char[] chars = text.toCharArray();
    if (caseInsensitive) {
      for (int i = 0; i < chars.length; i++) {
        chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
      }
    }
    return chars;
  }

  private static boolean regionMatches(char[] text, int at, char[] part) {
    for (int i = 0; i < part.length; i++) {
      if (text[at + i] != part[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first index in {@code text[from, end)} where {@code part} starts, or -1:
   * Knuth-Morris-Pratt, so that the scan never steps back and all parts together read the text
   * once.
   */
  private static int indexOf(char[] text, int from, int end, char[] part) {
    int[] fallback = new int[part.length];
    for (int i = 1, k = 0; i < part.length; i++) {
      while (k > 0 && part[i] != part[k]) {
        k = fallback[k - 1];
      }
      if (part[i] == part[k]) {
        k++;
      }
      fallback[i] = k;
    }
    for (int i = from, k = 0; i < end; i++) {
      while (k > 0 && text[i] != part[k]) {
        k = fallback[k - 1];
      }
      if (text[i] == part[k]) {
        k++;
      }
      if (k == part.length) {
        return i - part.length + 1;
      }
    }
    return -1;
  }
}
