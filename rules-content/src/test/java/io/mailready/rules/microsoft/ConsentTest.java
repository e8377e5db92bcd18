package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.EntraSnapshots.APP_ID;
import static io.mailready.rules.microsoft.EntraSnapshots.evaluation;
import static io.mailready.rules.microsoft.EntraSnapshots.snapshot;
import static io.mailready.rules.microsoft.EntraSnapshots.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Tri;
import io.mailready.snapshot.Snapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentTest {
  private static final LocalDate TODAY = LocalDate.parse("2025-06-01");
  private static final String LEGACY_APP =
      """
      profile: legacy
      azureApp:
        appId: %s
        verifiedPublisherId: %s
        requiredResourceAccess:
          - resourceAppId: 00000002-0000-0ff1-ce00-000000000000
            resourceAccess:
              - { id: 3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5, type: Scope }
              - { id: 266d2589-20b5-4f91-9a03-89247d1be8da, type: Scope }
      """;
  private static final String CAROL =
      """
      - address: carol@contoso.com
        userPrincipalName: cj@contoso.onmicrosoft.com
        primarySmtpAddress: carol.jones@contoso.com
        hostedIn: exchange-online
        authMethod: oauth
      """;

  private static String app(String verifiedPublisherId) {
    return LEGACY_APP.formatted(APP_ID, verifiedPublisherId);
  }

  private static String entra(String policies, String grants, String appRoleAssignmentRequired) {
    return """
        permissionGrantPoliciesAssigned: %s
        servicePrincipals:
          - { id: sp-app, appId: %s, appRoleAssignmentRequired: %s }
          - { id: sp-exo, appId: 00000002-0000-0ff1-ce00-000000000000 }
        oauth2PermissionGrants: %s
        """
        .formatted(policies, APP_ID, appRoleAssignmentRequired, grants);
  }

  private static Consent consent(Snapshot snapshot, boolean requireVerified) {
    return Consent.of(snapshot, evaluation(TODAY, requireVerified));
  }

  @Test
  void users_can_consent_under_the_legacy_policy_to_a_verified_app() {
    // GIVEN the legacy user-consent policy and a verified publisher
    Snapshot snapshot =
        snapshot(
            app("\"123\""),
            entra("[ManagePermissionGrantsForSelf.microsoft-user-default-legacy]", "[]", "false"),
            CAROL);
    // WHEN the consent facts are derived
    Consent consent = consent(snapshot, true);
    // THEN users can consent
    assertThat(consent.userCanConsent()).isEqualTo(Tri.TRUE);
  }

  @Test
  void no_self_policy_disables_user_consent_whatever_the_owned_resource_policies() {
    // GIVEN only a ManagePermissionGrantsForOwnedResource policy
    Snapshot snapshot =
        snapshot(
            app("\"123\""),
            entra("[ManagePermissionGrantsForOwnedResource.some-policy]", "[]", "false"),
            CAROL);
    // WHEN the consent facts are derived
    Consent consent = consent(snapshot, true);
    // THEN user consent is disabled
    assertThat(consent.userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(consent.userConsentDisabled()).isTrue();
    assertThat(consent.unverifiedPublisher()).isFalse();
  }

  @Test
  void the_low_policy_needs_a_verified_publisher_and_low_impact_classifications() {
    // GIVEN the low-impact policy only, compared case-insensitively
    String policies = "[managepermissiongrantsforself.MICROSOFT-USER-DEFAULT-LOW]";
    String entra = entra(policies, "[]", "false");
    String classified =
        entra + "lowImpactPermissions: [ews.accessasuser.all, EAS.AccessAsUser.All]\n";
    String partly = entra + "lowImpactPermissions: [EWS.AccessAsUser.All]\n";
    // WHEN the app is unverified, verified without classifications, and verified with them
    Consent unverified = consent(snapshot(app("null"), entra, CAROL), false);
    Consent unclassified = consent(snapshot(app("\"123\""), entra, CAROL), false);
    Consent low = consent(snapshot(app("\"123\""), classified, CAROL), false);
    Consent notLow = consent(snapshot(app("\"123\""), partly, CAROL), false);
    // THEN unverified is FALSE, unclassified UNKNOWN (never TRUE), classified TRUE
    assertThat(unverified.userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(unverified.selfPolicies().get(0).refusal()).isEqualTo("unverified-publisher");
    assertThat(unclassified.userCanConsent()).isEqualTo(Tri.UNKNOWN);
    assertThat(unclassified.unknownBecause()).contains("tenant.entra.lowImpactPermissions");
    assertThat(low.userCanConsent()).isEqualTo(Tri.TRUE);
    assertThat(notLow.userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(notLow.selfPolicies().get(0).scopes()).containsExactly("EAS.AccessAsUser.All");
  }

  @Test
  void microsofts_recommended_policy_refuses_the_mail_scopes() {
    // GIVEN a verified app under microsoft-user-default-recommended
    String entra =
        entra("[ManagePermissionGrantsForSelf.microsoft-user-default-recommended]", "[]", "false");
    // WHEN the consent facts are derived
    Consent consent = consent(snapshot(app("\"123\""), entra, CAROL), false);
    // THEN users cannot consent to EWS and EAS: they need admin approval
    assertThat(consent.userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(consent.selfPolicies().get(0).refusal()).isEqualTo("managed-policy");
    assertThat(consent.selfPolicies().get(0).scopes())
        .containsExactly("EWS.AccessAsUser.All", "EAS.AccessAsUser.All");
  }

  @Test
  void the_mail_clients_policy_re_allows_the_mail_scopes_only_for_the_listed_clients() {
    // GIVEN microsoft-user-default-allow-consent-apps, and the app listed as a mail client or not
    String entra =
        entra(
            "[ManagePermissionGrantsForSelf.microsoft-user-default-allow-consent-apps]",
            "[]",
            "false");
    String listed = LEGACY_APP.formatted("0a0b0c0d-0000-4000-8000-0000000000e1", "\"123\"");
    // WHEN derived for the platform's app and for a listed mail client
    Consent platform = consent(snapshot(app("\"123\""), entra, CAROL), false);
    // THEN only the listed client may be consented by users
    assertThat(platform.userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(
            Consent.of(snapshot(listed, entra, CAROL), evaluation(TODAY, false))
                .selfPolicies()
                .get(0)
                .allows())
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void a_custom_self_consent_policy_is_unknown() {
    // GIVEN a tenant's own consent policy
    String entra = entra("[ManagePermissionGrantsForSelf.contoso-policy]", "[]", "false");
    // WHEN derived  THEN UNKNOWN, naming the policy
    Consent consent = consent(snapshot(app("\"123\""), entra, CAROL), false);
    assertThat(consent.userCanConsent()).isEqualTo(Tri.UNKNOWN);
    assertThat(consent.unknownBecause()).contains("'contoso-policy'");
  }

  @Test
  void an_unverified_app_under_the_legacy_policy_depends_on_the_switch() {
    // GIVEN the legacy policy and an unverified app
    Snapshot snapshot =
        snapshot(
            app("null"),
            entra("[ManagePermissionGrantsForSelf.microsoft-user-default-legacy]", "[]", "false"),
            CAROL);
    // WHEN derived with requireVerifiedPublisherForUserConsent on and off
    // THEN users cannot consent only when the switch is on
    assertThat(consent(snapshot, true).userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(consent(snapshot, false).userCanConsent()).isEqualTo(Tri.TRUE);
  }

  @Test
  void an_app_that_requires_assignment_cannot_be_consented_by_users() {
    // GIVEN a verified app whose service principal requires user assignment
    Snapshot snapshot =
        snapshot(
            app("\"123\""),
            entra("[ManagePermissionGrantsForSelf.microsoft-user-default-legacy]", "[]", "true"),
            CAROL);
    // WHEN the consent facts are derived
    Consent consent = consent(snapshot, true);
    // THEN users cannot consent, because of the assignment
    assertThat(consent.userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(consent.assignmentRequired()).isTrue();
    assertThat(consent.appRoleAssignmentRequired()).isTrue();
  }

  @Test
  void unset_policies_are_unknown_unless_a_clause_that_does_not_read_them_decides() {
    // GIVEN permissionGrantPoliciesAssigned unset
    String entra = entra("null", "[]", "false");
    // WHEN the app is verified, and then unverified (with the switch on)
    Consent verified = consent(snapshot(app("\"123\""), entra, CAROL), true);
    Consent unverified = consent(snapshot(app("null"), entra, CAROL), true);
    // THEN the verified app is UNKNOWN, the unverified one FALSE
    assertThat(verified.userCanConsent()).isEqualTo(Tri.UNKNOWN);
    assertThat(unverified.userCanConsent()).isEqualTo(Tri.FALSE);
    assertThat(unverified.userConsentDisabled()).isFalse();
  }

  @Test
  void a_tenant_wide_grant_covers_every_mailbox() {
    // GIVEN an AllPrincipals grant of both Exchange Online scopes, spelled loosely
    String grants =
        "[ { clientId: ' SP-APP ', consentType: allprincipals, resourceId: sp-exo,"
            + " scope: ' ews.accessasuser.all   EAS.AccessAsUser.All ' } ]";
    Snapshot snapshot = snapshot(app("null"), entra("[]", grants, "false"), CAROL);
    // WHEN the mailbox's consent is derived
    MailboxConsent mailbox = consent(snapshot, true).forMailbox(view(snapshot, 0));
    // THEN it is covered
    assertThat(mailbox.covered()).isTrue();
    assertThat(mailbox.missing()).isEmpty();
    assertThat(consent(snapshot, true).adminConsentedScopes(Permissions.EXO_APP_ID))
        .containsExactly("ews.accessasuser.all", "EAS.AccessAsUser.All");
  }

  @Test
  void a_user_grant_matches_the_upn_the_address_or_the_primary_address_but_not_an_object_id() {
    // GIVEN Principal grants for carol's primary address (EWS) and UPN (EAS), and an object id
    String grants =
        """
        [ { clientId: sp-app, consentType: Principal, principalId: Carol.Jones@contoso.com, resourceId: sp-exo, scope: EWS.AccessAsUser.All },
          { clientId: sp-app, consentType: Principal, principalId: cj@contoso.onmicrosoft.com, resourceId: sp-exo, scope: EAS.AccessAsUser.All },
          { clientId: sp-app, consentType: Principal, principalId: 8d2f9a3b-1111-2222-3333-444455556666, resourceId: sp-exo, scope: Mail.Read } ]
        """;
    Snapshot snapshot = snapshot(app("null"), entra("[]", grants, "false"), CAROL);
    Consent consent = consent(snapshot, true);
    // WHEN carol's consented scopes are read
    // THEN both of her grants count, the object id's does not
    assertThat(consent.consentedScopes(view(snapshot, 0), Permissions.EXO_APP_ID))
        .containsExactlyInAnyOrder("EWS.AccessAsUser.All", "EAS.AccessAsUser.All");
    assertThat(consent.forMailbox(view(snapshot, 0)).covered()).isTrue();
    assertThat(consent.adminConsentedScopes(Permissions.EXO_APP_ID)).isEmpty();
  }

  @Test
  void a_grant_to_another_resource_counts_only_when_the_resource_principal_is_unknown() {
    // GIVEN an AllPrincipals grant of the EWS/EAS scope names on another resource
    String grants =
        "[ { clientId: sp-app, consentType: AllPrincipals, resourceId: sp-other,"
            + " scope: 'EWS.AccessAsUser.All EAS.AccessAsUser.All' } ]";
    Snapshot known = snapshot(app("null"), entra("[]", grants, "false"), CAROL);
    Snapshot unknown =
        snapshot(
            app("null"),
            """
            permissionGrantPoliciesAssigned: []
            servicePrincipals: [ { id: sp-app, appId: %s } ]
            oauth2PermissionGrants: %s
            """
                .formatted(APP_ID, grants),
            CAROL);
    // WHEN each mailbox's consent is derived
    // THEN the grant counts only without the Exchange Online service principal (by scope names)
    assertThat(consent(known, true).forMailbox(view(known, 0)).covered()).isFalse();
    assertThat(consent(unknown, true).forMailbox(view(unknown, 0)).covered()).isTrue();
  }

  @Test
  void without_the_app_service_principal_there_are_no_grants() {
    // GIVEN grants, but no service principal for the app
    Snapshot snapshot =
        snapshot(
            app("null"),
            """
            permissionGrantPoliciesAssigned: []
            oauth2PermissionGrants:
              - { clientId: sp-app, consentType: AllPrincipals, resourceId: sp-exo, scope: 'EWS.AccessAsUser.All EAS.AccessAsUser.All' }
            """,
            CAROL);
    // WHEN the consent is derived
    Consent consent = consent(snapshot, true);
    MailboxConsent mailbox = consent.forMailbox(view(snapshot, 0));
    // THEN nothing is consented
    assertThat(consent.appSpExists()).isFalse();
    assertThat(mailbox.covered()).isFalse();
    assertThat(mailbox.missing()).containsExactly(Permissions.EWS_ACCESS, Permissions.EAS_ACCESS);
  }

  @Test
  void required_consent_follows_what_the_app_requests_with_the_catalog_defaults() {
    // GIVEN apps requesting EWS only, nothing, and (graph) nothing
    Snapshot ewsOnly =
        snapshot(
            """
            azureApp:
              appId: app
              requiredResourceAccess:
                - resourceAppId: 00000002-0000-0ff1-ce00-000000000000
                  resourceAccess: [ { id: 3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5, type: Scope } ]
            """,
            "{}",
            null);
    Snapshot nothing = snapshot("azureApp: { appId: app }", "{}", null);
    Snapshot graph = snapshot("profile: graph\nazureApp: { appId: app }", "{}", null);
    // WHEN requiredConsent is derived
    // THEN EWS only; both Exchange Online scopes; Graph Mail.Read
    assertThat(consent(ewsOnly, true).requiredScopes()).isEqualTo("EWS.AccessAsUser.All");
    assertThat(consent(nothing, true).requiredScopes())
        .isEqualTo("EWS.AccessAsUser.All EAS.AccessAsUser.All");
    assertThat(consent(graph, true).required())
        .containsExactly(new Consent.Required(Permissions.GRAPH_APP_ID, Permissions.MAIL_READ));
  }
}
