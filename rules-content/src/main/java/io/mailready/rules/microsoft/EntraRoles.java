package io.mailready.rules.microsoft;

import io.mailready.rule.Config;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Microsoft Entra directory roles for O365-ADM-001: which held roles count as admin roles ({@code
 * adminRoleTemplateIds}, 0.9), and their names for messages (the role template table of 2.2).
 */
public final class EntraRoles {
  /** The configuration key listing the role template ids that count; unset = any role. */
  static final String ADMIN_ROLE_TEMPLATE_IDS = "adminRoleTemplateIds";

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("62e90394-69f5-4237-9190-012177145e10", "Global Administrator"),
          Map.entry("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator"),
          Map.entry("f2ef992c-3afb-46b9-b7cf-a126ee74c451", "Global Reader"),
          Map.entry("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator"),
          Map.entry("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"),
          Map.entry("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
          Map.entry("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator"),
          Map.entry("158c047a-c907-4556-b7ef-446551a6b5f7", "Cloud Application Administrator"),
          Map.entry("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "Conditional Access Administrator"),
          Map.entry("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"),
          Map.entry("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"),
          Map.entry("69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator"),
          Map.entry("c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator"),
          Map.entry("b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"));

  private EntraRoles() {}

  /**
   * The held role template ids that count as admin roles: every held role when {@code
   * adminRoleTemplateIds} is not configured, else those ∈≈ that list.
   */
  public static List<String> adminRoles(List<String> held, Config config) {
    List<String> counted =
        config.has(ADMIN_ROLE_TEMPLATE_IDS) ? config.strings(ADMIN_ROLE_TEMPLATE_IDS) : null;
    return held.stream()
        .filter(id -> !Texts.unset(id))
        .filter(id -> counted == null || Texts.in(id, counted))
        .map(String::strip)
        .toList();
  }

  /** The role names of template ids; an unknown id is shown as is. */
  public static List<String> names(List<String> templateIds) {
    return templateIds.stream()
        .map(id -> NAMES.getOrDefault(id.strip().toLowerCase(Locale.ROOT), id.strip()))
        .toList();
  }
}
