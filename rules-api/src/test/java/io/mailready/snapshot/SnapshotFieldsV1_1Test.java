package io.mailready.snapshot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields added to format v1 for real tenants: read, defaulted, and {@code notCollected}. */
class SnapshotFieldsV1_1Test {

  @Test
  void readsTheConditionalAccessConditionsAndTheNewMailboxAndPlatformFields() {
    // GIVEN a snapshot with every added field
    String yaml =
        """
        schema: mailready/v1
        platform: { easDeviceType: iPhone }
        tenant:
          name: contoso.com
          authenticationPolicies:
            - { name: No modern EWS, BlockModernAuthWebServices: true, blockModernAuthActiveSync: false }
          entra:
            lowImpactPermissions: [User.Read, offline_access]
            conditionalAccessPolicies:
              - id: ca-risk
                state: enabled
                includeUsers: [All]
                includeGroups: [g1]
                excludeRoles: [62e90394-69f5-4237-9190-012177145e10]
                includeGuestsOrExternalUsers: true
                userRiskLevels: [high]
                signInRiskLevels: high
                authenticationFlows: [deviceCodeFlow]
                clientApplications: [sp-1]
                includePlatforms: [android]
                deviceFilter: device.isCompliant -eq True
            namedLocations:
              - { id: nl-country, displayName: Blocked countries, kind: country }
              - { id: nl-ip, ipRanges: [10.0.0.0/8] }
        mailboxes:
          - address: alice@contoso.com
            entraObjectId: 1f0c6a57-0000-4000-8000-00000000a11c
            groupIds: []
        """;

    // WHEN it is read
    Snapshot snapshot = read(yaml);

    // THEN every field has its value, and absent ones their documented default
    Entra entra = snapshot.tenant().entra();
    assertThat(entra.lowImpactPermissions()).containsExactly("User.Read", "offline_access");
    ConditionalAccessPolicy policy = entra.conditionalAccessPolicies().get(0);
    assertThat(policy.includeGroups()).containsExactly("g1");
    assertThat(policy.excludeGroups()).isEmpty();
    assertThat(policy.excludeRoles()).containsExactly("62e90394-69f5-4237-9190-012177145e10");
    assertThat(policy.includeGuestsOrExternalUsers()).isTrue();
    assertThat(policy.userRiskLevels()).containsExactly("high");
    assertThat(policy.signInRiskLevels()).containsExactly("high");
    assertThat(policy.authenticationFlows()).containsExactly("deviceCodeFlow");
    assertThat(policy.clientApplications()).containsExactly("sp-1");
    assertThat(policy.includePlatforms()).containsExactly("android");
    assertThat(policy.deviceFilter()).isEqualTo("device.isCompliant -eq True");
    assertThat(entra.namedLocations())
        .extracting(NamedLocation::kind)
        .containsExactly(NamedLocationKind.COUNTRY, NamedLocationKind.IP);
    AuthenticationPolicy auth = snapshot.tenant().authenticationPolicies().get(0);
    assertThat(auth.blockModernAuthWebServices()).isTrue();
    assertThat(auth.blockModernAuthActiveSync()).isFalse();
    assertThat(auth.blockModernAuthImap()).isNull();
    assertThat(snapshot.platform().easDeviceType()).isEqualTo("iPhone");
    Mailbox alice = snapshot.mailboxes().get(0);
    assertThat(alice.entraObjectId()).isEqualTo("1f0c6a57-0000-4000-8000-00000000a11c");
    assertThat(alice.groupIds()).as("collected, none").isEmpty();
  }

