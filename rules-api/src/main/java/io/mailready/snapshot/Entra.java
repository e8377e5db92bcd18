package io.mailready.snapshot;

import java.util.List;

/**
 * Microsoft Entra ID facts (Exchange Online / hybrid).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Entra(
    Boolean securityDefaultsEnabled,
    List<String> permissionGrantPoliciesAssigned,
    AdminConsentRequestPolicy adminConsentRequestPolicy,
    List<ServicePrincipal> servicePrincipals,
    List<OAuth2PermissionGrant> oauth2PermissionGrants,
    List<ConditionalAccessPolicy> conditionalAccessPolicies,
    List<NamedLocation> namedLocations,
    List<String> lowImpactPermissions,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public Entra {
    permissionGrantPoliciesAssigned =
        permissionGrantPoliciesAssigned == null
            ? null
            : List.copyOf(permissionGrantPoliciesAssigned);
    servicePrincipals = servicePrincipals == null ? List.of() : List.copyOf(servicePrincipals);
    oauth2PermissionGrants =
        oauth2PermissionGrants == null ? List.of() : List.copyOf(oauth2PermissionGrants);
    conditionalAccessPolicies =
        conditionalAccessPolicies == null ? List.of() : List.copyOf(conditionalAccessPolicies);
    namedLocations = namedLocations == null ? List.of() : List.copyOf(namedLocations);
    lowImpactPermissions = lowImpactPermissions == null ? null : List.copyOf(lowImpactPermissions);
    notCollected = Section.fields(Entra.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public Entra(
      Boolean securityDefaultsEnabled,
      List<String> permissionGrantPoliciesAssigned,
      AdminConsentRequestPolicy adminConsentRequestPolicy,
      List<ServicePrincipal> servicePrincipals,
      List<OAuth2PermissionGrant> oauth2PermissionGrants,
      List<ConditionalAccessPolicy> conditionalAccessPolicies,
      List<NamedLocation> namedLocations) {
    this(
        securityDefaultsEnabled,
        permissionGrantPoliciesAssigned,
        adminConsentRequestPolicy,
        servicePrincipals,
        oauth2PermissionGrants,
        conditionalAccessPolicies,
        namedLocations,
        null,
        null);
  }
}
