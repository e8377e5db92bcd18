package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.PermissionType;
import io.mailready.snapshot.Profile;
import io.mailready.snapshot.RequiredResourceAccess;
import io.mailready.snapshot.ResourceAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionsTest {
  private static final String EWS_ID = "3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5";
  private static final String GRAPH_EAS_ID = "ff91d191-45a0-43fd-b837-bd682c4a0b0f";

  private static AzureApp app(String resource, String id, PermissionType type) {
    return new AzureApp(
        "app",
        null,
        List.of(new RequiredResourceAccess(resource, List.of(new ResourceAccess(id, type)))));
  }

  @Test
  void a_delegated_permission_is_keyed_on_resource_and_id() {
    // GIVEN an app that requests EWS.AccessAsUser.All of Exchange Online, spelled in upper case
    AzureApp app =
        app(
            " " + Permissions.EXO_APP_ID.toUpperCase() + " ",
            EWS_ID.toUpperCase(),
            PermissionType.SCOPE);
    // WHEN appRequests is asked about both resources
    // THEN only the Exchange Online permission is requested
    assertThat(Permissions.appRequests(app, Permissions.EXO_APP_ID, Permissions.EWS_ACCESS))
        .isTrue();
    assertThat(Permissions.appRequests(app, Permissions.EXO_APP_ID, Permissions.EAS_ACCESS))
        .isFalse();
    assertThat(Permissions.appRequests(app, Permissions.GRAPH_APP_ID, Permissions.EWS_ACCESS))
        .isFalse();
  }

  @Test
  void the_graph_id_of_a_scope_name_does_not_satisfy_the_exchange_online_permission() {
    // GIVEN an app that requests Graph's EAS.AccessAsUser.All (another id, another resource)
    AzureApp app = app(Permissions.GRAPH_APP_ID, GRAPH_EAS_ID, PermissionType.SCOPE);
    // WHEN asked whether it requests Exchange Online's EAS.AccessAsUser.All
    // THEN it does not
    assertThat(Permissions.appRequests(app, Permissions.EXO_APP_ID, Permissions.EAS_ACCESS))
        .isFalse();
    assertThat(Permissions.requested(app)).containsExactly("Microsoft Graph/" + GRAPH_EAS_ID);
  }

  @Test
  void an_application_permission_does_not_count_and_is_marked_as_such() {
    // GIVEN an app with the EWS permission id as an application role
    AzureApp app = app(Permissions.EXO_APP_ID, EWS_ID, PermissionType.ROLE);
    // WHEN its requests are read
    // THEN the role is not a delegated request, and is listed as (application)
    assertThat(Permissions.requestsMailboxPermission(app, Profile.LEGACY)).isFalse();
    assertThat(Permissions.requested(app))
        .containsExactly("Office 365 Exchange Online/EWS.AccessAsUser.All (application)");
  }

  @Test
  void the_mailbox_permissions_depend_on_the_profile_and_default_to_legacy() {
    // GIVEN an app that requests Graph Mail.ReadWrite only
    AzureApp app =
        app(Permissions.GRAPH_APP_ID, "024d486e-b451-40bb-833d-3e66d98c5c73", PermissionType.SCOPE);
    // WHEN checked against each profile (null = legacy)
    // THEN only the graph profile is satisfied
    assertThat(Permissions.requestsMailboxPermission(app, Profile.GRAPH)).isTrue();
    assertThat(Permissions.requestsMailboxPermission(app, Profile.LEGACY)).isFalse();
    assertThat(Permissions.requestsMailboxPermission(app, null)).isFalse();
    assertThat(Permissions.mailboxPermissions(null))
        .containsExactly(
            "Office 365 Exchange Online/EWS.AccessAsUser.All",
            "Office 365 Exchange Online/EAS.AccessAsUser.All");
  }

  @Test
  void no_app_requests_nothing() {
    // GIVEN no app  WHEN asked  THEN nothing is requested
    assertThat(Permissions.appRequests(null, Permissions.EXO_APP_ID, Permissions.EWS_ACCESS))
        .isFalse();
    assertThat(Permissions.requested(null)).isEmpty();
  }
}
