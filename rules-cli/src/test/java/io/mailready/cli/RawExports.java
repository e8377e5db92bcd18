package io.mailready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailready.imports.SnapshotWriter;
import io.mailready.snapshot.ActiveSyncDeviceAccessRule;
import io.mailready.snapshot.AuthenticationPolicy;
import io.mailready.snapshot.CasMailbox;
import io.mailready.snapshot.ConditionalAccessPolicy;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Domain;
import io.mailready.snapshot.Entra;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.MobileDeviceMailboxPolicy;
import io.mailready.snapshot.NamedLocation;
import io.mailready.snapshot.NamedLocationKind;
import io.mailready.snapshot.OrganizationConfig;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotValue;
import io.mailready.snapshot.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test only: renders a snapshot as the raw exports an admin would make (PowerShell {@code
 * ConvertTo-Json} files named after their cmdlets, Microsoft Graph responses, the platform's IP
 * list) plus a partial snapshot with what no Microsoft API has, so that importing them must give a
 * snapshot that checks the same.
 */
final class RawExports {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Map<String, String> VERSIONS =
      Map.of(
          "2003", "Version 6.5 (Build 7638.2)",
          "2007", "Version 8.3 (Build 83.6)",
          "2010", "Version 14.3 (Build 123.4)",
          "2013", "Version 15.0 (Build 1497.2)",
          "2016", "Version 15.1 (Build 2507.6)",
          "2019", "Version 15.2 (Build 1544.4)",
          "SE", "Version 15.2 (Build 2562.17)");

  private final Snapshot snapshot;
  private final JsonNode whole;
  private final Path folder;
  private final boolean online;
  private final boolean server;
  private final ObjectNode partial = NODES.objectNode();
  private final ObjectNode partialTenant;
  private final ArrayNode partialMailboxes;
  private boolean onlineEvidence;
  private boolean serverEvidence;

