package io.mailready.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Tenant;
import org.junit.jupiter.api.Test;

/** CISA ScubaGear's ProviderSettingsExport.json. */
class ImportScubaGearTest {
  @Test
  void readsEntraAndExchangeOnlinePartsAndMarksTheMissingEwsPropertiesNotCollected() {
    // GIVEN a ScubaGear export (org_config has Name, DisplayName and AuditDisabled only)
    Imported imported = Import.from(Fixtures.folder("scubagear"));
    Tenant tenant = imported.snapshot().tenant();
    // THEN the tenant is named after the organisation and runs in Exchange Online
    assertThat(tenant.name()).isEqualTo("contoso.onmicrosoft.com");
    assertThat(tenant.deployment()).isEqualTo(Deployment.EXCHANGE_ONLINE);
    // AND no Ews* value is defaulted
    assertThat(tenant.organizationConfig().notCollected())
        .containsExactly(
            "ewsEnabled",
            "oauth2ClientProfileEnabled",
            "ewsApplicationAccessPolicy",
            "ewsAllowList",
            "ewsBlockList",
            "ewsAllowedAppIds",
            "defaultAuthenticationPolicy");
    // AND the PascalCase Graph SDK objects are read
    assertThat(tenant.entra().conditionalAccessPolicies().get(0).clientAppTypes())
        .containsExactly("exchangeActiveSync", "other");
    assertThat(tenant.entra().conditionalAccessPolicies().get(0).builtInControls())
        .containsExactly("block");
    assertThat(tenant.entra().permissionGrantPoliciesAssigned())
        .containsExactly("ManagePermissionGrantsForSelf.microsoft-user-default-low");
    assertThat(tenant.connectionFilterPolicy().ipBlockList())
        .containsExactly(IpRange.parse("203.0.113.9"));
    assertThat(tenant.entra().notCollected())
        .contains("securityDefaultsEnabled", "servicePrincipals", "oauth2PermissionGrants");
    // AND the sections it does not read (with depth artefacts) are dropped, not errors
    assertThat(imported.summary().dropped())
        .anySatisfy(
            drop -> assertThat(drop.names()).contains("privileged_users", "tenant_details"));
    assertThat(imported.snapshot().mailboxes()).isNull();
    assertThat(imported.summary().notCollected()).contains("mailboxes");
  }
}
