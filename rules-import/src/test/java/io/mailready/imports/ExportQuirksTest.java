package io.mailready.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mailready.snapshot.SnapshotException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Single quirks of real exports, each in a folder of its own. */
class ExportQuirksTest {
  @TempDir Path folder;

  private void file(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void namedTenant() throws IOException {
    file("Get-AcceptedDomain.json", "{\"DomainName\": \"contoso.com\", \"Default\": true}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"a,b\"", "[\"a,b\"]", "[\"a\", \"b\"]", "[\"a, b\"]"})
  void ewsAllowedAppIdsInEachShapeTheCmdletWritesThem(String value) throws IOException {
    // GIVEN the export made with -RetrieveEwsOperationAccessPolicy
    namedTenant();
    file(
        "Get-OrganizationConfig.RetrieveEwsOperationAccessPolicy.json",
        "{\"EwsEnabled\": true, \"EwsAllowedAppIDs\": " + value + "}");
    // WHEN
    var config = Import.from(folder).snapshot().tenant().organizationConfig();
    // THEN
    assertThat(config.ewsAllowedAppIds()).containsExactly("a", "b");
    assertThat(config.ewsEnabled()).isTrue();
  }

  @Test
  void withoutTheSwitchEwsAllowedAppIdsIsNotCollected() throws IOException {
    namedTenant();
    file("Get-OrganizationConfig.json", "{\"EwsEnabled\": true}");
    var config = Import.from(folder).snapshot().tenant().organizationConfig();
    assertThat(config.notCollected()).contains("ewsAllowedAppIds");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies",
        "https://graph.microsoft.com/beta/$metadata#identity/conditionalAccess/policies",
        "https://graph.microsoft.com/v1.0/$metadata#conditionalAccess/policies",
        "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies(id,displayName,state,conditions,grantControls)"
      })
  void graphFilesAreRecognisedByTheirContextWhateverTheirName(String context) throws IOException {
    namedTenant();
    file(
        "my-ca-export.json",
        "{\"@odata.context\": \""
            + context
            + "\", \"value\": [{\"id\": \"ca1\", \"displayName\": \"x\", \"state\": \"disabled\"}]}");
    var policies = Import.from(folder).snapshot().tenant().entra().conditionalAccessPolicies();
    assertThat(policies).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo("ca1"));
  }

  @Test
  void aSingleGraphEntityWithItsEntityContext() throws IOException {
    namedTenant();
    file(
        "graph.policies.identitySecurityDefaultsEnforcementPolicy.json",
        "{\"@odata.context\":"
            + " \"https://graph.microsoft.com/beta/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity\","
            + " \"isEnabled\": true}");
    assertThat(Import.from(folder).snapshot().tenant().entra().securityDefaultsEnabled()).isTrue();
  }

  @Test
  void anUnknownGraphResourceIsAProblemNamingTheKnownOnes() throws IOException {
    file(
        "graph.groups.json",
        "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#groups\", \"value\": []}");
    SnapshotException e = catchThrowableOfType(SnapshotException.class, () -> Import.from(folder));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .contains(
                        "graph.groups.json: at /@odata.context: Microsoft Graph resource 'groups'"
                            + " is not one mailready reads: expected one of [policies/authorizationpolicy"));
  }

  @Test
  void withoutATenantNameTheImportSaysWhereToSetIt() throws IOException {
    file("Get-CASMailbox.json", "[]");
    SnapshotException e = catchThrowableOfType(SnapshotException.class, () -> Import.from(folder));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .contains("no tenant name")
                    .contains("set tenant.name in a --merge file"));
  }

  @Test
  void aMergeFileMustBeASnapshot() throws IOException {
    namedTenant();
    file("ips.json", "{\"ip_addresses\": [\"1.2.3.4\"], \"updated_at\": 1}");
    SnapshotException e =
        catchThrowableOfType(
            SnapshotException.class,
            () -> Import.from(List.of(folder), List.of(folder.resolve("ips.json"))));
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("a --merge file must be a snapshot"));
  }

  @Test
  void aBadPartialSnapshotIsReportedWithLineAndColumn() throws IOException {
    namedTenant();
    file("platform.yaml", "schema: mailready/v1\nplatform:\n  profil: legacy\n");
    SnapshotException e = catchThrowableOfType(SnapshotException.class, () -> Import.from(folder));
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("platform.yaml:3:3: unknown property 'profil'"));
  }

  @Test
  void mergingOverAWholeSnapshotReportsTheConflicts() throws IOException {
    namedTenant();
    file(
        "Get-CASMailbox.json",
        "[{\"PrimarySmtpAddress\": \"a@contoso.com\", \"EwsEnabled\": true}]");
    var snapshot = Import.from(folder).snapshot();
    Path over = folder.resolveSibling("over.yaml");
    Files.writeString(
        over,
        "schema: mailready/v1\nmailboxes:\n  - address: A@contoso.com\n    casMailbox: { ewsEnabled: false }\n");
    Imported merged = Import.merge(snapshot, List.of(over));
    assertThat(merged.snapshot().mailboxes().get(0).casMailbox().ewsEnabled()).isFalse();
    assertThat(merged.summary().conflicts())
        .containsExactly(
            "mailboxes[A@contoso.com].casMailbox.ewsEnabled: imported 'true', "
                + over
                + " has 'false' (wins)");
  }
}
