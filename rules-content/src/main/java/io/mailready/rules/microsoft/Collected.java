package io.mailready.rules.microsoft;

import io.mailready.snapshot.Section;

/**
 * Field-level "not collected" ({@code snapshot.md}, issue 9): a field listed in its section's
 * {@code notCollected} is UNKNOWN to every check that reads it, whatever its null default reads.
 */
public final class Collected {
  private Collected() {}

  /**
   * The UNKNOWN reason when {@code section} (shown as {@code path}) is absent or one of {@code
   * fields} is in its {@code notCollected} list, e.g. {@code not collected:
   * tenant.network.easExternallyReachable}; null when all of them were collected.
   */
  public static String missing(Section section, String path, String... fields) {
    if (section == null) {
      return "not collected: " + path;
    }
    for (String field : fields) {
      if (!section.collected(field)) {
        return "not collected: " + path + "." + field;
      }
    }
    return null;
  }
}
