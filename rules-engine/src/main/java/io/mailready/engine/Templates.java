package io.mailready.engine;

import io.mailready.rule.Cause;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills {@code {name}} placeholders of messages and fixes. A placeholder without a value is left as
 * written, so that fixes keep {@code {externalHost}} for the admin to choose.
 */
final class Templates {
  /** A {@code {name}} placeholder; the declared-names check reads messages with it too. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.\\-]*)}");

  private Templates() {}

  /** The template with every known placeholder replaced by its rendered value. */
  static String fill(
      String template, Map<String, Object> values, Function<Cause, String> causeText) {
    if (template == null) {
      return null;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = matcher.group();
      if (values.containsKey(name)) {
        replacement = render(values.get(name), causeText);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString().strip();
  }

  /** A value as text: unset for null, lists joined by commas, causes by their description. */
  static String render(Object value, Function<Cause, String> causeText) {
    if (value == null) {
      return "unset";
    } else if (value instanceof Cause cause) {
      return causeText.apply(cause);
    } else if (value instanceof Collection<?> values) {
      String separator = values.stream().anyMatch(v -> v instanceof Cause) ? "; " : ", ";
      return values.isEmpty()
          ? "none"
          : values.stream().map(v -> render(v, causeText)).collect(Collectors.joining(separator));
    }
    return String.valueOf(value);
  }
}
