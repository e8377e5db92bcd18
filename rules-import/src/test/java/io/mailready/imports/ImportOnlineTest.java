package io.mailready.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.AccessLevel;
import io.mailready.snapshot.AuthenticationPolicy;
import io.mailready.snapshot.ConditionalAccessPolicy;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.DeviceAccessState;
import io.mailready.snapshot.EwsApplicationAccessPolicy;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import io.mailready.snapshot.NamedLocationKind;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Tenant;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An Exchange Online folder: PowerShell (5.1 and 7), admin API and Graph exports. */
class ImportOnlineTest {
  static Imported imported;

  @BeforeAll
  static void importFolder() {
    imported = Import.from(Fixtures.folder("online"));
  }

  static Mailbox mailbox(String address) {
    return imported.snapshot().mailboxes().stream()
        .filter(mailbox -> mailbox.address().equals(address))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void derivesExchangeOnlineAndTheTenantNameFromTheDefaultDomain() {
    // GIVEN Get-EXO* cmdlets and no Exchange Server export
    Tenant tenant = imported.snapshot().tenant();
    // THEN
    assertThat(tenant.deployment()).isEqualTo(Deployment.EXCHANGE_ONLINE);
    assertThat(tenant.name()).isEqualTo("contoso.com");
    assertThat(imported.summary().deployment()).isEqualTo("exchange-online");
    assertThat(imported.summary().deploymentReason()).contains("Exchange Online");
    assertThat(tenant.notCollected()).containsExactly("appPasswordsAllowed");
  }

  @Test
  void readsUtf16OrganizationConfigAndEwsAllowedAppIdsFromOneCommaSeparatedString() {
    var config = imported.snapshot().tenant().organizationConfig();
    assertThat(config.ewsEnabled()).isFalse();
    assertThat(config.oauth2ClientProfileEnabled()).isTrue();
    assertThat(config.ewsAllowedAppIds())
        .containsExactly(
            "6f1e2c3d-0000-4000-8000-000000000001", "0c5a9e1b-7d42-4f8e-9b36-2a1f4c6d8e01");
    assertThat(config.notCollected()).isEmpty();
  }

  @Test
  void mailboxesJoinAcrossCmdletsAndGraph() {
    Mailbox alice = mailbox("alice@contoso.com");
    assertThat(alice.hostedIn()).isEqualTo(MailboxHost.EXCHANGE_ONLINE);
    assertThat(alice.proxyAddresses())
        .containsExactly("SMTP:alice@contoso.com", "smtp:a.smith@contoso.com");
    assertThat(alice.entraObjectId()).isEqualTo("11111111-1111-4111-8111-111111111111");
    assertThat(alice.authenticationPolicy()).isEqualTo("Block Basic");
    assertThat(alice.groupIds()).containsExactly("g-sales");
    assertThat(alice.directoryRoleTemplateIds())
        .containsExactly("29232cdf-9323-42fd-ade2-1d097af3e4de");
    assertThat(alice.casMailbox().ewsEnabled()).isNull();
    assertThat(alice.casMailbox().activeSyncEnabled()).isTrue();
    assertThat(alice.mobileDevices()).hasSize(1);
    assertThat(alice.mobileDevices().get(0).deviceAccessState())
        .isEqualTo(DeviceAccessState.QUARANTINED);
    assertThat(alice.notCollected())
        .containsExactlyInAnyOrder(
            "signInAddress",
            "loginUsername",
            "authMethod",
            "mfaRequired",
            "usesAppPassword",
            "serverSettingsProvided",
            "ad");
  }

  @Test
  void singleValuesAreOneElementListsAndAnEmptyFileIsCollectedNone() {
    Mailbox bob = mailbox("bob@contoso.com");
    assertThat(bob.proxyAddresses()).containsExactly("SMTP:bob@contoso.com");
    assertThat(bob.casMailbox().ewsApplicationAccessPolicy())
        .isEqualTo(EwsApplicationAccessPolicy.ENFORCE_BLOCK_LIST);
    assertThat(bob.casMailbox().ewsBlockList()).containsExactly("Nylas*");
    assertThat(bob.casMailbox().activeSyncAllowedDeviceIds()).containsExactly("NYLAS8F2C");
    assertThat(bob.mobileDevices()).isEmpty();
    assertThat(bob.collected("mobileDevices")).isTrue();
    // no group memberships were exported for bob
    assertThat(bob.groupIds()).isNull();
    assertThat(bob.notCollected()).contains("directoryRoleTemplateIds");
  }

  @Test
  void aPropertyAbsentFromTheExportIsNotCollected() {
    Mailbox sales = mailbox("sales@contoso.com");
    assertThat(sales.casMailbox().notCollected())
        .containsExactly(
            "ewsAllowList",
            "ewsBlockList",
            "activeSyncAllowedDeviceIds",
            "activeSyncBlockedDeviceIds");
    assertThat(sales.entraObjectId()).isNull();
    assertThat(sales.mobileDevices()).isNull();
  }

  @Test
  void recipientsThatAreNotMailboxesAndUsersWithoutOneAreLeftOut() {
    assertThat(imported.snapshot().mailboxes())
        .extracting(Mailbox::address)
        .containsExactly("alice@contoso.com", "bob@contoso.com", "sales@contoso.com");
    assertThat(imported.summary().notes())
        .anySatisfy(note -> assertThat(note).contains("Get-User.json: 1 users matched no mailbox"));
  }

  @Test
  void organisationSettings() {
    Tenant tenant = imported.snapshot().tenant();
    assertThat(tenant.activeSyncOrganizationSettings().defaultAccessLevel())
        .isEqualTo(AccessLevel.ALLOW);
    assertThat(tenant.activeSyncDeviceAccessRules()).isEmpty();
    assertThat(tenant.mobileDeviceMailboxPolicies()).hasSize(1);
    assertThat(tenant.authenticationPolicies().get(0).allowBasicAuthWebServices()).isFalse();
    // Exchange Online has no Block* switches (Set-AuthenticationPolicy: on-premises only): they
    // are unset there, so neither "not collected" nor read from the export
    AuthenticationPolicy policy = tenant.authenticationPolicies().get(0);
    assertThat(policy.notCollected())
        .noneMatch(field -> field.startsWith("block"))
        .doesNotContain("allowBasicAuthWebServices");
    assertThat(policy.blockLegacyAuthWebServices()).isNull();
    assertThat(policy.blockModernAuthWebServices()).isNull();
    assertThat(tenant.connectionFilterPolicy().ipAllowList())
        .containsExactly(IpRange.parse("34.67.39.103"), IpRange.parse("192.0.2.0/30"));
    assertThat(tenant.domains()).hasSize(2);
    assertThat(tenant.domains().get(0).notCollected()).containsExactly("autodiscover");
  }

  @Test
  void conditionalAccessConditionsTheFormatCannotHoldAreNamed() {
    List<ConditionalAccessPolicy> policies =
        imported.snapshot().tenant().entra().conditionalAccessPolicies();
    ConditionalAccessPolicy legacy = policies.get(0);
    assertThat(legacy.excludeGroups()).containsExactly("g-breakglass");
    assertThat(legacy.includeLocations()).isEmpty();
    assertThat(legacy.otherConditions()).isEmpty();
    assertThat(legacy.notCollected()).isEmpty();
    ConditionalAccessPolicy risky = policies.get(1);
    assertThat(risky.otherConditions()).containsExactly("insiderRiskLevels");
    assertThat(risky.includeGuestsOrExternalUsers()).isTrue();
    assertThat(risky.authenticationFlows())
        .containsExactly("deviceCodeFlow", "authenticationTransfer");
    assertThat(risky.deviceFilter()).isEqualTo("device.isCompliant -eq True");
    assertThat(risky.includePlatforms()).containsExactly("android", "iOS");
  }

  @Test
  void entraSection() {
    var entra = imported.snapshot().tenant().entra();
    assertThat(entra.securityDefaultsEnabled()).isFalse();
    assertThat(entra.permissionGrantPoliciesAssigned())
        .containsExactly("ManagePermissionGrantsForSelf.microsoft-user-default-legacy");
    assertThat(entra.namedLocations().get(1).kind()).isEqualTo(NamedLocationKind.COUNTRY);
    assertThat(entra.oauth2PermissionGrants().get(0).clientId()).isEqualTo("sp-app");
    assertThat(entra.lowImpactPermissions()).containsExactly("User.Read");
    assertThat(entra.notCollected()).containsExactly("adminConsentRequestPolicy");
  }

  @Test
  void platformIpListAndWhatStaysNotCollected() {
    Snapshot snapshot = imported.snapshot();
    assertThat(snapshot.platform().ipAddresses().updatedAt())
        .isEqualTo(Instant.ofEpochSecond(1738368000));
    assertThat(imported.summary().notCollected())
        .contains(
            "tenant.network",
            "tenant.ipAllowlist",
            "tenant.appPasswordsAllowed",
            "tenant.entra.adminConsentRequestPolicy",
            "mailboxes[].authMethod (3 of 3)",
            "platform.azureApp");
  }

  @Test
  void theSummarySaysWhatEachFileGaveAndWhatWasDropped() {
    assertThat(imported.summary().files())
        .anySatisfy(
            file -> {
              assertThat(file.file()).endsWith("Get-EXOCasMailbox.json");
              assertThat(file.sections()).contains("mailboxes[].casMailbox");
            });
    assertThat(imported.summary().dropped())
        .anySatisfy(
            drop -> {
              assertThat(drop.source()).isEqualTo("Get-EXOCasMailbox");
              assertThat(drop.names()).containsExactly("OWAEnabled");
              assertThat(drop.count()).isEqualTo(1);
            });
  }
}
