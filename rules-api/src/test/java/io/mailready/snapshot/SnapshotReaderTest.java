package io.mailready.snapshot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading valid snapshots: values, spellings and the null / empty distinction of snapshot.md. */
class SnapshotReaderTest {

  @Test
  void readsEverySectionOfTheFullExample() {
    // GIVEN the examples of snapshot.md in one file
    // WHEN it is read
    Snapshot snapshot = readResource("full.yaml");

    // THEN deep values, enums, addresses and dates are the ones written
    assertThat(snapshot.schema()).isEqualTo("mailready/v1");
    assertThat(snapshot.evaluatedAt()).isEqualTo(LocalDate.of(2025, 6, 1));

    Platform platform = snapshot.platform();
    assertThat(platform.name()).isEqualTo("Nylas");
    assertThat(platform.profile()).isEqualTo(Profile.LEGACY);
    assertThat(platform.requiredFeatures())
        .containsExactly(Feature.EMAIL, Feature.CALENDAR, Feature.CONTACTS);
    assertThat(platform.azureApp().verifiedPublisherId()).isNull();
    assertThat(platform.azureApp().requiredResourceAccess())
        .containsExactly(
            new RequiredResourceAccess(
                "00000002-0000-0ff1-ce00-000000000000",
                List.of(
                    new ResourceAccess(
                        "3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5", PermissionType.SCOPE),
                    new ResourceAccess(
                        "266d2589-20b5-4f91-9a03-89247d1be8da", PermissionType.SCOPE))));
    assertThat(platform.ipAddresses().ipAddresses())
        .containsExactly(IpRange.parse("34.67.39.103"), IpRange.parse("35.188.63.45"));
    assertThat(platform.ipAddresses().updatedAt()).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));

    Tenant tenant = snapshot.tenant();
    assertThat(tenant.name()).isEqualTo("contoso.com");
    assertThat(tenant.deployment()).isEqualTo(Deployment.EXCHANGE_ONLINE);
    assertThat(tenant.exchangeServerVersion()).isEqualTo(ExchangeServerVersion.V2019);
    assertThat(tenant.network()).isEqualTo(new Network(false, null, null));
    assertThat(tenant.ipAllowlist())
        .isEqualTo(
            new IpAllowlist(
                LocalDate.of(2025, 2, 15),
                List.of(
                    new IpAllowlistEntry(
                        IpRange.parse("34.67.39.0/24"), AllowlistPurpose.PLATFORM))));
    assertThat(tenant.domains())
        .containsExactly(
            new Domain(
                "contoso.com",
                new Autodiscover("autodiscover.outlook.com", List.of(), null, false)));
    assertThat(tenant.organizationConfig().ewsEnabled()).isNull();
    assertThat(tenant.organizationConfig().oauth2ClientProfileEnabled()).isTrue();
    assertThat(tenant.activeSyncDeviceAccessRules())
        .containsExactly(
            new ActiveSyncDeviceAccessRule(
                "iPhone quarantine",
                DeviceCharacteristic.DEVICE_TYPE,
                "iPhone",
                AccessLevel.QUARANTINE));
    assertThat(tenant.virtualDirectories().ews())
        .containsExactly(
            new EwsVirtualDirectory(
                "EX01", "https://ex01.corp/EWS/Exchange.asmx", null, true, false));
    assertThat(tenant.entra().oauth2PermissionGrants())
        .containsExactly(
            new OAuth2PermissionGrant(
                "sp-app",
                ConsentType.ALL_PRINCIPALS,
                null,
                "sp-exo",
                "EWS.AccessAsUser.All EAS.AccessAsUser.All"));
    assertThat(tenant.entra().conditionalAccessPolicies().get(0).state())
        .isEqualTo(ConditionalAccessState.ENABLED);
    assertThat(tenant.entra().namedLocations().get(0).ipRanges())
        .containsExactly(IpRange.parse("34.67.39.0/24"));

    Mailbox alice = snapshot.mailboxes().get(0);
    assertThat(alice.address()).isEqualTo("alice@contoso.com");
    assertThat(alice.proxyAddresses())
        .containsExactly("SMTP:alice@contoso.com", "smtp:a.smith@contoso.com");
    assertThat(alice.hostedIn()).isEqualTo(MailboxHost.EXCHANGE_ONLINE);
    assertThat(alice.mobileDevices())
        .containsExactly(
            new MobileDevice(
                "ABC123",
                "python-EAS-Client 1.0",
                "EAS",
                null,
                DeviceAccessState.QUARANTINED,
                "Global"));
  }

  @Test
  void readsPowerShellStyleKeysEnumsAndSingleValuesAsLists() {
    // GIVEN a mailbox written with capitalised keys, constant-name enums, single values for lists
    // and an empty string (carol in full.yaml)
    // WHEN it is read
    Mailbox carol = readResource("full.yaml").mailboxes().get(1);

    // THEN keys and enums match case-insensitively, a single value is a one-element list, and the
    // empty string is unset
    assertThat(carol.address()).isEqualTo("carol@contoso.com");
    assertThat(carol.hostedIn()).isEqualTo(MailboxHost.EXCHANGE_ONLINE);
    assertThat(carol.authMethod()).isEqualTo(AuthMethod.BASIC);
    assertThat(carol.proxyAddresses()).containsExactly("SMTP:carol@contoso.com");
    assertThat(carol.loginUsername()).isNull();
    assertThat(carol.ad()).isEqualTo(new ActiveDirectoryAccount(1, List.of("Domain Admins")));
    assertThat(carol.casMailbox().ewsEnabled()).isFalse();
    assertThat(carol.casMailbox().activeSyncEnabled()).isTrue();
    assertThat(carol.casMailbox().ewsApplicationAccessPolicy())
        .isEqualTo(EwsApplicationAccessPolicy.ENFORCE_ALLOW_LIST);
    assertThat(carol.casMailbox().ewsAllowList()).containsExactly("Outlook*");
  }

  @Test
  void keepsAnAbsentSectionNullAndACollectedEmptyListEmpty() {
    // GIVEN alice with mobileDevices and an empty autodiscover A list, carol without mobileDevices
    // WHEN the snapshot is read
    Snapshot snapshot = readResource("full.yaml");

    // THEN the absent section stays null ("not collected") and the empty list stays empty
    assertThat(snapshot.mailboxes().get(1).mobileDevices()).isNull();
    assertThat(snapshot.mailboxes().get(0).mobileDevices()).hasSize(1);
    assertThat(snapshot.tenant().domains().get(0).autodiscover().a()).isEmpty();
    assertThat(snapshot.tenant().organizationConfig().ewsAllowList()).isEmpty();
  }

  @Test
  void readsTheSameContentAsJsonIdentically() {
    // GIVEN full.yaml converted to JSON (indented with tabs, which YAML does not allow)
    // WHEN both are read
    Snapshot fromYaml = readResource("full.yaml");
    Snapshot fromJson = readResource("full.json");

    // THEN the snapshots are equal
    assertThat(fromJson).isEqualTo(fromYaml);
  }

  @Test
  void readsJsonThatIsNotYaml() {
    // GIVEN JSON with tabs between tokens and escapes YAML 1.1 lacks (\/ as PHP writes URLs)
    String json =
        "{\t\"schema\": \"mailready/v1\",\n\t\"platform\": {\"ewsUserAgent\": \"a\\/b\\u00e9\"},"
            + "\n\t\"tenant\": {\"name\": \"contoso.com\"}\n}";

    // WHEN it is read
    Snapshot snapshot = read(json);

    // THEN the escapes are decoded
    assertThat(snapshot.platform().ewsUserAgent()).isEqualTo("a/b\u00e9");
  }

  @Test
  void readsAMinimalSnapshotWithAbsentSectionsAsNull() {
    // GIVEN only the required properties
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant: { name: contoso.com }
        """;

    // WHEN it is read
    Snapshot snapshot = read(yaml);

    // THEN everything else is null (not collected)
    assertThat(snapshot.evaluatedAt()).isNull();
    assertThat(snapshot.mailboxes()).isNull();
    assertThat(snapshot.platform().requiredFeatures()).isNull();
    assertThat(snapshot.tenant().domains()).isNull();
    assertThat(snapshot.tenant().organizationConfig()).isNull();
  }

  @Test
  void readsTheExchangeServerVersionAsANumberOrAString() {
    // GIVEN the version written as a YAML integer
    // WHEN it is read
    // THEN it is the same value as the quoted label, and the constant name works too
    assertThat(readTenant("exchangeServerVersion: 2019").exchangeServerVersion())
        .isEqualTo(ExchangeServerVersion.V2019);
    assertThat(readTenant("exchangeServerVersion: \"2019\"").exchangeServerVersion())
        .isEqualTo(ExchangeServerVersion.V2019);
    assertThat(readTenant("exchangeServerVersion: se").exchangeServerVersion())
        .isEqualTo(ExchangeServerVersion.SE);
  }

  @Test
  void readsEnumLabelsInAnyCase() {
    // GIVEN enum values in label, lower-case and constant-name spellings
    // WHEN they are read
    // THEN each is the constant
    assertThat(readTenant("deployment: Exchange-Server").deployment())
        .isEqualTo(Deployment.EXCHANGE_SERVER);
    assertThat(readTenant("deployment: HYBRID").deployment()).isEqualTo(Deployment.HYBRID);
    assertThat(
            readTenant("organizationConfig: { ewsApplicationAccessPolicy: enforceblocklist }")
                .organizationConfig()
                .ewsApplicationAccessPolicy())
        .isEqualTo(EwsApplicationAccessPolicy.ENFORCE_BLOCK_LIST);
  }

  @Test
  void convertsADateTimeToItsUtcDate() {
    // GIVEN evaluatedAt as a date-time two hours west of UTC, late in the evening
    String yaml =
        """
        schema: mailready/v1
        evaluatedAt: 2025-06-01T23:30:00-02:00
        platform: {}
        tenant: { name: contoso.com, ipAllowlist: { reviewedAt: "2025-02-15T10:00:00Z" } }
        """;

    // WHEN it is read
    Snapshot snapshot = read(yaml);

    // THEN the date is the UTC date: the next day
    assertThat(snapshot.evaluatedAt()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(snapshot.tenant().ipAllowlist().reviewedAt()).isEqualTo(LocalDate.of(2025, 2, 15));
  }

  @Test
  void readsUpdatedAtAsEpochSecondsOrAnIsoDateTime() {
    // GIVEN updated_at as epoch seconds and as an ISO date-time
    // WHEN they are read
    // THEN both are the instant meant
    assertThat(readPlatform("ipAddresses: { updated_at: 1738368000 }").ipAddresses().updatedAt())
        .isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
    assertThat(
            readPlatform("ipAddresses: { updated_at: 2025-02-01T01:00:00+01:00 }")
                .ipAddresses()
                .updatedAt())
        .isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
  }

  @Test
  void trimsStringsAndReadsBlankStringsAsUnset() {
    // GIVEN strings with surrounding spaces, an empty one and a blank one
    String yaml =
        """
        schema: " mailready/v1 "
        platform: { name: "  Nylas  ", ewsUserAgent: "", easDeviceId: "   " }
        tenant: { name: contoso.com }
        """;

    // WHEN they are read
    Platform platform = read(yaml).platform();

    // THEN values are trimmed and the blank ones are null
    assertThat(platform.name()).isEqualTo("Nylas");
    assertThat(platform.ewsUserAgent()).isNull();
    assertThat(platform.easDeviceId()).isNull();
  }

  @Test
  void readsIpv6AndBareAddressesAsRanges() {
    // GIVEN an IPv6 CIDR and a bare IPv4 address where a list of ranges is expected
    // WHEN they are read
    Platform platform = readPlatform("ipAddresses: { ip_addresses: [2001:db8::/32, 10.0.0.1] }");

    // THEN both are ranges, the bare address a /32
    assertThat(platform.ipAddresses().ipAddresses())
        .containsExactly(IpRange.parse("2001:db8::/32"), IpRange.parse("10.0.0.1/32"));
  }

  @Test
  void readsAFileWithAUtf8ByteOrderMark() {
    // GIVEN a snapshot saved with a UTF-8 byte order mark (as Windows editors do)
    byte[] body =
        "schema: mailready/v1\nplatform: {}\ntenant: { name: contoso.com }\n".getBytes(UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    // WHEN it is read
    Snapshot snapshot = Snapshots.read(new ByteArrayInputStream(bytes), "tenant.yaml");

    // THEN the mark is not part of the first key
    assertThat(snapshot.schema()).isEqualTo("mailready/v1");
  }

  private static Snapshot readResource(String name) {
    InputStream in = SnapshotReaderTest.class.getResourceAsStream("/snapshots/" + name);
    assertThat(in).as("test resource %s", name).isNotNull();
    return Snapshots.read(in, name);
  }

  static Snapshot read(String yaml) {
    return Snapshots.read(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "tenant.yaml");
  }

  private static Tenant readTenant(String properties) {
    return read("schema: mailready/v1\nplatform: {}\ntenant:\n  name: contoso.com\n  "
            + properties
            + "\n")
        .tenant();
  }

  private static Platform readPlatform(String properties) {
    return read("schema: mailready/v1\nplatform:\n  "
            + properties
            + "\ntenant: { name: contoso.com }\n")
        .platform();
  }
}
