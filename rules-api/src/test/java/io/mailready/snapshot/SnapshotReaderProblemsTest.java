package io.mailready.snapshot;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots that cannot be read: every problem, with file, line, column, path, value, expected. */
class SnapshotReaderProblemsTest {

  @Test
  void reportsAnUnknownPropertyWithTheKnownOnes() {
    // GIVEN a misspelt key in organizationConfig
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant:
          name: contoso.com
          organizationConfig:
            ewsEnabeld: true
        """;

    // WHEN it is read
    // THEN the problem names the key, where it is, and the keys that exist there
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:6:5: unknown property 'ewsEnabeld' at tenant.organizationConfig (known:"
                + " ewsEnabled, oauth2ClientProfileEnabled, ewsApplicationAccessPolicy,"
                + " ewsAllowList, ewsBlockList, ewsAllowedAppIds, defaultAuthenticationPolicy, notCollected)");
  }

  @Test
  void reportsAnUnknownTopLevelProperty() {
    // GIVEN a key the top level does not have
    String yaml =
        "schema: mailready/v1\nplatform: {}\ntenant: { name: contoso.com }\nmailbox: []\n";

    // WHEN it is read
    // THEN the problem says it is at the top level
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:4:1: unknown property 'mailbox' at the top level (known: schema,"
                + " evaluatedAt, platform, tenant, mailboxes)");
  }

  @Test
  void reportsAWrongEnumValueWithTheAllowedLabels() {
    // GIVEN a deployment that is not one of the three
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant:
          name: contoso.com
          deployment: exchange
        """;

    // WHEN it is read
    // THEN the problem lists the labels
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:5:15: tenant.deployment must be one of [exchange-online,"
                + " exchange-server, hybrid] but was 'exchange'");
  }

