package io.mailready.collect;

import java.util.List;

/**
 * What the collector reads, and which snapshot fields each source feeds (stated in the manifest so
 * that a reader sees what a failed call leaves not collected).
 */
enum Source {
  GRAPH_AUTHORIZATION_POLICY(
      "graph policies/authorizationPolicy", "tenant.entra.permissionGrantPoliciesAssigned"),
  GRAPH_SECURITY_DEFAULTS(
      "graph policies/identitySecurityDefaultsEnforcementPolicy",
      "tenant.entra.securityDefaultsEnabled"),
  GRAPH_ADMIN_CONSENT_POLICY(
      "graph policies/adminConsentRequestPolicy", "tenant.entra.adminConsentRequestPolicy"),
  GRAPH_CONDITIONAL_ACCESS_POLICIES(
      "graph identity/conditionalAccess/policies", "tenant.entra.conditionalAccessPolicies"),
  GRAPH_NAMED_LOCATIONS(
      "graph identity/conditionalAccess/namedLocations", "tenant.entra.namedLocations"),
  GRAPH_SERVICE_PRINCIPALS("graph servicePrincipals", "tenant.entra.servicePrincipals"),
  GRAPH_PERMISSION_GRANTS("graph oauth2PermissionGrants", "tenant.entra.oauth2PermissionGrants"),
  GRAPH_PERMISSION_CLASSIFICATIONS(
      "graph servicePrincipals/{id}/delegatedPermissionClassifications",
      "tenant.entra.delegatedPermissionClassifications"),
  GRAPH_USERS(
      "graph users with transitiveMemberOf",
      "mailboxes[].entraObjectId",
      "mailboxes[].groupIds",
      "mailboxes[].directoryRoleTemplateIds"),
  ORGANIZATION_CONFIG("Get-OrganizationConfig", "tenant.organizationConfig"),
  ORGANIZATION_CONFIG_EWS(
      "Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy",
      "tenant.organizationConfig.ewsAllowedAppIds"),
  ACTIVESYNC_ORGANIZATION_SETTINGS(
      "Get-ActiveSyncOrganizationSettings", "tenant.activeSyncOrganizationSettings"),
  ACTIVESYNC_DEVICE_ACCESS_RULES(
      "Get-ActiveSyncDeviceAccessRule", "tenant.activeSyncDeviceAccessRules"),
  MOBILE_DEVICE_MAILBOX_POLICIES(
      "Get-MobileDeviceMailboxPolicy", "tenant.mobileDeviceMailboxPolicies"),
  AUTHENTICATION_POLICIES("Get-AuthenticationPolicy", "tenant.authenticationPolicies"),
  CONNECTION_FILTER_POLICY("Get-HostedConnectionFilterPolicy", "tenant.connectionFilterPolicy"),
  ACCEPTED_DOMAINS("Get-AcceptedDomain", "tenant.domains"),
  MAILBOXES(
      "Get-Mailbox",
      "mailboxes[].address",
      "mailboxes[].primarySmtpAddress",
      "mailboxes[].proxyAddresses",
      "mailboxes[].userPrincipalName"),
  CAS_MAILBOXES("Get-CASMailbox", "mailboxes[].casMailbox"),
  USERS("Get-User", "mailboxes[].authenticationPolicy"),
  RECIPIENTS("Get-Recipient", "mailboxes[].hostedIn"),
  MOBILE_DEVICES("Get-MobileDevice", "mailboxes[].mobileDevices");

  private final String description;
  private final List<String> snapshotFields;

  Source(String description, String... snapshotFields) {
    this.description = description;
    this.snapshotFields = List.of(snapshotFields);
  }

  String description() {
    return description;
  }

  List<String> snapshotFields() {
    return snapshotFields;
  }
}
