package io.mailready.imports;

import static io.mailready.imports.SourceObject.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A mailbox being assembled from several exports, with the identities other exports join on. */
final class MailboxDraft {
  final ObjectNode node = NODES.objectNode();

  /** Lower-case identities: object id, UPN, addresses, name, alias, display name. */
  final Set<String> identities = new HashSet<>();

  /** Where the mailbox is hosted, from {@code RecipientTypeDetails}, or {@code null}. */
  String hostedIn;

  MailboxDraft(String address) {
    node.put("address", address);
    identities.add(address.toLowerCase(Locale.ROOT));
  }

  String address() {
    return node.get("address").asText();
  }

  void identity(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        identities.add(strip(value).toLowerCase(Locale.ROOT));
      }
    }
  }

  void identities(List<String> values) {
    if (values != null) {
      values.forEach(this::identity);
    }
  }

  /** A proxy address without its {@code smtp:} prefix. */
  private static String strip(String value) {
    String trimmed = value.trim();
    return trimmed.regionMatches(true, 0, "smtp:", 0, 5) ? trimmed.substring(5) : trimmed;
  }
}
