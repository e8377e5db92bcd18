package io.mailready.engine;

import java.util.Arrays;
import java.util.regex.Pattern;

/** {@code *} globs of policy files: {@code O365-*}, {@code svc-*@contoso.com}; case-insensitive. */
final class Globs {
  private Globs() {}

  static boolean matches(String glob, String value) {
    String regex =
        String.join(
            ".*", Arrays.stream(glob.strip().split("\\*", -1)).map(Pattern::quote).toList());
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
        .matcher(value)
        .matches();
  }
}
