package io.mailready.rules.microsoft;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.Platform;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The comparisons of {@code requirements.md} 0.7: ≈ (trimmed, case-insensitive) and friends, the
 * {@code ??} of 0.8, and the parsing of {@code proxyAddresses} entries ({@code prefix:address}).
 */
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

  /** {@code value ?? fallback} (0.8): {@code value} when it is set, else {@code fallback}. */
  public static String orElse(String value, String fallback) {
    return unset(value) ? fallback : value;
  }

  /** {@code value} without leading and trailing white space; null stays null. */
  public static String strip(String value) {
    return value == null ? null : value.strip();
  }

  /**
   * The address of the first {@code proxyAddresses} entry that starts with {@code prefix}
   * (case-sensitive: {@code SMTP:} and {@code smtp:} differ), without the prefix and stripped; or
   * {@code otherwise} when no entry starts with it.
   */
  public static String proxyAddress(List<String> proxyAddresses, String prefix, String otherwise) {
    for (String entry : proxyAddresses) {
      if (entry.startsWith(prefix)) {
        return entry.substring(prefix.length()).strip();
      }
    }
    return otherwise;
  }

  /**
   * The addresses of the {@code proxyAddresses} entries that start with {@code prefix}
   * (case-sensitive), in order, without the prefix and stripped.
   */
  public static List<String> proxyAddresses(List<String> proxyAddresses, String prefix) {
    return proxyAddresses.stream()
        .filter(entry -> entry.startsWith(prefix))
        .map(entry -> entry.substring(prefix.length()).strip())
        .toList();
  }

  /**
   * The first {@code proxyAddresses} entry, as stored, that starts with {@code prefix}
   * (case-sensitive) and whose address ≈ {@code address}; null when there is none.
   */
  public static String proxyEntry(List<String> proxyAddresses, String prefix, String address) {
    for (String entry : proxyAddresses) {
      if (entry.startsWith(prefix) && same(entry.substring(prefix.length()), address)) {
        return entry;
      }
    }
    return null;
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
