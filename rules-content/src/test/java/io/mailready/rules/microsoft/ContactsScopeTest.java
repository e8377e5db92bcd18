package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.EntraSnapshots.evaluation;
import static io.mailready.rules.microsoft.EntraSnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.Profile;
import io.mailready.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactsScopeTest {
  private static final String GRAPH_CONTACTS_APP =
      """
      profile: %s
      azureApp:
        appId: app
        requiredResourceAccess:
          - resourceAppId: 00000003-0000-0000-c000-000000000000
            resourceAccess: [ { id: d56682ec-c09e-4743-aaf4-1a3aac4caa21, type: Scope } ]
      """;

  @Test
  void any_platform_scope_starting_with_contacts_qualifies() {
    // GIVEN platform scope lists  WHEN checked  THEN contacts* qualifies, case-insensitively
    assertThat(ContactsScope.platformHasContactsScope(List.of("email", "contacts.read_only")))
        .isTrue();
    assertThat(ContactsScope.platformHasContactsScope(List.of("Contacts.Read"))).isTrue();
    assertThat(ContactsScope.platformHasContactsScope(List.of("email", "calendar"))).isFalse();
    assertThat(ContactsScope.platformHasContactsScope(null)).isFalse();
  }

  @Test
  void the_legacy_profile_also_needs_exchange_online_eas() {
    // GIVEN an app with Graph Contacts.ReadWrite only
    Snapshot legacy = snapshot(GRAPH_CONTACTS_APP.formatted("legacy"), "{}", null);
    Snapshot graph = snapshot(GRAPH_CONTACTS_APP.formatted("graph"), "{}", null);
    // WHEN the missing app permissions are computed per profile
    // THEN legacy misses EAS.AccessAsUser.All, graph misses nothing
    assertThat(ContactsScope.missingAppPermissions(legacy.platform().azureApp(), Profile.LEGACY))
        .containsExactly("Office 365 Exchange Online/EAS.AccessAsUser.All");
    assertThat(ContactsScope.missingAppPermissions(graph.platform().azureApp(), Profile.GRAPH))
        .isEmpty();
  }

  @Test
  void the_admin_consent_is_checked_only_when_the_app_has_a_tenant_wide_grant() {
    // GIVEN a legacy app with a user grant only, and one with a tenant-wide grant lacking contacts
    String principal =
        """
        servicePrincipals: [ { id: sp-app, appId: app }, { id: sp-exo, appId: 00000002-0000-0ff1-ce00-000000000000 } ]
        oauth2PermissionGrants: [ { clientId: sp-app, consentType: Principal, principalId: x@contoso.com, resourceId: sp-exo, scope: EWS.AccessAsUser.All } ]
        """;
    String tenantWide = principal.replace("Principal, principalId: x@contoso.com", "AllPrincipals");
    LocalDate today = LocalDate.parse("2025-06-01");
    Consent userOnly =
        Consent.of(
            snapshot(GRAPH_CONTACTS_APP.formatted("legacy"), principal, null),
            evaluation(today, true));
    Consent admin =
        Consent.of(
            snapshot(GRAPH_CONTACTS_APP.formatted("legacy"), tenantWide, null),
            evaluation(today, true));
    // WHEN the missing admin-consented contacts scopes are computed
    // THEN only the tenant-wide grant is inspected: it lacks EAS and Graph contacts
    assertThat(ContactsScope.missingAdminConsent(userOnly)).isEmpty();
    assertThat(ContactsScope.missingAdminConsent(admin))
        .containsExactly("EAS.AccessAsUser.All", "Contacts.Read or Contacts.ReadWrite");
  }
}
