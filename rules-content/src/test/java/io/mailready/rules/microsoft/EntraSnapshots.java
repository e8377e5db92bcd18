package io.mailready.rules.microsoft;

import io.mailready.rule.Config;
import io.mailready.rule.Evaluation;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small snapshots and evaluations for the unit tests of the Entra helpers. */
final class EntraSnapshots {
  static final String APP_ID = "6f1e2c3d-0000-4000-8000-000000000001";

  private EntraSnapshots() {}

  /** A snapshot of an Exchange Online tenant from the YAML of its platform, entra and mailboxes. */
  static Snapshot snapshot(String platform, String entra, String mailboxes) {
    return snapshot("exchange-online", platform, entra, mailboxes);
  }

  /** A snapshot of a tenant of that deployment; null entra or mailboxes are not collected. */
  static Snapshot snapshot(String deployment, String platform, String entra, String mailboxes) {
    String yaml =
        "schema: mailready/v1\n"
            + "platform:\n"
            + indent(platform)
            + "tenant:\n  name: contoso.com\n  deployment: "
            + deployment
            + "\n"
            + (entra == null ? "" : "  entra:\n" + indent(indent(entra)))
            + (mailboxes == null ? "" : "mailboxes:\n" + indent(mailboxes));
    return Snapshots.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  /** An evaluation on {@code today} with the pack's defaults for the consent switches and dates. */
  static Evaluation evaluation(LocalDate today, boolean requireVerifiedPublisher) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("requireVerifiedPublisherForUserConsent", requireVerifiedPublisher);
    config.put("EWS_PER_USER_CHANGE", LocalDate.parse("2025-04-01"));
    config.put("EWS_BLOCK", LocalDate.parse("2026-10-01"));
    config.put("EWS_OFF", LocalDate.parse("2027-04-01"));
    config.put(
        "consentManagedPolicyExcludedScopes",
        List.of("Mail.Read", "Mail.ReadWrite", "EWS.AccessAsUser.All", "EAS.AccessAsUser.All"));
    config.put("consentMailClientAppIds", List.of("0a0b0c0d-0000-4000-8000-0000000000e1"));
    return new Evaluation(today, Config.of(config));
  }

  private static String indent(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append("  ").append(line).append('\n');
    }
    return out.toString();
  }
}
