package io.mailready.rule;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * {@code *} globs, as in EWS allow/block lists (requirements.md 0.7) and policy files: {@code *}
 * matches any text, including none; every other character matches itself; the whole value must
 * match.
 */
public final class Globs {
  private Globs() {}

  /** True when the whole {@code value} matches {@code glob}. */
  public static boolean matches(String glob, String value, boolean caseInsensitive) {
    if (glob == null || value == null) {
      return false;
    }
    String regex =
        String.join(
            ".*", Arrays.stream(glob.strip().split("\\*", -1)).map(Pattern::quote).toList());
    int flags =
        Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    return Pattern.compile(regex, flags).matcher(value.strip()).matches();
  }
}
