package io.mailready.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps Microsoft Graph responses (and the Graph-shaped parts of ScubaGear's export) onto the
 * snapshot's {@code tenant.entra} section and the mailboxes' Entra facts.
 */
final class GraphReader {
  private static final List<String> CA_STATES =
      List.of("enabled", "disabled", "enabledForReportingButNotEnforced");
  private static final List<String> CONSENT_TYPES = List.of("AllPrincipals", "Principal");
  private static final String ROLE_TYPE = "#microsoft.graph.directoryrole";
  private static final String GROUP_TYPE = "#microsoft.graph.group";

  private final ImportState state;

  GraphReader(ImportState state) {
    this.state = state;
  }

  void read(List<ExportFile> files) {
    for (ExportFile file : files) {
      String source = "Graph " + file.graphResource;
      state.read(file, "Microsoft Graph " + file.graphResource);
      switch (file.graphResource) {
        case GraphResources.AUTHORIZATION_POLICY -> {
          file.objects.stream().findFirst().ifPresent(o -> authorizationPolicy(o, source));
          state.gave(file, "tenant.entra.permissionGrantPoliciesAssigned");
        }
        case GraphResources.SECURITY_DEFAULTS -> {
          for (SourceObject object : file.objects) {
            object.copyBool("isEnabled", state.entra(), "securityDefaultsEnabled");
            state.dropUnused(source, object);
          }
          state.gave(file, "tenant.entra.securityDefaultsEnabled");
        }
        case GraphResources.ADMIN_CONSENT_REQUEST_POLICY -> {
          for (SourceObject object : file.objects) {
            adminConsentRequestPolicy(object, source);
          }
          state.gave(file, "tenant.entra.adminConsentRequestPolicy");
        }
        case GraphResources.CONDITIONAL_ACCESS_POLICIES -> {
          conditionalAccessPolicies(file.objects, source);
          state.gave(file, "tenant.entra.conditionalAccessPolicies");
        }
        case GraphResources.NAMED_LOCATIONS -> {
          namedLocations(file.objects, source);
          state.gave(file, "tenant.entra.namedLocations");
        }
        case GraphResources.SERVICE_PRINCIPALS -> {
          ArrayNode list = list("servicePrincipals");
          for (SourceObject object : file.objects) {
            ObjectNode node = list.addObject();
            object.copyString("id", node, "id");
            object.copyString("appId", node, "appId");
            object.copyBool("appRoleAssignmentRequired", node, "appRoleAssignmentRequired");
            state.dropUnused(source, object);
          }
          state.gave(file, "tenant.entra.servicePrincipals");
        }
        case GraphResources.OAUTH2_PERMISSION_GRANTS -> {
          ArrayNode list = list("oauth2PermissionGrants");
          for (SourceObject object : file.objects) {
            ObjectNode node = list.addObject();
            object.copyString("clientId", node, "clientId");
            object.copyEnum("consentType", CONSENT_TYPES, node, "consentType");
            object.copyString("principalId", node, "principalId");
            object.copyString("resourceId", node, "resourceId");
            object.copyString("scope", node, "scope");
            state.dropUnused(source, object);
          }
          state.gave(file, "tenant.entra.oauth2PermissionGrants");
        }
        case GraphResources.CLASSIFICATIONS -> {
          ArrayNode list = list("lowImpactPermissions");
          for (SourceObject object : file.objects) {
            if ("low".equalsIgnoreCase(object.string("classification"))) {
              String name = object.string("permissionName");
              if (name != null && !contains(list, name)) {
                list.add(name);
              }
            }
            state.dropUnused(source, object);
          }
          state.gave(file, "tenant.entra.lowImpactPermissions");
        }
        case GraphResources.USERS -> users(file, source);
        case GraphResources.USER_MEMBER_OF, GraphResources.USER_TRANSITIVE_MEMBER_OF ->
            memberships(file, source);
        default ->
            throw new IllegalStateException("unhandled Graph resource " + file.graphResource);
      }
    }
  }

  private ArrayNode list(String field) {
    JsonNode existing = state.entra().get(field);
    return existing instanceof ArrayNode array ? array : state.entra().putArray(field);
  }

  private static boolean contains(ArrayNode list, String value) {
    for (JsonNode item : list) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The user consent policies: v1.0's {@code
   * defaultUserRolePermissions.permissionGrantPoliciesAssigned} or beta's (and ScubaGear's) {@code
   * permissionGrantPolicyIdsAssignedToDefaultUserRole}.
   */
  void authorizationPolicy(SourceObject object, String source) {
    List<String> assigned = null;
    boolean found = false;
    if (object.has("permissionGrantPolicyIdsAssignedToDefaultUserRole")) {
      assigned = object.strings("permissionGrantPolicyIdsAssignedToDefaultUserRole");
      found = true;
    } else if (object.has("defaultUserRolePermissions")) {
      JsonNode raw = object.raw("defaultUserRolePermissions");
      if (raw != null && raw.isTextual()) {
        object.string("defaultUserRolePermissions"); // a depth artefact: reported as such
      } else {
        SourceObject permissions = object.object("defaultUserRolePermissions");
        if (permissions != null && permissions.has("permissionGrantPoliciesAssigned")) {
          assigned = permissions.strings("permissionGrantPoliciesAssigned");
          found = true;
          state.dropUnused(source + " defaultUserRolePermissions", permissions);
        }
      }
    }
    if (found) {
      ArrayNode list = state.entra().putArray("permissionGrantPoliciesAssigned");
      (assigned == null ? List.<String>of() : assigned).forEach(list::add);
    }
    state.dropUnused(source, object);
  }

  void adminConsentRequestPolicy(SourceObject object, String source) {
    ObjectNode node = state.entra().putObject("adminConsentRequestPolicy");
    object.copyBool("isEnabled", node, "isEnabled");
    state.dropUnused(source, object);
  }

  void conditionalAccessPolicies(List<SourceObject> objects, String source) {
    ArrayNode list = list("conditionalAccessPolicies");
    for (SourceObject object : objects) {
      list.add(conditionalAccessPolicy(object, source));
    }
  }

  /**
   * One policy; a condition the format cannot hold is named in {@code otherConditions}, which makes
   * the policy's reach unknown to the rules rather than silently wider.
   */
  private ObjectNode conditionalAccessPolicy(SourceObject object, String source) {
    ObjectNode node = SourceObject.NODES.objectNode();
    object.copyString("id", node, "id");
    object.copyString("displayName", node, "displayName");
    object.copyEnum("state", CA_STATES, node, "state");
    Set<String> other = new LinkedHashSet<>();
    SourceObject conditions = object.object("conditions");
    List<String> conditionFields =
        List.of(
            "clientAppTypes",
            "includeUsers",
            "excludeUsers",
            "includeApplications",
            "includeLocations",
            "excludeLocations",
            "includeGroups",
            "excludeGroups",
            "includeRoles",
            "excludeRoles",
            "includeGuestsOrExternalUsers",
            "userRiskLevels",
            "signInRiskLevels",
            "authenticationFlows",
            "clientApplications",
            "includePlatforms",
            "excludePlatforms",
            "deviceFilter");
    if (conditions == null) {
      conditionFields.forEach(field -> SourceObject.notCollected(node, field));
    } else {
      conditions.copyStrings("clientAppTypes", node, "clientAppTypes");
      SourceObject users = conditions.object("users");
      if (users == null) {
        for (String field :
            List.of(
                "includeUsers",
                "excludeUsers",
                "includeGroups",
                "excludeGroups",
                "includeRoles",
                "excludeRoles",
                "includeGuestsOrExternalUsers")) {
          SourceObject.notCollected(node, field);
        }
      } else {
        users.copyStrings("includeUsers", node, "includeUsers");
        users.copyStrings("excludeUsers", node, "excludeUsers");
        users.copyStrings("includeGroups", node, "includeGroups");
        users.copyStrings("excludeGroups", node, "excludeGroups");
        users.copyStrings("includeRoles", node, "includeRoles");
        users.copyStrings("excludeRoles", node, "excludeRoles");
        if (users.has("includeGuestsOrExternalUsers")) {
          JsonNode guests = users.raw("includeGuestsOrExternalUsers");
          node.put(
              "includeGuestsOrExternalUsers", guests != null && !guests.isNull() ? true : null);
        } else {
          SourceObject.notCollected(node, "includeGuestsOrExternalUsers");
        }
        present(users, "excludeGuestsOrExternalUsers", other, "users.excludeGuestsOrExternalUsers");
        state.dropUnused(source + " conditions.users", users);
      }
      SourceObject applications = conditions.object("applications");
      if (applications == null) {
        SourceObject.notCollected(node, "includeApplications");
      } else {
        applications.copyStrings("includeApplications", node, "includeApplications");
        present(applications, "excludeApplications", other, "applications.excludeApplications");
        present(applications, "includeUserActions", other, "applications.includeUserActions");
        present(
            applications,
            "includeAuthenticationContextClassReferences",
            other,
            "applications.includeAuthenticationContextClassReferences");
        present(applications, "applicationFilter", other, "applications.applicationFilter");
        state.dropUnused(source + " conditions.applications", applications);
      }
      SourceObject locations = conditions.object("locations");
      if (locations == null) {
        // Graph writes "locations": null for a policy without a location condition.
        if (conditions.has("locations")) {
          node.putArray("includeLocations");
          node.putArray("excludeLocations");
        } else {
          SourceObject.notCollected(node, "includeLocations");
          SourceObject.notCollected(node, "excludeLocations");
        }
      } else {
        locations.copyStrings("includeLocations", node, "includeLocations");
        locations.copyStrings("excludeLocations", node, "excludeLocations");
        state.dropUnused(source + " conditions.locations", locations);
      }
      SourceObject platforms = conditions.object("platforms");
      if (platforms == null) {
        nullOrAbsent(conditions, "platforms", node, "includePlatforms", "excludePlatforms");
      } else {
        platforms.copyStrings("includePlatforms", node, "includePlatforms");
        platforms.copyStrings("excludePlatforms", node, "excludePlatforms");
        state.dropUnused(source + " conditions.platforms", platforms);
      }
      for (String risk : List.of("userRiskLevels", "signInRiskLevels")) {
        conditions.copyStrings(risk, node, risk);
      }
      present(conditions, "servicePrincipalRiskLevels", other, "servicePrincipalRiskLevels");
      present(conditions, "insiderRiskLevels", other, "insiderRiskLevels");
      present(conditions, "agentIdRiskLevels", other, "agentIdRiskLevels");
      present(conditions, "times", other, "times");
      SourceObject devices = conditions.object("devices");
      if (devices == null) {
        if (conditions.has("devices")) {
          node.putNull("deviceFilter");
        } else {
          SourceObject.notCollected(node, "deviceFilter");
        }
      } else {
        SourceObject filter = devices.object("deviceFilter");
        if (filter == null) {
          node.putNull("deviceFilter");
        } else if ("exclude".equalsIgnoreCase(filter.string("mode"))) {
          // The format holds a filter that includes devices; an excluding one is another condition.
          node.putNull("deviceFilter");
          filter.raw("rule");
          other.add("devices.deviceFilter (mode exclude)");
        } else {
          node.put("deviceFilter", filter.string("rule"));
        }
        present(devices, "includeDevices", other, "devices.includeDevices");
        present(devices, "excludeDevices", other, "devices.excludeDevices");
        present(devices, "includeDeviceStates", other, "devices.includeDeviceStates");
        present(devices, "excludeDeviceStates", other, "devices.excludeDeviceStates");
        if (filter != null) {
          state.dropUnused(source + " conditions.devices.deviceFilter", filter);
        }
        state.dropUnused(source + " conditions.devices", devices);
      }
      SourceObject flows = conditions.object("authenticationFlows");
      if (flows == null) {
        nullOrAbsent(conditions, "authenticationFlows", node, "authenticationFlows");
      } else {
        ArrayNode methods = node.putArray("authenticationFlows");
        List<String> values = flows.strings("transferMethods");
        for (String value : values == null ? List.<String>of() : values) {
          for (String method : value.split(",")) {
            if (!method.isBlank() && !method.trim().equalsIgnoreCase("none")) {
              methods.add(method.trim());
            }
          }
        }
        state.dropUnused(source + " conditions.authenticationFlows", flows);
      }
      SourceObject clients = conditions.object("clientApplications");
      if (clients == null) {
        nullOrAbsent(conditions, "clientApplications", node, "clientApplications");
      } else {
        clients.copyStrings("includeServicePrincipals", node, "clientApplications");
        present(
            clients,
            "excludeServicePrincipals",
            other,
            "clientApplications.excludeServicePrincipals");
        present(
            clients, "servicePrincipalFilter", other, "clientApplications.servicePrincipalFilter");
        present(
            clients,
            "includeAgentIdServicePrincipals",
            other,
            "clientApplications.includeAgentIdServicePrincipals");
        present(
            clients,
            "excludeAgentIdServicePrincipals",
            other,
            "clientApplications.excludeAgentIdServicePrincipals");
        state.dropUnused(source + " conditions.clientApplications", clients);
      }
      state.dropUnused(source + " conditions", conditions);
    }
    ArrayNode others = node.putArray("otherConditions");
    other.forEach(others::add);
    SourceObject grant = object.object("grantControls");
    if (grant == null) {
      if (object.has("grantControls")) {
        node.putArray("builtInControls");
      } else {
        SourceObject.notCollected(node, "builtInControls");
      }
    } else {
      grant.copyStrings("builtInControls", node, "builtInControls");
      state.dropUnused(source + " grantControls", grant);
    }
    state.dropUnused(source, object);
    return node;
  }

  /** A condition absent from the source is not collected; one that is null is not set. */
  private static void nullOrAbsent(
      SourceObject conditions, String key, ObjectNode node, String... fields) {
    for (String field : fields) {
      if (conditions.has(key)) {
        node.putArray(field);
      } else {
        SourceObject.notCollected(node, field);
      }
    }
  }

  /** Names a condition the format cannot hold when the source sets it (non-null, non-empty). */
  private static void present(SourceObject object, String key, Set<String> other, String name) {
    JsonNode value = object.raw(key);
    if (other == null || value == null || value.isNull()) {
      return;
    }
    if ((value.isArray() || value.isObject()) && value.isEmpty()) {
      return;
    }
    if (value.isTextual() && value.textValue().isBlank()) {
      return;
    }
    other.add(name);
  }

  void namedLocations(List<SourceObject> objects, String source) {
    ArrayNode list = list("namedLocations");
    for (SourceObject object : objects) {
      ObjectNode node = list.addObject();
      object.copyString("id", node, "id");
      object.copyString("displayName", node, "displayName");
      String type = object.string("@odata.type");
      String kind;
      if (type != null) {
        String lower = type.toLowerCase(Locale.ROOT);
        kind =
            lower.contains("country")
                ? "country"
                : lower.contains("compliantnetwork") ? "compliantNetwork" : "ip";
      } else {
        kind = object.has("countriesAndRegions") ? "country" : "ip";
      }
      node.put("kind", kind);
      if (kind.equals("ip")) {
        object.copyBool("isTrusted", node, "isTrusted");
        ArrayNode ranges = node.putArray("ipRanges");
        if (!object.has("ipRanges")) {
          SourceObject.notCollected(node, "ipRanges");
        }
        for (SourceObject range : object.objects("ipRanges")) {
          String cidr = range.string("cidrAddress");
          if (cidr != null) {
            ranges.add(cidr);
          }
          state.dropUnused(source + " ipRanges", range);
        }
      } else {
        // Country and compliant-network locations have no isTrusted or IP ranges of their own.
        node.putNull("isTrusted");
        node.putArray("ipRanges");
        object.raw("isTrusted");
      }
      state.dropUnused(source, object);
    }
  }

  private void users(ExportFile file, String source) {
    int unmatched = 0;
    for (SourceObject object : file.objects) {
      String id = object.string("id");
      String upn = object.string("userPrincipalName");
      List<String> proxies = object.has("proxyAddresses") ? object.strings("proxyAddresses") : null;
      MailboxDraft mailbox = state.find(id, upn, object.string("mail"));
      if (mailbox == null && proxies != null) {
        mailbox = state.find(proxies.stream().map(GraphReader::stripSmtp).toArray(String[]::new));
      }
      if (mailbox == null) {
        unmatched++;
        continue;
      }
      ObjectNode node = mailbox.node;
      if (id != null) {
        node.put("entraObjectId", id);
        mailbox.identity(id);
      }
      if (upn != null && !node.has("userPrincipalName")) {
        node.put("userPrincipalName", upn);
        mailbox.identity(upn);
      }
      if (proxies != null && !node.has("proxyAddresses")) {
        ArrayNode array = node.putArray("proxyAddresses");
        proxies.forEach(array::add);
      }
      if (object.has("memberOf")) {
        memberships(mailbox, object.objects("memberOf"), false, source);
      }
      if (object.has("transitiveMemberOf")) {
        memberships(mailbox, object.objects("transitiveMemberOf"), true, source);
      }
      state.dropUnused(source, object);
    }
    state.gave(file, "mailboxes[].entraObjectId");
    if (unmatched > 0) {
      state.notes.add(file.name + ": " + unmatched + " users matched no mailbox and were left out");
    }
  }

  private void memberships(ExportFile file, String source) {
    MailboxDraft mailbox = state.find(file.graphId);
    if (mailbox == null) {
      state.notes.add(
          file.name
              + ": user "
              + ImportProblems.quote(String.valueOf(file.graphId))
              + " matched no mailbox and was left out");
      return;
    }
    memberships(
        mailbox,
        file.objects,
        file.graphResource.equals(GraphResources.USER_TRANSITIVE_MEMBER_OF),
        source);
    state.gave(file, "mailboxes[].directoryRoleTemplateIds");
  }

  /** Directory roles from memberships; group ids only from transitive ones. */
  private void memberships(
      MailboxDraft mailbox, List<SourceObject> objects, boolean transitive, String source) {
    List<String> roles = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (SourceObject object : objects) {
      String type = String.valueOf(object.string("@odata.type")).toLowerCase(Locale.ROOT);
      if (type.equals(ROLE_TYPE)) {
        String template = object.string("roleTemplateId");
        if (template != null) {
          roles.add(template);
        }
      } else if (type.equals(GROUP_TYPE)) {
        String id = object.string("id");
        if (id != null) {
          groups.add(id);
        }
      }
      state.dropUnused(source + " memberships", object);
    }
    ArrayNode roleList = mailbox.node.putArray("directoryRoleTemplateIds");
    roles.forEach(roleList::add);
    if (transitive) {
      ArrayNode groupList = mailbox.node.putArray("groupIds");
      groups.forEach(groupList::add);
    }
  }

  private static String stripSmtp(String proxy) {
    return proxy.regionMatches(true, 0, "smtp:", 0, 5) ? proxy.substring(5) : proxy;
  }
}