  @Test
  void absentNewFieldsMeanNotCollectedOrUnset() {
    // GIVEN a v1 snapshot without any added field
    Snapshot snapshot =
        read(
            """
            schema: mailready/v1
            platform: {}
            tenant: { name: contoso.com, entra: {} }
            mailboxes: [ { address: bob@contoso.com } ]
            """);

    // THEN lists that say "not collected" are null, and nothing is marked not collected
    assertThat(snapshot.tenant().entra().lowImpactPermissions()).isNull();
    assertThat(snapshot.mailboxes().get(0).groupIds()).isNull();
    assertThat(snapshot.mailboxes().get(0).entraObjectId()).isNull();
    assertThat(snapshot.platform().easDeviceType()).isNull();
    assertThat(snapshot.tenant().notCollected()).isEmpty();
    assertThat(snapshot.tenant().entra().collected("securityDefaultsEnabled")).isTrue();
  }

  @Test
  void notCollectedNamesFieldsOfItsSectionCaseInsensitively() {
    // GIVEN an organizationConfig exported without its Ews* properties, keys as PowerShell spells
    // them
    Snapshot snapshot =
        read(
            """
            schema: mailready/v1
            platform: {}
            tenant:
              name: contoso.com
              organizationConfig:
                oauth2ClientProfileEnabled: true
                notCollected: [EwsEnabled, ewsApplicationAccessPolicy, EWSAllowedAppIds, ewsEnabled]
            mailboxes:
              - { address: bob@contoso.com, casMailbox: { activeSyncEnabled: true, notCollected: ewsEnabled } }
            """);

    // THEN the names are the model's spelling, once each, and collected() reads them
    OrganizationConfig config = snapshot.tenant().organizationConfig();
    assertThat(config.notCollected())
        .containsExactly("ewsEnabled", "ewsApplicationAccessPolicy", "ewsAllowedAppIds");
    assertThat(config.collected("ewsEnabled")).isFalse();
    assertThat(config.collected("oauth2ClientProfileEnabled")).isTrue();
    assertThat(config.anyNotCollected("ewsBlockList", "ewsAllowedAppIds")).isTrue();
    assertThat(snapshot.mailboxes().get(0).casMailbox().notCollected())
        .containsExactly("ewsEnabled");
  }

  @Test
  void notCollectedWithANameThatIsNoFieldIsAProblemAtItsPosition() {
    // GIVEN a misspelt field name in notCollected
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant:
          name: contoso.com
          network: { notCollected: [requiresCorpNetwork, ewsReachable] }
        """;

    // WHEN it is read
    SnapshotException e =
        catchThrowableOfType(
            SnapshotException.class,
            () -> Snapshots.read(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "t.yaml"));

    // THEN the problem has line and column, the value, and the fields that exist there
    assertThat(e.problems())
        .containsExactly(
            "t.yaml:5:50: tenant.network.notCollected[1] must name a field of this section"
                + " (requiresCorpNetwork, ewsExternallyReachable, easExternallyReachable) but was"
                + " 'ewsReachable'");
  }

  @Test
  void thePlatformProfileCannotBeNotCollected() {
    // GIVEN a platform section that lists its profile as not collected
    String yaml =
        """
        schema: mailready/v1
        platform: { notCollected: [Profile] }
        tenant: { name: contoso.com }
        """;

    // WHEN it is read
    SnapshotException e =
        catchThrowableOfType(
            SnapshotException.class,
            () -> Snapshots.read(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "t.yaml"));

    // THEN it is refused at its position, saying what to do
    assertThat(e.problems())
        .containsExactly(
            "t.yaml:2:28: platform.profile cannot be not collected: it decides which protocols"
                + " every mailbox is checked for; set it to legacy or graph (the default is"
                + " legacy)");
    assertThatThrownBy(
            () ->
                new Platform(
                    null, null, null, null, null, null, null, null, null, null, List.of("profile")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("platform.profile cannot be not collected");
  }

  @Test
  void javaCallersGetTheSameCheck() {
    assertThatThrownBy(() -> new Network(null, null, null, List.of("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'nope' is not a field of Network (known: requiresCorpNetwork,"
                + " ewsExternallyReachable, easExternallyReachable)");
    assertThat(new Network(null, null, null).notCollected()).isEmpty();
  }

  private static Snapshot read(String yaml) {
    return Snapshots.read(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "tenant.yaml");
  }
}