  private RawExports(Snapshot snapshot, Path folder) {
    this.snapshot = snapshot;
    this.folder = folder;
    try {
      // the snapshot as the format writes it, for sections copied into the partial snapshot
      this.whole = JSON.readTree(SnapshotWriter.json(snapshot));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Deployment deployment = snapshot.tenant().deployment();
    this.online = deployment != Deployment.EXCHANGE_SERVER;
    this.server = deployment != Deployment.EXCHANGE_ONLINE;
    partial.put("schema", "mailready/v1");
    partialTenant = partial.putObject("tenant");
    partialMailboxes = partial.putArray("mailboxes");
  }

  /** Writes the exports to {@code folder} and returns the partial snapshot file (beside it). */
  static Path render(Snapshot snapshot, Path folder) throws IOException {
    Files.createDirectories(folder);
    RawExports exports = new RawExports(snapshot, folder);
    exports.platform();
    exports.tenant();
    exports.mailboxes();
    exports.entra();
    exports.deployment();
    Path file = folder.resolveSibling(folder.getFileName() + ".platform.json");
    Files.writeString(file, JSON.writeValueAsString(exports.partial), StandardCharsets.UTF_8);
    return file;
  }

  private void platform() throws IOException {
    Platform platform = snapshot.platform();
    if (snapshot.evaluatedAt() != null) {
      partial.put("evaluatedAt", snapshot.evaluatedAt().toString());
    }
    ObjectNode node = partial.putObject("platform");
    node.put("name", platform.name());
    node.put("profile", label(platform.profile()));
    list(node, "requiredFeatures", platform.requiredFeatures());
    list(node, "grantedScopes", platform.grantedScopes());
    if (platform.azureApp() == null) {
      node.putNull("azureApp");
    } else {
      node.set("azureApp", whole.path("platform").get("azureApp"));
    }
    node.put("easDeviceUserAgentPrefix", platform.easDeviceUserAgentPrefix());
    node.put("easDeviceId", platform.easDeviceId());
    node.put("ewsUserAgent", platform.ewsUserAgent());
    node.put("easDeviceType", platform.easDeviceType());
    if (platform.ipAddresses() == null) {
      node.putNull("ipAddresses");
    } else {
      // The platform API's own response.
      ObjectNode ips = NODES.objectNode();
      ArrayNode list = ips.putArray("ip_addresses");
      platform.ipAddresses().ipAddresses().forEach(ip -> list.add(ip.toString()));
      ips.put("updated_at", platform.ipAddresses().updatedAt().getEpochSecond());
      write("platform-ip-addresses.json", ips);
    }
  }

  private void tenant() throws IOException {
    Tenant tenant = snapshot.tenant();
    partialTenant.put("name", tenant.name());
    put(partialTenant, "appPasswordsAllowed", tenant.appPasswordsAllowed());
    if (tenant.network() != null) {
      partialTenant.set("network", whole.path("tenant").get("network"));
    }
    if (tenant.ipAllowlist() != null) {
      partialTenant.set("ipAllowlist", whole.path("tenant").get("ipAllowlist"));
    }
    if (tenant.domains() != null) {
      ArrayNode accepted = NODES.arrayNode();
      ArrayNode dns = partialTenant.putArray("domains");
      for (Domain domain : tenant.domains()) {
        ObjectNode object = accepted.addObject();
        object.put("Name", domain.name());
        // SmtpDomainWithSubdomains, as ConvertTo-Json -Depth 3 writes it
        object.putObject("DomainName").put("Domain", domain.name()).put("IncludeSubDomains", false);
        object.put("DomainType", "Authoritative");
        object.put("Default", domain.name().equalsIgnoreCase(tenant.name()));
        ObjectNode answer = dns.addObject();
        answer.put("name", domain.name());
        answer.set(
            "autodiscover",
            domain.autodiscover() == null
                ? NODES.nullNode()
                : whole.path("tenant").path("domains").get(dns.size() - 1).get("autodiscover"));
      }
      write("Get-AcceptedDomain.json", accepted);
    }
    if (tenant.exchangeServerVersion() != null) {
      ArrayNode servers = NODES.arrayNode();
      ObjectNode ex = servers.addObject();
      ex.put("Name", "EX01");
      ex.put("AdminDisplayVersion", VERSIONS.get(tenant.exchangeServerVersion().label()));
      ex.put("ServerRole", "Mailbox");
      writeUtf16("Get-ExchangeServer.json", servers);
      serverEvidence = true;
    } else if (server) {
      partialTenant.putNull("exchangeServerVersion");
    }
    organizationConfig(tenant.organizationConfig());
    if (tenant.activeSyncOrganizationSettings() != null) {
      ObjectNode settings = NODES.objectNode();
      settings.put("Name", "Mobile Mailbox Settings");
      settings.put(
          "DefaultAccessLevel",
          label(tenant.activeSyncOrganizationSettings().defaultAccessLevel()));
      write("Get-ActiveSyncOrganizationSettings.json", settings);
    }
    if (tenant.activeSyncDeviceAccessRules() != null) {
      ArrayNode rules = NODES.arrayNode();
      for (ActiveSyncDeviceAccessRule rule : tenant.activeSyncDeviceAccessRules()) {
        ObjectNode object = rules.addObject();
        object.put("Name", rule.name());
        object.put("Characteristic", label(rule.characteristic()));
        object.put("QueryString", rule.queryString());
        object.put("AccessLevel", label(rule.accessLevel()));
      }
      write("Get-ActiveSyncDeviceAccessRule.json", rules);
    }
    if (tenant.mobileDeviceMailboxPolicies() != null) {
      ArrayNode policies = NODES.arrayNode();
      for (MobileDeviceMailboxPolicy policy : tenant.mobileDeviceMailboxPolicies()) {
        ObjectNode object = policies.addObject();
        object.put("Name", policy.name());
        put(object, "IsDefault", policy.isDefault());
        put(object, "AllowNonProvisionableDevices", policy.allowNonProvisionableDevices());
      }
      write("Get-MobileDeviceMailboxPolicy.json", policies);
    }
    if (tenant.authenticationPolicies() != null) {
      ArrayNode policies = NODES.arrayNode();
      for (JsonNode policy : whole.path("tenant").path("authenticationPolicies")) {
        ObjectNode object = policies.addObject();
        policy
            .fields()
            .forEachRemaining(
                field ->
                    object.set(
                        Character.toUpperCase(field.getKey().charAt(0))
                            + field.getKey().substring(1),
                        field.getValue()));
        for (String field : fieldsOf(AuthenticationPolicy.class)) {
          String key = Character.toUpperCase(field.charAt(0)) + field.substring(1);
          if (!object.has(key)) {
            object.putNull(key);
          }
        }
      }
      write("Get-AuthenticationPolicy.json", policies);
    }
    if (tenant.connectionFilterPolicy() != null) {
      if (online) {
        ArrayNode filters = NODES.arrayNode();
        ObjectNode object = filters.addObject();
        object.put("Identity", "Default");
        object.put("IsDefault", true);
        ranges(object.putArray("IPAllowList"), tenant.connectionFilterPolicy().ipAllowList());
        ranges(object.putArray("IPBlockList"), tenant.connectionFilterPolicy().ipBlockList());
        put(object, "EnableSafeList", tenant.connectionFilterPolicy().enableSafeList());
        write("Get-HostedConnectionFilterPolicy.json", filters);
        onlineEvidence = true;
      } else {
        partialTenant.set(
            "connectionFilterPolicy", whole.path("tenant").get("connectionFilterPolicy"));
      }
    }
    if (tenant.virtualDirectories() != null) {
      ArrayNode ews = NODES.arrayNode();
      for (var directory : tenant.virtualDirectories().ews()) {
        ObjectNode object = ews.addObject();
        // Server is an ADObjectId
        object
            .putObject("Server")
            .put("Name", directory.server())
            .put("DistinguishedName", "CN=" + directory.server() + ",CN=Servers");
        object.put("InternalUrl", directory.internalUrl());
        object.put("ExternalUrl", directory.externalUrl());
        put(object, "BasicAuthentication", directory.basicAuthentication());
        put(object, "OAuthAuthentication", directory.oauthAuthentication());
      }
      write("Get-WebServicesVirtualDirectory.json", ews);
      ArrayNode activeSync = NODES.arrayNode();
      for (var directory : tenant.virtualDirectories().activeSync()) {
        ObjectNode object = activeSync.addObject();
        object.put("Server", directory.server());
        object.put("InternalUrl", directory.internalUrl());
        object.put("ExternalUrl", directory.externalUrl());
        put(object, "BasicAuthEnabled", directory.basicAuthEnabled());
      }
      write("Get-ActiveSyncVirtualDirectory.json", activeSync);
      serverEvidence = true;
    }
  }

  private void organizationConfig(OrganizationConfig config) throws IOException {
    if (config == null) {
      return;
    }
    ObjectNode object = NODES.objectNode();
    object.put("Name", snapshot.tenant().name());
    put(object, "EwsEnabled", config.ewsEnabled());
    put(object, "OAuth2ClientProfileEnabled", config.oauth2ClientProfileEnabled());
    object.put("EwsApplicationAccessPolicy", label(config.ewsApplicationAccessPolicy()));
    list(object, "EwsAllowList", config.ewsAllowList());
    list(object, "EwsBlockList", config.ewsBlockList());
    object.put("DefaultAuthenticationPolicy", config.defaultAuthenticationPolicy());
    write("Get-OrganizationConfig.json", object);
    if (online) {
      ObjectNode withEws = object.deepCopy();
      // one comma-separated string, as the cmdlet returns it
      withEws.put("EwsAllowedAppIDs", String.join(",", config.ewsAllowedAppIds()));
      write("Get-OrganizationConfig.RetrieveEwsOperationAccessPolicy.json", withEws);
      onlineEvidence = true;
    } else {
      ObjectNode node = partialTenant.putObject("organizationConfig");
      list(node, "ewsAllowedAppIds", config.ewsAllowedAppIds());
    }
  }

  private void mailboxes() throws IOException {
    if (snapshot.mailboxes() == null) {
      return;
    }
    ArrayNode onlineMailboxes = NODES.arrayNode();
    ArrayNode serverMailboxes = NODES.arrayNode();
    ArrayNode onlineCas = NODES.arrayNode();
    ArrayNode serverCas = NODES.arrayNode();
    ArrayNode users = NODES.arrayNode();
    for (Mailbox mailbox : snapshot.mailboxes()) {
      boolean inOnline =
          mailbox.hostedIn() == MailboxHost.EXCHANGE_ONLINE
              || (mailbox.hostedIn() == null && online);
      ObjectNode object = (inOnline ? onlineMailboxes : serverMailboxes).addObject();
      object.put("Name", mailbox.address().substring(0, mailbox.address().indexOf('@')));
      object.put("PrimarySmtpAddress", mailbox.address());
      object.put("UserPrincipalName", mailbox.userPrincipalName());
      object.put("RecipientTypeDetails", "UserMailbox");
      list(object, "EmailAddresses", mailbox.proxyAddresses());
      object.put("ExternalDirectoryObjectId", mailbox.entraObjectId());
      ObjectNode user = users.addObject();
      user.put("Name", object.get("Name").asText());
      user.put("UserPrincipalName", mailbox.userPrincipalName());
      user.put("WindowsEmailAddress", mailbox.address());
      user.put("ExternalDirectoryObjectId", mailbox.entraObjectId());
      user.put("AuthenticationPolicy", mailbox.authenticationPolicy());
      ObjectNode side = partialMailboxes.addObject();
      side.put("address", mailbox.address());
      if (!mailbox.address().equals(mailbox.primarySmtpAddress())) {
        side.put("primarySmtpAddress", mailbox.primarySmtpAddress());
      }
      side.put("signInAddress", mailbox.signInAddress());
      side.put("loginUsername", mailbox.loginUsername());
      side.put("authMethod", label(mailbox.authMethod()));
      put(side, "mfaRequired", mailbox.mfaRequired());
      put(side, "usesAppPassword", mailbox.usesAppPassword());
      put(side, "serverSettingsProvided", mailbox.serverSettingsProvided());
      side.set(
          "ad",
          mailbox.ad() == null
              ? NODES.nullNode()
              : whole.path("mailboxes").get(partialMailboxes.size() - 1).get("ad"));
      if (mailbox.hostedIn() == null) {
        side.putNull("hostedIn");
      }
      if (snapshot.tenant().entra() == null) {
        list(side, "directoryRoleTemplateIds", mailbox.directoryRoleTemplateIds());
      }
      CasMailbox cas = mailbox.casMailbox();
      if (cas == null) {
        side.putNull("casMailbox");
      } else {
        ObjectNode casObject = (inOnline ? onlineCas : serverCas).addObject();
        casObject.put("Name", object.get("Name").asText());
        casObject.put("PrimarySmtpAddress", mailbox.address());
        put(casObject, "EwsEnabled", cas.ewsEnabled());
        put(casObject, "ActiveSyncEnabled", cas.activeSyncEnabled());
        casObject.put("EwsApplicationAccessPolicy", label(cas.ewsApplicationAccessPolicy()));
        list(casObject, "EwsAllowList", cas.ewsAllowList());
        list(casObject, "EwsBlockList", cas.ewsBlockList());
        list(casObject, "ActiveSyncAllowedDeviceIDs", cas.activeSyncAllowedDeviceIds());
        list(casObject, "ActiveSyncBlockedDeviceIDs", cas.activeSyncBlockedDeviceIds());
        casObject.put("OWAEnabled", true); // a property the snapshot does not use
      }
      if (mailbox.mobileDevices() != null) {
        devices(mailbox);
      }
    }
    if (!onlineMailboxes.isEmpty()) {
      write(online && server ? "Get-EXOMailbox.json" : "Get-Mailbox.json", onlineMailboxes);
      write(online && server ? "Get-EXOCasMailbox.json" : "Get-CASMailbox.json", onlineCas);
      onlineEvidence = onlineEvidence || (online && server);
    }
    if (!serverMailboxes.isEmpty()) {
      write("Get-Mailbox.json", serverMailboxes);
      write("Get-CASMailbox.json", serverCas);
    }
    write("Get-User.json", users);
  }

  private void devices(Mailbox mailbox) throws IOException {
    String file = "Get-MobileDevice." + mailbox.address() + ".json";
    List<MobileDevice> devices = mailbox.mobileDevices();
    if (devices.isEmpty()) {
      // PowerShell writes nothing for no results; Out-File -Encoding utf8 a byte-order mark.
      Files.write(folder.resolve(file), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      return;
    }
    ArrayNode array = NODES.arrayNode();
    for (MobileDevice device : devices) {
      ObjectNode object = array.addObject();
      object.put("DeviceId", device.deviceId());
      object.put("DeviceUserAgent", device.deviceUserAgent());
      object.put("DeviceType", device.deviceType());
      object.put("DeviceModel", device.deviceModel());
      object.put("DeviceAccessState", label(device.deviceAccessState()));
      object.put("DeviceAccessStateReason", device.deviceAccessStateReason());
      object.put("FirstSyncTime", "/Date(1735689600000)/");
    }
    // one result is one object, not a list
    write(file, array.size() == 1 ? array.get(0) : array);
  }

  private void entra() throws IOException {
    Entra entra = snapshot.tenant().entra();
    if (entra == null) {
      return;
    }
    String v1 = "https://graph.microsoft.com/v1.0/$metadata#";
    ObjectNode partialEntra = partialTenant.putObject("entra");
    if (entra.permissionGrantPoliciesAssigned() == null) {
      partialEntra.putNull("permissionGrantPoliciesAssigned");
    } else {
      ObjectNode policy = NODES.objectNode();
      policy.put("@odata.context", v1 + "policies/authorizationPolicy/$entity");
      policy.put("id", "authorizationPolicy");
      list(
          policy.putObject("defaultUserRolePermissions"),
          "permissionGrantPoliciesAssigned",
          entra.permissionGrantPoliciesAssigned());
      write("graph.policies.authorizationPolicy.json", policy);
    }
    if (entra.securityDefaultsEnabled() == null) {
      partialEntra.putNull("securityDefaultsEnabled");
    } else {
      ObjectNode policy = NODES.objectNode();
      policy.put(
          "@odata.context", v1 + "policies/identitySecurityDefaultsEnforcementPolicy/$entity");
      policy.put("isEnabled", entra.securityDefaultsEnabled());
      write("graph.policies.identitySecurityDefaultsEnforcementPolicy.json", policy);
    }
    if (entra.adminConsentRequestPolicy() == null) {
      partialEntra.putNull("adminConsentRequestPolicy");
    } else {
      ObjectNode policy = NODES.objectNode();
      // beta spelling of the context, to exercise it
      policy.put(
          "@odata.context",
          "https://graph.microsoft.com/beta/$metadata#policies/adminConsentRequestPolicy/$entity");
      put(policy, "isEnabled", entra.adminConsentRequestPolicy().isEnabled());
      policy.put("notifyReviewers", false);
      write("graph.policies.adminConsentRequestPolicy.json", policy);
    }
    if (partialEntra.isEmpty()) {
      partialTenant.remove("entra");
    }
    ArrayNode principals = NODES.arrayNode();
    for (var principal : entra.servicePrincipals()) {
      ObjectNode object = principals.addObject();
      object.put("id", principal.id());
      object.put("appId", principal.appId());
      put(object, "appRoleAssignmentRequired", principal.appRoleAssignmentRequired());
    }
    write(
        "graph.servicePrincipals.json",
        page(v1 + "servicePrincipals(id,appId,appRoleAssignmentRequired)", principals));
    ArrayNode grants = NODES.arrayNode();
    for (var grant : entra.oauth2PermissionGrants()) {
      ObjectNode object = grants.addObject();
      object.put("clientId", grant.clientId());
      object.put("consentType", label(grant.consentType()));
      object.put("principalId", grant.principalId());
      object.put("resourceId", grant.resourceId());
      object.put("scope", grant.scope());
    }
    write("graph.oauth2PermissionGrants.json", page(v1 + "oauth2PermissionGrants", grants));
    ArrayNode policies = NODES.arrayNode();
    for (ConditionalAccessPolicy policy : entra.conditionalAccessPolicies()) {
      policies.add(conditionalAccessPolicy(policy));
    }
    write(
        "graph.identity.conditionalAccess.policies.json",
        page(v1 + "identity/conditionalAccess/policies", policies));
    ArrayNode locations = NODES.arrayNode();
    for (NamedLocation location : entra.namedLocations()) {
      ObjectNode object = locations.addObject();
      object.put(
          "@odata.type",
          location.kind() == NamedLocationKind.IP
              ? "#microsoft.graph.ipNamedLocation"
              : location.kind() == NamedLocationKind.COUNTRY
                  ? "#microsoft.graph.countryNamedLocation"
                  : "#microsoft.graph.compliantNetworkNamedLocation");
      object.put("id", location.id());
      object.put("displayName", location.displayName());
      if (location.kind() == NamedLocationKind.IP) {
        put(object, "isTrusted", location.isTrusted());
        ArrayNode ranges = object.putArray("ipRanges");
        for (IpRange range : location.ipRanges()) {
          ranges
              .addObject()
              .put("@odata.type", "#microsoft.graph.iPv4CidrRange")
              .put("cidrAddress", range.toString());
        }
      } else {
        object.putArray("countriesAndRegions");
      }
    }
    write(
        "graph.identity.conditionalAccess.namedLocations.json",
        page(v1 + "identity/conditionalAccess/namedLocations", locations));
    if (entra.lowImpactPermissions() != null) {
      ArrayNode classifications = NODES.arrayNode();
      for (String permission : entra.lowImpactPermissions()) {
        classifications.addObject().put("permissionName", permission).put("classification", "low");
      }
      write(
          "graph.servicePrincipals.sp-graph.delegatedPermissionClassifications.json",
          page(
              v1 + "servicePrincipals('sp-graph')/delegatedPermissionClassifications",
              classifications));
    }
    if (snapshot.mailboxes() != null) {
      for (Mailbox mailbox : snapshot.mailboxes()) {
        // memberOf gives directory roles; transitiveMemberOf also the groups
        boolean transitive = mailbox.groupIds() != null;
        ArrayNode memberships = NODES.arrayNode();
        for (String role : mailbox.directoryRoleTemplateIds()) {
          memberships
              .addObject()
              .put("@odata.type", "#microsoft.graph.directoryRole")
              .put("id", "role-" + role)
              .put("roleTemplateId", role);
        }
        if (transitive) {
          for (String group : mailbox.groupIds()) {
            memberships.addObject().put("@odata.type", "#microsoft.graph.group").put("id", group);
          }
        }
        write(
            "graph.users."
                + (mailbox.userPrincipalName() != null
                    ? mailbox.userPrincipalName()
                    : mailbox.address())
                + (transitive ? ".transitiveMemberOf.json" : ".memberOf.json"),
            page(v1 + "directoryObjects", memberships));
      }
    }
  }

  private static ObjectNode conditionalAccessPolicy(ConditionalAccessPolicy policy) {
    ObjectNode object = NODES.objectNode();
    object.put("id", policy.id());
    object.put("displayName", policy.displayName());
    object.put("state", label(policy.state()));
    ObjectNode conditions = object.putObject("conditions");
    list(conditions, "clientAppTypes", policy.clientAppTypes());
    ObjectNode users = conditions.putObject("users");
    list(users, "includeUsers", policy.includeUsers());
    list(users, "excludeUsers", policy.excludeUsers());
    list(users, "includeGroups", policy.includeGroups());
    list(users, "excludeGroups", policy.excludeGroups());
    list(users, "includeRoles", policy.includeRoles());
    list(users, "excludeRoles", policy.excludeRoles());
    if (Boolean.TRUE.equals(policy.includeGuestsOrExternalUsers())) {
      users
          .putObject("includeGuestsOrExternalUsers")
          .put("guestOrExternalUserTypes", "internalGuest");
    } else {
      users.putNull("includeGuestsOrExternalUsers");
    }
    users.putNull("excludeGuestsOrExternalUsers");
    ObjectNode applications = conditions.putObject("applications");
    list(applications, "includeApplications", policy.includeApplications());
    applications.putArray("excludeApplications");
    if (policy.includeLocations().isEmpty() && policy.excludeLocations().isEmpty()) {
      conditions.putNull("locations");
    } else {
      ObjectNode locations = conditions.putObject("locations");
      list(locations, "includeLocations", policy.includeLocations());
      list(locations, "excludeLocations", policy.excludeLocations());
    }
    if (policy.includePlatforms().isEmpty() && policy.excludePlatforms().isEmpty()) {
      conditions.putNull("platforms");
    } else {
      ObjectNode platforms = conditions.putObject("platforms");
      list(platforms, "includePlatforms", policy.includePlatforms());
      list(platforms, "excludePlatforms", policy.excludePlatforms());
    }
    list(conditions, "userRiskLevels", policy.userRiskLevels());
    list(conditions, "signInRiskLevels", policy.signInRiskLevels());
    conditions.putArray("servicePrincipalRiskLevels");
    conditions.putNull("times");
    if (policy.deviceFilter() == null) {
      conditions.putNull("devices");
    } else {
      conditions
          .putObject("devices")
          .putObject("deviceFilter")
          .put("mode", "include")
          .put("rule", policy.deviceFilter());
    }
    if (policy.authenticationFlows().isEmpty()) {
      conditions.putNull("authenticationFlows");
    } else {
      conditions
          .putObject("authenticationFlows")
          .put("transferMethods", String.join(",", policy.authenticationFlows()));
    }
    if (policy.clientApplications().isEmpty()) {
      conditions.putNull("clientApplications");
    } else {
      list(
          conditions.putObject("clientApplications"),
          "includeServicePrincipals",
          policy.clientApplications());
    }
    for (String other : policy.otherConditions()) {
      switch (other) {
        case "insiderRiskLevels" -> conditions.put("insiderRiskLevels", "elevated");
        case "servicePrincipalRiskLevels" -> conditions.putArray(other).add("high");
        case "times" -> conditions.putObject("times").put("allDay", true);
        default -> throw new IllegalArgumentException("cannot render condition " + other);
      }
    }
    ObjectNode grant = object.putObject("grantControls");
    grant.put("operator", "OR");
    list(grant, "builtInControls", policy.builtInControls());
    object.putNull("sessionControls");
    return object;
  }

  /** A deployment the exports do not show is the admin's to state. */
  private void deployment() {
    boolean derivable =
        server
            ? serverEvidence && (online == onlineEvidence)
            : onlineEvidence || snapshot.tenant().entra() != null;
    if (!derivable) {
      partialTenant.put("deployment", label(snapshot.tenant().deployment()));
    }
  }

  private static ObjectNode page(String context, ArrayNode value) {
    ObjectNode page = NODES.objectNode();
    page.put("@odata.context", context);
    page.set("value", value);
    return page;
  }

  private void write(String name, JsonNode node) throws IOException {
    Files.writeString(folder.resolve(name), JSON.writeValueAsString(node), StandardCharsets.UTF_8);
  }

  /** What Windows PowerShell 5.1's Out-File writes: UTF-16LE with a byte-order mark. */
  private void writeUtf16(String name, JsonNode node) throws IOException {
    byte[] text = JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    Files.write(folder.resolve(name), bytes);
  }

  private static void list(ObjectNode node, String key, List<?> values) {
    if (values == null) {
      node.putNull(key);
      return;
    }
    ArrayNode array = node.putArray(key);
    values.forEach(
        value -> array.add(value instanceof SnapshotValue v ? v.label() : value.toString()));
  }

  private static void ranges(ArrayNode array, List<IpRange> ranges) {
    ranges.forEach(range -> array.add(range.toString()));
  }

  private static void put(ObjectNode node, String key, Boolean value) {
    if (value == null) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }

  private static String label(SnapshotValue value) {
    return value == null ? null : value.label();
  }

  private static List<String> fieldsOf(Class<? extends Record> type) {
    List<String> fields = new ArrayList<>();
    for (var component : type.getRecordComponents()) {
      if (!component.getName().equals("notCollected")) {
        fields.add(component.getName());
      }
    }
    return fields;
  }
}
