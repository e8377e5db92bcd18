package io.mailready.rules.microsoft;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Profile;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The comparisons of {@code requirements.md} 0.7: ≈ (trimmed, case-insensitive) and friends. */
public final class Texts {
  private Texts() {}

  /** {@code a ≈ b}: equal after trimming, ignoring case; an unset value equals nothing. */
  public static boolean same(String a, String b) {
    return !unset(a) && !unset(b) && a.strip().equalsIgnoreCase(b.strip());
  }

  /** {@code value ∈≈ values}. */
  public static boolean in(String value, Collection<String> values) {
    return values != null && values.stream().anyMatch(v -> same(v, value));
  }

  /** True for null, empty or whitespace-only text. */
  public static boolean unset(String value) {
    return value == null || value.isBlank();
  }

  /** True when {@code value} starts with {@code prefix}, ignoring case. */
  public static boolean startsWithIgnoreCase(String value, String prefix) {
    return value != null
        && prefix != null
        && value
            .strip()
            .toLowerCase(Locale.ROOT)
            .startsWith(prefix.strip().toLowerCase(Locale.ROOT));
  }

  /** The domain of an address: the text after its last {@code @}, lower-cased. */
  public static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return (at < 0 ? address : address.substring(at + 1)).strip().toLowerCase(Locale.ROOT);
  }

  /** {@code platform.azureApp}, or null when it is absent or in the platform's notCollected. */
  public static AzureApp azureApp(Platform platform) {
    return platform.collected("azureApp") ? platform.azureApp() : null;
  }

  /** {@code profile := platform.profile ?? legacy}. */
  public static Profile profile(Platform platform) {
    return platform.profile() == null ? Profile.LEGACY : platform.profile();
  }

  /** The first text of a list, trimmed; null when the list is empty. */
  public static String first(List<String> texts) {
    return texts.isEmpty() ? null : texts.get(0).strip();
  }

  /**
   * The value of a distinguished name's leading {@code CN=} RDN ({@code "CN=Domain
   * Admins,CN=Users,DC=..."} gives {@code "Domain Admins"}, an escaped comma {@code \,} kept as a
   * comma); any other text as it is. Trimmed either way.
   */
  public static String commonName(String name) {
    String text = name.strip();
    if (!text.regionMatches(true, 0, "CN=", 0, 3)) {
      return text;
    }
    int end = 3;
    while (end < text.length() && !(text.charAt(end) == ',' && text.charAt(end - 1) != '\\')) {
      end++;
    }
    return text.substring(3, end).replace("\\,", ",").strip();
  }
}
