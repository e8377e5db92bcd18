package io.mailready.rules.microsoft;

import io.mailready.snapshot.ActiveDirectoryAccount;
import java.util.List;

/** {@code adProtected(mb)} and {@code groupName(g)} of {@code requirements.md} 1.7. */
public final class AdProtection {
  private AdProtection() {}

  /** The account's groups (by name) that are protected groups, in the account's order. */
  public static List<String> protectedGroups(
      ActiveDirectoryAccount account, List<String> protectedGroups) {
    return account.memberOf().stream()
        .map(AdProtection::groupName)
        .filter(g -> Texts.in(g, protectedGroups))
        .toList();
  }

  /** The group name: the value of the first RDN of a distinguished name, else the text itself. */
  static String groupName(String group) {
    String text = group.strip();
    if (text.regionMatches(true, 0, "CN=", 0, 3)) {
      int end = 3;
      while (end < text.length() && !(text.charAt(end) == ',' && text.charAt(end - 1) != '\\')) {
        end++;
      }
      return text.substring(3, end).replace("\\,", ",").strip();
    }
    return text;
  }
}
