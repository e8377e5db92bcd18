package io.mailready.rules.microsoft;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The {@code *} globs of EWS allow/block lists (0.7): {@code *} matches any text, all else itself.
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
