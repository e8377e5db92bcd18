package io.mailready.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads CISA ScubaGear's {@code ProviderSettingsExport.json}: its Entra parts (Conditional Access
 * policies, the authorization policy, the admin consent policy) and its Exchange Online parts
 * ({@code org_config}, {@code conn_filter}, accepted domains where present).
 *
 * <p>ScubaGear exports {@code Get-OrganizationConfig} as a few selected properties, without the
 * {@code Ews*} ones: those are marked not collected, never defaulted. Sections mailready does not
 * read are dropped unread, so depth artefacts in them are no error.
 */
final class ScubaGearReader {
  private static final Set<String> READ =
      Set.of(
          "conditional_access_policies",
          "authorization_policies",
          "admin_consent_policies",
          "admin_consent_policy",
          "named_locations",
          "org_config",
          "conn_filter",
          "accepted_domains");

  private final ImportState state;
  private final GraphReader graph;
  private final ExchangeReader exchange;

  ScubaGearReader(ImportState state, GraphReader graph, ExchangeReader exchange) {
    this.state = state;
    this.graph = graph;
    this.exchange = exchange;
  }

  void read(ExportFile file) {
    state.read(file, "ScubaGear provider export");
    SourceObject root = new SourceObject((ObjectNode) file.root, file.name, "", state.problems);
    String source = "ScubaGear";
    if (root.has("conditional_access_policies")) {
      graph.conditionalAccessPolicies(
          root.objects("conditional_access_policies"), source + " conditional_access_policies");
      state.gave(file, "tenant.entra.conditionalAccessPolicies");
    }
    if (root.has("authorization_policies")) {
      List<SourceObject> policies = root.objects("authorization_policies");
      if (!policies.isEmpty()) {
        graph.authorizationPolicy(policies.get(0), source + " authorization_policies");
        state.gave(file, "tenant.entra.permissionGrantPoliciesAssigned");
      }
    }
    for (String key : List.of("admin_consent_policies", "admin_consent_policy")) {
      if (root.has(key)) {
        List<SourceObject> policies = root.objects(key);
        if (!policies.isEmpty()) {
          graph.adminConsentRequestPolicy(policies.get(0), source + " " + key);
          state.gave(file, "tenant.entra.adminConsentRequestPolicy");
        }
      }
    }
    if (root.has("named_locations")) {
      graph.namedLocations(root.objects("named_locations"), source + " named_locations");
      state.gave(file, "tenant.entra.namedLocations");
    }
    if (root.has("org_config")) {
      List<SourceObject> configs = root.objects("org_config");
      if (!configs.isEmpty()) {
        organizationConfig(configs.get(0));
        state.gave(file, "tenant.organizationConfig");
      }
    }
    if (root.has("conn_filter")) {
      List<SourceObject> filters = root.objects("conn_filter");
      SourceObject chosen = null;
      for (SourceObject filter : filters) {
        if (chosen == null || "Default".equalsIgnoreCase(filter.string("Identity"))) {
          chosen = filter;
        }
      }
      if (chosen != null) {
        exchange.connectionFilter(chosen, file.name, source + " conn_filter");
        state.gave(file, "tenant.connectionFilterPolicy");
      }
    }
    if (root.has("accepted_domains")) {
      ArrayNode domains = state.tenant.putArray("domains");
      for (SourceObject domain : root.objects("accepted_domains")) {
        exchange.acceptedDomain(domain, domains, source + " accepted_domains");
      }
      state.gave(file, "tenant.domains");
    }
    List<String> unread = new ArrayList<>();
    for (Iterator<String> names = file.root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!READ.contains(name.toLowerCase(Locale.ROOT))) {
        unread.add(name);
      }
    }
    state.dropped(source + " (sections mailready does not read)", unread);
  }

  private void organizationConfig(SourceObject object) {
    ObjectNode node = state.tenant.putObject("organizationConfig");
    object.copyBool("EwsEnabled", node, "ewsEnabled");
    object.copyBool("OAuth2ClientProfileEnabled", node, "oauth2ClientProfileEnabled");
    JsonNode policy = object.raw("EwsApplicationAccessPolicy");
    if (policy == null) {
      SourceObject.notCollected(node, "ewsApplicationAccessPolicy");
    } else {
      object.copyEnum(
          "EwsApplicationAccessPolicy",
          List.of("EnforceAllowList", "EnforceBlockList"),
          node,
          "ewsApplicationAccessPolicy");
    }
    object.copyStrings("EwsAllowList", node, "ewsAllowList");
    object.copyStrings("EwsBlockList", node, "ewsBlockList");
    SourceObject.notCollected(node, "ewsAllowedAppIds");
    object.copyString("DefaultAuthenticationPolicy", node, "defaultAuthenticationPolicy");
    String name = object.string("Name");
    if (name != null && !name.isBlank()) {
      state.organisationName = name;
    }
    state.dropUnused("ScubaGear org_config", object);
  }
}