  @Test
  void reportsABadIpAddressWithItsListIndex() {
    // GIVEN an IPv4 address with an octet above 255, third in the list
    String yaml =
        """
        schema: mailready/v1
        platform:
          ipAddresses:
            ip_addresses: [34.67.39.103, 35.188.63.45, 34.67.39.300]
        tenant: { name: contoso.com }
        """;

    // WHEN it is read
    // THEN the problem names the entry (0-based index) and the value
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:4:48: 'platform.ipAddresses.ip_addresses[2]' is not an IP address or"
                + " CIDR: '34.67.39.300'");
  }

  @Test
  void reportsABadDate() {
    // GIVEN a date with month 13
    String yaml =
        """
        schema: mailready/v1
        evaluatedAt: 2025-13-01
        platform: {}
        tenant: { name: contoso.com }
        """;

    // WHEN it is read
    // THEN the problem shows the expected form
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:2:14: evaluatedAt must be an ISO-8601 date such as 2025-06-01 but was"
                + " '2025-13-01'");
  }

  @Test
  void reportsAMappingOrYesWhereABooleanIsExpected() {
    // GIVEN a mapping and a quoted "yes" where true or false is expected
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant: { name: contoso.com }
        mailboxes:
          - address: carol@contoso.com
            casMailbox:
              ewsEnabled: { value: false }
              activeSyncEnabled: "yes"
        """;

    // WHEN it is read
    // THEN both are reported, the mailbox named by its address
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:7:19: mailboxes[carol@contoso.com].casMailbox.ewsEnabled must be true or"
                + " false but was a mapping",
            "tenant.yaml:8:26: mailboxes[carol@contoso.com].casMailbox.activeSyncEnabled must be"
                + " true or false but was 'yes'");
  }

  @Test
  void reportsAListWhereAStringIsExpected() {
    // GIVEN a list where the tenant name is expected
    String yaml = "schema: mailready/v1\nplatform: {}\ntenant: { name: [a, b] }\n";

    // WHEN it is read
    // THEN the type problem is reported, not a missing name as well
    assertThat(problemsOf(yaml))
        .containsExactly("tenant.yaml:3:17: tenant.name must be a string but was a list");
  }

  @Test
  void reportsADuplicatePropertyAlsoWhenOnlyItsCaseDiffers() {
    // GIVEN name three times in tenant, once with another case
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant:
          name: contoso.com
          Name: fabrikam.com
          name: contoso.com
        """;

    // WHEN it is read
    // THEN each repeat is reported with the line of the first
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:5:3: duplicate property 'Name' at tenant (first at line 4 as 'name';"
                + " keys are case-insensitive)",
            "tenant.yaml:6:3: duplicate property 'name' at tenant (first at line 4)");
  }

  @Test
  void reportsADuplicateMailboxAddressIgnoringCase() {
    // GIVEN two mailboxes with the same address in another case
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant: { name: contoso.com }
        mailboxes:
          - address: alice@contoso.com
          - address: Alice@Contoso.com
        """;

    // WHEN it is read
    // THEN the second is reported, with the line of the first
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:6:14: duplicate mailbox address 'Alice@Contoso.com' (first at line 5)");
  }

  @Test
  void reportsAMissingMailboxAddressAtItsIndex() {
    // GIVEN a mailbox without an address
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant: { name: contoso.com }
        mailboxes:
          - address: alice@contoso.com
          - hostedIn: exchange-online
        """;

    // WHEN it is read
    // THEN the mailbox is named by its index
    assertThat(problemsOf(yaml))
        .containsExactly("tenant.yaml:6:5: missing required property 'address' at mailboxes[1]");
  }

  @Test
  void reportsANullEntryInAList() {
    // GIVEN a proxy address list with a null and an empty entry
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant: { name: contoso.com }
        mailboxes:
          - address: alice@contoso.com
            proxyAddresses: ["SMTP:alice@contoso.com", null, ""]
        """;

    // WHEN it is read
    // THEN both entries are reported
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:6:48: mailboxes[alice@contoso.com].proxyAddresses[1] must be a string but"
                + " was null",
            "tenant.yaml:6:54: mailboxes[alice@contoso.com].proxyAddresses[2] must be a string but"
                + " was ''");
  }

  @Test
  void reportsAYamlSyntaxErrorWithoutSnakeYamlsSnippet() {
    // GIVEN a key indented under a scalar value
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant:
          name: contoso.com
           deployment: hybrid
        """;

    // WHEN it is read
    // THEN the parser's problem is reported at its position, on one line
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:5:14: yaml syntax error: mapping values are not allowed here");
  }

  @Test
  void reportsAJsonSyntaxError() {
    // GIVEN JSON with a missing comma
    String json =
        """
        {"schema": "mailready/v1",
         "platform": {}
         "tenant": {"name": "contoso.com"}}
        """;

    // WHEN it is read
    // THEN Jackson's problem is reported at its position, on one line
    assertThat(problemsOf(json))
        .containsExactly(
            "tenant.yaml:3:2: json syntax error: unexpected character ('\"' (code 34)): was"
                + " expecting comma to separate Object entries");
  }

  @Test
  void reportsAProblemInJsonAtItsLineAndColumn() {
    // GIVEN JSON with a wrong enum value on its third line
    String json =
        """
        {"schema": "mailready/v1",
         "platform": {},
         "tenant": {"name": "contoso.com", "deployment": "cloud"}}
        """;

    // WHEN it is read
    // THEN the problem points at the value
    assertThat(problemsOf(json))
        .containsExactly(
            "tenant.yaml:3:50: tenant.deployment must be one of [exchange-online,"
                + " exchange-server, hybrid] but was 'cloud'");
  }

  @Test
  void reportsATabIndentation() {
    // GIVEN YAML indented with a tab
    String yaml = "schema: mailready/v1\nplatform: {}\ntenant:\n\tname: contoso.com\n";

    // WHEN it is read
    // THEN the problem says what to do
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:4:1: yaml syntax error: a tab cannot start a token: indent with spaces");
  }

  @Test
  void reportsASecondDocument() {
    // GIVEN two YAML documents in one file
    String yaml = "schema: mailready/v1\n---\nschema: mailready/v1\n";

    // WHEN it is read
    // THEN the second document is reported
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:2:1: yaml syntax error: expected a single document in the stream but"
                + " found another document");
  }

  @Test
  void reportsAnEmptyFile() {
    // GIVEN an empty file and a file with only a comment
    // WHEN they are read
    // THEN both are an empty snapshot
    assertThat(problemsOf(""))
        .containsExactly(
            "tenant.yaml:1:1: empty snapshot: expected a mapping with schema, platform, tenant");
    assertThat(problemsOf("# nothing yet\n"))
        .containsExactly(
            "tenant.yaml:1:1: empty snapshot: expected a mapping with schema, platform, tenant");
  }

  @Test
  void reportsADocumentThatIsNotAMapping() {
    // GIVEN a text file that is a YAML scalar
    // WHEN it is read
    // THEN the problem says what a snapshot is
    assertThat(problemsOf("hello world\n"))
        .containsExactly(
            "tenant.yaml:1:1: snapshot must be a mapping with schema, platform, tenant but was"
                + " 'hello world'");
  }

  @Test
  void reportsBinaryDataAsNotUtf8Text() {
    // GIVEN the first bytes of a PNG image
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

    // WHEN it is read
    // THEN the first invalid byte is reported, no parser exception
    assertThat(problemsOf(png))
        .containsExactly(
            "tenant.yaml:1:1: invalid UTF-8 byte 0x89: a snapshot must be YAML or JSON text in"
                + " UTF-8");
  }

  @Test
  void reportsANulCharacter() {
    // GIVEN valid UTF-8 with a NUL on the second line
    byte[] bytes = "schema: mailready/v1\nplat\0form: {}\n".getBytes(UTF_8);

    // WHEN it is read
    // THEN the character is reported at its position
    assertThat(problemsOf(bytes))
        .containsExactly(
            "tenant.yaml:2:5: unexpected character U+0000 (NULL): a snapshot must be YAML or JSON"
                + " text in UTF-8");
  }

  @Test
  void reportsUtf16AsNotUtf8() {
    // GIVEN a file as Windows PowerShell 5.1 writes it with Out-File: UTF-16 with a byte order mark
    byte[] bytes = "\uFEFFschema: mailready/v1\n".getBytes(UTF_16LE);

    // WHEN it is read
    // THEN the encoding is named
    assertThat(problemsOf(bytes))
        .containsExactly(
            "tenant.yaml:1:1: the file is UTF-16 (it starts with a byte order mark): a snapshot"
                + " must be YAML or JSON text in UTF-8");
  }

  @Test
  void refusesTheBillionLaughsAliasBomb() {
    // GIVEN nine levels of nine aliases each
    // WHEN it is read
    List<String> problems = problemsOfResource("billion-laughs.yaml");

    // THEN parsing stops at the 51st alias of a list
    assertThat(problems)
        .containsExactly(
            "billion-laughs.yaml:10:28: too many aliases: more than 50 aliases of mappings or"
                + " lists, refused as a possible alias bomb");
  }

  @Test
  void refusesDeepNesting() {
    // GIVEN 60 nested lists
    String yaml = "schema: mailready/v1\nx: " + "[".repeat(60) + "]".repeat(60) + "\n";

    // WHEN it is read
    // THEN the 51st level is reported: the 50th list, inside the top-level mapping
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:2:53: too deeply nested: more than 50 levels of mappings and lists");
  }

  @Test
  void refusesAFileLargerThanTheLimit() {
    // GIVEN a stream one byte longer than the limit
    byte[] bytes = new byte[SnapshotReader.MAX_BYTES + 1];
    Arrays.fill(bytes, (byte) ' ');

    // WHEN it is read
    // THEN it is refused before parsing
    assertThat(problemsOf(bytes))
        .containsExactly("tenant.yaml:1:1: snapshot too large: more than 67108864 bytes");
  }

  @Test
  void reportsAnUnsupportedSchemaWithTheSupportedVersions() {
    // GIVEN a future schema version
    String yaml = "schema: mailready/v2\nplatform: {}\ntenant: { name: contoso.com }\n";

    // WHEN it is read
    // THEN the supported versions are named
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:1:9: schema must be one of the supported versions [mailready/v1] but was"
                + " 'mailready/v2'");
  }

  @Test
  void reportsAMissingTenant() {
    // GIVEN a snapshot without tenant
    String yaml = "schema: mailready/v1\nplatform: {}\n";

    // WHEN it is read
    // THEN the required property is named
    assertThat(problemsOf(yaml))
        .containsExactly("tenant.yaml:1:1: missing required property 'tenant' at the top level");
  }

  @Test
  void reportsANullTenantName() {
    // GIVEN a tenant whose name is null
    String yaml = "schema: mailready/v1\nplatform: {}\ntenant: { name: ~ }\n";

    // WHEN it is read
    // THEN the required value is reported at the value
    assertThat(problemsOf(yaml))
        .containsExactly("tenant.yaml:3:17: tenant.name is required but was null");
  }

  @Test
  void reportsEveryProblemOfAFileInDocumentOrder() {
    // GIVEN a file with six problems of different kinds (the duplicate address is found after
    // the values are bound, yet sits between them)
    // WHEN it is read
    List<String> problems = problemsOfResource("several-problems.yaml");

    // THEN all are reported, in the order they appear
    assertThat(problems)
        .containsExactly(
            "several-problems.yaml:4:12: platform.profile must be one of [legacy, graph] but was"
                + " 'grpah'",
            "several-problems.yaml:6:34: 'platform.ipAddresses.ip_addresses[1]' is not an IP"
                + " address or CIDR: '34.67.39.300'",
            "several-problems.yaml:10:5: unknown property 'ewsEnabeld' at"
                + " tenant.organizationConfig (known: ewsEnabled, oauth2ClientProfileEnabled,"
                + " ewsApplicationAccessPolicy, ewsAllowList, ewsBlockList, ewsAllowedAppIds,"
                + " defaultAuthenticationPolicy, notCollected)",
            "several-problems.yaml:13:18: mailboxes[alice@contoso.com].mfaRequired must be true or"
                + " false but was 'yes'",
            "several-problems.yaml:14:14: duplicate mailbox address 'ALICE@contoso.com' (first at"
                + " line 12)",
            "several-problems.yaml:16:19: mailboxes[ALICE@contoso.com].casMailbox.ewsEnabled must"
                + " be true or false but was 'no'");
  }

  @Test
  void stopsListingAfterAHundredProblems() {
    // GIVEN 150 invalid proxy addresses
    StringBuilder yaml =
        new StringBuilder("schema: mailready/v1\nplatform: {}\ntenant: { name: contoso.com }\n");
    yaml.append("mailboxes:\n");
    for (int i = 0; i < 150; i++) {
      yaml.append("  - { address: m").append(i).append("@contoso.com, mfaRequired: maybe }\n");
    }

    // WHEN it is read
    List<String> problems = problemsOf(yaml.toString());

    // THEN the first hundred are listed and a last line counts the rest
    assertThat(problems).hasSize(101);
    assertThat(problems.get(0))
        .isEqualTo(
            "tenant.yaml:5:45: mailboxes[m0@contoso.com].mfaRequired must be true or false but"
                + " was 'maybe'");
    assertThat(problems.get(100)).isEqualTo("tenant.yaml:105:47: 50 more problems not shown");
  }

  @Test
  void joinsTheProblemsInTheExceptionMessage() {
    // GIVEN a snapshot with two problems
    String yaml = "schema: mailready/v2\nplatform: {}\n";

    // WHEN it is read
    SnapshotException e =
        catchThrowableOfType(SnapshotException.class, () -> SnapshotReaderTest.read(yaml));

    // THEN the message has one line per problem
    assertThat(e)
        .hasMessage(
            "tenant.yaml:1:1: missing required property 'tenant' at the top level\n"
                + "tenant.yaml:1:9: schema must be one of the supported versions [mailready/v1]"
                + " but was 'mailready/v2'");
  }

  @Test
  void refusesAGlobLongerThanTheLimitInEwsLists() {
    // GIVEN an allow-list entry of 2 000 stars and a block-list entry at the limit
    String yaml =
        "schema: mailready/v1\nplatform: {}\ntenant:\n  name: contoso.com\n"
            + "  organizationConfig: { ewsAllowList: [\""
            + "*".repeat(2_000)
            + "\"] }\nmailboxes:\n  - address: a@contoso.com\n"
            + "    casMailbox: { ewsBlockList: [x, \""
            + "*".repeat(1_024)
            + "\", \""
            + "b".repeat(1_025)
            + "\"] }\n";

    // WHEN it is read
    // THEN only the entries past the limit are problems, with their place and length
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:5:40: tenant.organizationConfig.ewsAllowList[0] must be a glob of at most"
                + " 1024 characters but was 2000 characters long: '"
                + "*".repeat(77)
                + "...'",
            "tenant.yaml:8:1065: mailboxes[a@contoso.com].casMailbox.ewsBlockList[2] must be a"
                + " glob of at most 1024 characters but was 1025 characters long: '"
                + "b".repeat(77)
                + "...'");
  }

  @Test
  void requiresTheNameOfADomainAndTheResourceOfARequiredResourceAccess() {
    // GIVEN a domain without name and a requiredResourceAccess entry without resourceAppId (both
    // once crashed rules)
    String yaml =
        """
        schema: mailready/v1
        platform:
          azureApp:
            appId: app-1
            requiredResourceAccess: [{ resourceAccess: [] }]
        tenant: { name: contoso.com, domains: [{}] }
        """;

    // WHEN it is read
    // THEN both are missing required properties, with their places
    assertThat(problemsOf(yaml))
        .containsExactly(
            "tenant.yaml:5:30: missing required property 'resourceAppId' at"
                + " platform.azureApp.requiredResourceAccess[0]",
            "tenant.yaml:6:40: missing required property 'name' at tenant.domains[0]");
  }

  @Test
  void refusesALoneSurrogateWithItsPlace() {
    // GIVEN JSON whose tenant name escapes half of a surrogate pair, and a whole pair elsewhere
    String json =
        "{\"schema\": \"mailready/v1\", \"platform\": {\"name\": \"\\ud83d\\ude00\"},\n"
            + " \"tenant\": {\"name\": \"a\\ud800b\"}}";

    // WHEN it is read
    // THEN the lone one is refused where it is; the pair (an emoji) is fine
    assertThat(problemsOf(json))
        .containsExactly(
            "tenant.yaml:2:21: tenant.name has a lone surrogate U+D800 at character 2: expected"
                + " Unicode text");
  }

  @Test
  void refusesADuplicateDomainWhateverItsCase() {
    // GIVEN the same domain twice, in two spellings
    String yaml =
        """
        schema: mailready/v1
        platform: {}
        tenant:
          name: contoso.com
          domains:
            - { name: contoso.com }
            - { name: Contoso.COM }
        """;

    // WHEN it is read
    // THEN the second is a duplicate of the first
    assertThat(problemsOf(yaml))
        .containsExactly("tenant.yaml:7:15: duplicate domain 'Contoso.COM' (first at line 6)");
  }

  private static List<String> problemsOf(String yaml) {
    return problemsOf(yaml.getBytes(UTF_8));
  }

  private static List<String> problemsOf(byte[] bytes) {
    return problemsOf(new ByteArrayInputStream(bytes), "tenant.yaml");
  }

  private static List<String> problemsOfResource(String name) {
    InputStream in = SnapshotReaderProblemsTest.class.getResourceAsStream("/snapshots/" + name);
    assertThat(in).as("test resource %s", name).isNotNull();
    return problemsOf(in, name);
  }

  private static List<String> problemsOf(InputStream in, String name) {
    SnapshotException e =
        catchThrowableOfType(SnapshotException.class, () -> Snapshots.read(in, name));
    assertThat(e).as("a SnapshotException").isNotNull();
    return e.problems();
  }
}
