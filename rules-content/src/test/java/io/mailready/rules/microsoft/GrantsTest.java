package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.ConsentType;
import io.mailready.snapshot.OAuth2PermissionGrant;
import io.mailready.snapshot.PermissionType;
import io.mailready.snapshot.RequiredResourceAccess;
import io.mailready.snapshot.ResourceAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantsTest {
  @Test
  void an_app_requests_a_permission_of_one_type_on_one_resource() {
    // GIVEN an app with one delegated and one application permission of resource r
    AzureApp app =
        new AzureApp(
            "app",
            null,
            List.of(
                new RequiredResourceAccess(
                    " R ",
                    List.of(
                        new ResourceAccess("scope-id", PermissionType.SCOPE),
                        new ResourceAccess("role-id", PermissionType.ROLE)))));
    // THEN each is requested with its own type only, on that resource only
    assertThat(Grants.requests(app, PermissionType.SCOPE, "r", "SCOPE-ID")).isTrue();
    assertThat(Grants.requests(app, PermissionType.SCOPE, "r", "role-id")).isFalse();
    assertThat(Grants.requests(app, PermissionType.ROLE, "r", "role-id")).isTrue();
    assertThat(Grants.requests(app, PermissionType.SCOPE, "other", "scope-id")).isFalse();
    assertThat(Grants.requests(null, PermissionType.SCOPE, "r", "scope-id")).isFalse();
  }

  @Test
  void scope_names_split_on_any_whitespace_in_order_and_once() {
    // GIVEN grants with loosely spaced and unset scopes
    List<OAuth2PermissionGrant> grants =
        List.of(
            new OAuth2PermissionGrant("c", ConsentType.ALL_PRINCIPALS, null, "r", "  A \t B "),
            new OAuth2PermissionGrant("c", ConsentType.ALL_PRINCIPALS, null, "r", null),
            new OAuth2PermissionGrant("c", ConsentType.ALL_PRINCIPALS, null, "r", "B C"));
    // THEN their names are A, B, C
    assertThat(Grants.scopeNames(grants)).containsExactly("A", "B", "C");
  }

  @Test
  void grants_are_described_tenant_wide_first_then_the_users_own() {
    // GIVEN a tenant-wide and a per-user grant
    OAuth2PermissionGrant all =
        new OAuth2PermissionGrant("c", ConsentType.ALL_PRINCIPALS, null, "sp-exo", " A B ");
    OAuth2PermissionGrant own =
        new OAuth2PermissionGrant("c", ConsentType.PRINCIPAL, "u@x", "sp-exo", null);
    // THEN the evidence names type, principal, resource and scope
    assertThat(Grants.described(List.of(all), List.of(own)))
        .containsExactly("AllPrincipals on sp-exo: A B", "Principal (u@x) on sp-exo: ");
  }

  @Test
  void globs_match_ignoring_case_and_texts_sort() {
    assertThat(Grants.matchesAny(List.of("Mail.*", "EWS.AccessAsUser.All"), "mail.read")).isTrue();
    assertThat(Grants.matchesAny(List.of("Mail.*"), "Contacts.Read")).isFalse();
    assertThat(Grants.sorted(List.of("b@x", "a@x"))).containsExactly("a@x", "b@x");
  }
}
