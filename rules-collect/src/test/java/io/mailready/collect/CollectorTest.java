package io.mailready.collect;

import static io.mailready.collect.FakeTenant.ALICE;
import static io.mailready.collect.FakeTenant.ALICE_ID;
import static io.mailready.collect.FakeTenant.BOB;
import static io.mailready.collect.FakeTenant.EXCHANGE_SP;
import static io.mailready.collect.FakeTenant.GRAPH_SP;
import static io.mailready.collect.FakeTenant.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailready.collect.FakeApi.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

  @TempDir Path out;
  private FakeApi api;
  // synchronized: mailboxes are collected by several threads
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final List<Api> tokenRequests = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startFake() throws IOException {
    api = new FakeApi();
  }

  @AfterEach
  void stopFake() {
    api.close();
  }

  private Collector.Builder collector() {
    return Collector.builder()
        .tenant(TENANT)
        .tokens(
            a -> {
              tokenRequests.add(a);
              return a == Api.GRAPH ? "graph-token" : "exchange-token";
            })
        .mailboxes(List.of(ALICE, BOB))
        .outputDirectory(out)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .graphBaseUrl(api.graphBase())
        .exchangeBaseUrl(api.exchangeBase())
        .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofSeconds(30)))
        .sleeper(waits::add)
        .toolVersion("9.9.9-test");
  }

  private JsonNode read(String file) throws IOException {
    return JSON.readTree(out.resolve(file).toFile());
  }

  private List<String> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesEveryExportInTheShapeTheApiGivesAndAManifest() throws IOException {
    // GIVEN a tenant whose every call answers, with paged Conditional Access and devices
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs
    CollectionResult result = collector().build().collect();

    // THEN every export is written under its pinned name, and nothing else is left behind
    assertThat(result.failures()).isEmpty();
    assertThat(result.complete()).isTrue();
    assertThat(api.unmatched).isEmpty();
    assertThat(filesIn(out))
        .containsExactlyInAnyOrder(
            "graph.policies.authorizationPolicy.json",
            "graph.policies.identitySecurityDefaultsEnforcementPolicy.json",
            "graph.policies.adminConsentRequestPolicy.json",
            "graph.identity.conditionalAccess.policies.json",
            "graph.identity.conditionalAccess.namedLocations.json",
            "graph.oauth2PermissionGrants.json",
            "graph.servicePrincipals.json",
            "graph.servicePrincipals." + EXCHANGE_SP + ".delegatedPermissionClassifications.json",
            "graph.servicePrincipals." + GRAPH_SP + ".delegatedPermissionClassifications.json",
            "graph.users.json",
            "Get-OrganizationConfig.json",
            "Get-OrganizationConfig.RetrieveEwsOperationAccessPolicy.json",
            "Get-ActiveSyncOrganizationSettings.json",
            "Get-ActiveSyncDeviceAccessRule.json",
            "Get-MobileDeviceMailboxPolicy.json",
            "Get-AuthenticationPolicy.json",
            "Get-HostedConnectionFilterPolicy.json",
            "Get-AcceptedDomain.json",
            "Get-Mailbox.alice@contoso.com.json",
            "Get-Mailbox.bob@contoso.com.json",
            "Get-CASMailbox.alice@contoso.com.json",
            "Get-CASMailbox.bob@contoso.com.json",
            "Get-User.alice@contoso.com.json",
            "Get-User.bob@contoso.com.json",
            "Get-Recipient.alice@contoso.com.json",
            "Get-Recipient.bob@contoso.com.json",
            "Get-MobileDevice.alice@contoso.com.json",
            "Get-MobileDevice.bob@contoso.com.json",
            "manifest.json");
    assertThat(result.filesWritten()).hasSize(29).endsWith("manifest.json");

    // AND a Graph collection is one envelope with every page's items and no next link
    JsonNode policies = read("graph.identity.conditionalAccess.policies.json");
    assertThat(policies.get("@odata.context").asText())
        .isEqualTo(
            "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies");
    assertThat(policies.has("@odata.nextLink")).isFalse();
    assertThat(topLevel(policies, "displayName"))
        .containsExactly("Block legacy authentication", "Require MFA outside trusted locations");
    // AND a Graph entity is kept as Graph gave it
    assertThat(read("graph.policies.authorizationPolicy.json"))
        .isEqualTo(JSON.readTree(FakeApi.fixture("authorizationPolicy.json")));

    // AND an admin API answer is {"@odata.context", "value"} with every page
    JsonNode devices = read("Get-MobileDevice.alice@contoso.com.json");
    assertThat(devices.get("@odata.context").asText()).contains("/adminapi/beta/");
    assertThat(devices.has("@odata.nextLink")).isFalse();
    assertThat(topLevel(devices, "DeviceId")).containsExactly("ABC123", "F00D");
    assertThat(read("Get-MobileDevice.bob@contoso.com.json").get("value")).isEmpty();
    assertThat(read("Get-OrganizationConfig.RetrieveEwsOperationAccessPolicy.json"))
        .isEqualTo(
            JSON.readTree(
                FakeApi.fixture("Get-OrganizationConfig.RetrieveEwsOperationAccessPolicy.json")));

    // AND service principals: the two resources, then the clients with grants on them only
    assertThat(topLevel(read("graph.servicePrincipals.json"), "displayName"))
        .containsExactly(
            "Office 365 Exchange Online", "Microsoft Graph", "Sync platform", "Mail reader");

    // AND users carry their transitive memberships, as with $expand but never truncated
    JsonNode users = read("graph.users.json");
    assertThat(users.get("@odata.context").asText())
        .startsWith(api.graphBase() + "$metadata#users");
    assertThat(topLevel(users, "userPrincipalName")).containsExactly(ALICE, BOB);
    assertThat(users.at("/value/0/transitiveMemberOf/1/roleTemplateId").asText())
        .isEqualTo("29232cdf-9323-42fd-ade2-1d097af3e4de");
    assertThat(users.at("/value/1/transitiveMemberOf").isArray()).isTrue();

    // AND files are UTF-8 without a byte order mark
    byte[] bytes = Files.readAllBytes(out.resolve("Get-AcceptedDomain.json"));
    assertThat(bytes[0]).isEqualTo((byte) '{');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("contoso.onmicrosoft.com");
    assertThat(read("Get-MobileDevice.alice@contoso.com.json").at("/value/0/Identity").asText())
        .isEqualTo("alice\\ExchangeActiveSyncDevices\\EAS§python-EAS-Client§ABC123");
  }

  @Test
  void manifestRecordsToolTenantTimeEveryCallAndTheFilesWritten() throws IOException {
    // GIVEN a tenant whose every call answers
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs
    collector().build().collect();

    // THEN the manifest says who collected what, when, and how each call went
    JsonNode manifest = read("manifest.json");
    assertThat(manifest.get("schema").asText()).isEqualTo("mailready/collect-manifest/v1");
    assertThat(manifest.at("/tool/version").asText()).isEqualTo("9.9.9-test");
    assertThat(manifest.get("tenant").asText()).isEqualTo(TENANT);
    assertThat(manifest.get("startedAt").asText()).isEqualTo("2026-03-02T10:15:30Z");
    assertThat(manifest.get("complete").asBoolean()).isTrue();
    assertThat(manifest.get("failures")).isEmpty();
    assertThat(manifest.get("filesWritten")).hasSize(29);
    int calls = 0;
    for (JsonNode export : manifest.get("exports")) {
      calls += export.get("calls").size();
    }
    assertThat(calls).isEqualTo(api.seen.size());

    JsonNode caExport = exportOf(manifest, "graph.identity.conditionalAccess.policies.json");
    assertThat(caExport.get("written").asBoolean()).isTrue();
    assertThat(caExport.get("calls")).hasSize(2);
    assertThat(caExport.at("/calls/1/url").asText()).endsWith("?$skiptoken=RFNwdAIAAQAAAB8");
    assertThat(caExport.at("/calls/1/method").asText()).isEqualTo("GET");
    assertThat(caExport.at("/calls/1/status").asInt()).isEqualTo(200);
    assertThat(caExport.at("/calls/1/attempts").asInt()).isEqualTo(1);
    assertThat(caExport.at("/calls/1/durationMs").isNumber()).isTrue();

    JsonNode ews =
        exportOf(manifest, "Get-OrganizationConfig.RetrieveEwsOperationAccessPolicy.json");
    assertThat(ews.at("/calls/0/method").asText()).isEqualTo("POST");
    assertThat(ews.at("/calls/0/cmdlet").asText()).isEqualTo("Get-OrganizationConfig");
    assertThat(ews.at("/calls/0/parameters/RetrieveEwsOperationAccessPolicy").asBoolean()).isTrue();

    JsonNode cas = sourceOf(manifest, "Get-CASMailbox");
    assertThat(cas.get("status").asText()).isEqualTo("collected");
    assertThat(cas.get("snapshotFields").get(0).asText()).isEqualTo("mailboxes[].casMailbox");
  }

  @Test
  void sendsTheRightTokenAndRoutesEachCallToItsMailbox() throws IOException {
    // GIVEN a tenant whose every call answers
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs
    collector().build().collect();

    // THEN Graph gets the Graph token, the admin API the Exchange token with its routing anchor
    for (FakeApi.Seen seen : api.seen) {
      if (seen.uri().getPath().startsWith("/graph/")) {
        assertThat(seen.header("Authorization")).isEqualTo("Bearer graph-token");
      } else {
        assertThat(seen.header("Authorization")).isEqualTo("Bearer exchange-token");
        assertThat(seen.header("Prefer")).isEqualTo("odata.maxpagesize=1000");
        assertThat(seen.header("Content-Type")).startsWith("application/json");
      }
    }
    assertThat(anchorOf("Get-OrganizationConfig"))
        .isEqualTo("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + TENANT);
    assertThat(anchorOf("Get-CASMailbox", ALICE)).isEqualTo("UPN:" + ALICE);
    assertThat(anchorOf("Get-CASMailbox", BOB)).isEqualTo("UPN:" + BOB);
    // AND the Entra user is found by the ExternalDirectoryObjectId Get-Mailbox gave
    assertThat(api.seen).anyMatch(s -> s.uri().getPath().equals("/graph/v1.0/users/" + ALICE_ID));
  }

  @Test
  void neverSendsAnythingButGraphGetsAndInvokeCommandsOfGetCmdlets() throws IOException {
    // GIVEN a tenant whose every call answers, collected by name and then as a whole
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));
    FakeTenant.allMailboxes(api);

    // WHEN the collector runs both ways
    collector().build().collect();
    collector().allMailboxes().outputDirectory(out.resolve("all")).build().collect();

    // THEN every request the tenant saw only reads
    assertThat(api.seen).hasSizeGreaterThan(40);
    for (FakeApi.Seen seen : api.seen) {
      String path = seen.uri().getPath();
      if (path.startsWith("/graph/v1.0/")) {
        assertThat(seen.method()).as("%s", seen.uri()).isEqualTo("GET");
        assertThat(seen.body()).as("%s", seen.uri()).isNull();
      } else {
        assertThat(seen.method()).as("%s", seen.uri()).isEqualTo("POST");
        assertThat(path).isEqualTo("/adminapi/beta/" + TENANT + "/InvokeCommand");
        JsonNode body = JSON.readTree(seen.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.at("/CmdletInput/CmdletName").asText()).matches("Get-[A-Za-z]+");
      }
    }
  }

  @Test
  void collectsEveryMailboxWithOrganisationWideRuns() throws IOException {
    // GIVEN a tenant whose Get-Mailbox lists alice and bob
    FakeTenant.allMailboxes(FakeTenant.mailboxes(FakeTenant.tenantWide(api)));

    // WHEN the collector runs for all mailboxes
    CollectionResult result = collector().allMailboxes().build().collect();

    // THEN the organisation-wide runs are written under the cmdlet's name, devices per mailbox
    assertThat(result.failures()).isEmpty();
    assertThat(filesIn(out))
        .contains(
            "Get-Mailbox.json",
            "Get-CASMailbox.json",
            "Get-User.json",
            "Get-Recipient.json",
            "Get-MobileDevice.alice@contoso.com.json",
            "Get-MobileDevice.bob@contoso.com.json",
            "graph.users.json")
        .doesNotContain("Get-Mailbox.alice@contoso.com.json");
    // AND the users of mailboxes get their memberships, the others are listed as Graph gave them
    JsonNode users = read("graph.users.json");
    assertThat(users.get("value")).hasSize(3);
    assertThat(users.at("/value/0/transitiveMemberOf")).hasSize(2);
    assertThat(users.at("/value/2/transitiveMemberOf").isMissingNode()).isTrue();
    assertThat(api.unmatched).isEmpty();
  }

  @Test
  void waitsWhatRetryAfterSaysThenSucceeds() throws IOException {
    // GIVEN Graph throttles once (Retry-After in seconds) and the admin API is unavailable once
    // (Retry-After as an HTTP date 20 seconds after the clock's now)
    api.graph(
        "identity/conditionalAccess/namedLocations",
        Reply.throttled(429, "7"),
        FakeTenant.ok("namedLocations.json"));
    api.cmdlet(
        "Get-AcceptedDomain",
        "{}",
        null,
        Reply.throttled(503, "Mon, 02 Mar 2026 10:15:50 GMT"),
        FakeTenant.ok("Get-AcceptedDomain.json"));
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs
    CollectionResult result = collector().build().collect();

    // THEN it waited as told, and both exports are whole, after two attempts each
    assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(20));
    assertThat(result.complete()).isTrue();
    assertThat(read("graph.identity.conditionalAccess.namedLocations.json").get("value"))
        .hasSize(2);
    JsonNode manifest = read("manifest.json");
    assertThat(
            exportOf(manifest, "graph.identity.conditionalAccess.namedLocations.json")
                .at("/calls/0/attempts")
                .asInt())
        .isEqualTo(2);
    assertThat(exportOf(manifest, "Get-AcceptedDomain.json").at("/calls/0/attempts").asInt())
        .isEqualTo(2);
  }

  @Test
  void givesUpAfterTheLastAttemptAndWaitsNoLongerThanThePolicyAllows() throws IOException {
    // GIVEN Graph throttles the named locations on every attempt, asking for an hour
    api.graph("identity/conditionalAccess/namedLocations", Reply.throttled(429, "3600"));
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs with 3 attempts and waits of at most 30 seconds
    CollectionResult result = collector().build().collect();

    // THEN it tried 3 times, waited 30 seconds twice, and recorded the failure
    assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(result.complete()).isFalse();
    assertThat(result.failures())
        .containsExactly(
            "graph.identity.conditionalAccess.namedLocations.json: HTTP 429 TooManyRequests:"
                + " Too many requests (gave up after 3 attempts)");
    assertThat(out.resolve("graph.identity.conditionalAccess.namedLocations.json")).doesNotExist();
    JsonNode call =
        exportOf(read("manifest.json"), "graph.identity.conditionalAccess.namedLocations.json")
            .at("/calls/0");
    assertThat(call.get("status").asInt()).isEqualTo(429);
    assertThat(call.get("attempts").asInt()).isEqualTo(3);
  }

  @Test
  void recordsFailedCallsInTheManifestAndCollectsTheRest() throws IOException {
    // GIVEN the admin API refuses Get-AuthenticationPolicy (403), Graph fails the second page of
    // the Conditional Access policies (500), and bob's Get-CASMailbox is not found
    api.cmdlet(
        "Get-AuthenticationPolicy",
        "{}",
        null,
        Reply.status(
            403,
            "{\"error\":{\"code\":\"Forbidden\",\"message\":\"The user is not authorized\","
                + "\"details\":[{\"code\":\"Forbidden\",\"message\":\"The role assigned to"
                + " application is not supported in this scenario\"}]}}"));
    api.graph(
        "identity/conditionalAccess/policies?$skiptoken=RFNwdAIAAQAAAB8",
        Reply.status(
            500,
            "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"Something went"
                + " wrong\",\"innerError\":{\"request-id\":\"0000\"}}}"));
    api.cmdlet(
        "Get-CASMailbox",
        "{\"Identity\":\"bob@contoso.com\"}",
        null,
        Reply.status(
            404,
            "{\"error\":{\"code\":\"NotFound\",\"message\":\"|Microsoft.Exchange.Configuration"
                + ".Tasks.ManagementObjectNotFoundException|The operation couldn't be"
                + " performed because object 'bob@contoso.com' couldn't be found\"}}"));
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs
    CollectionResult result = collector().build().collect();

    // THEN the three failures are reported with their reason, their files are not written
    assertThat(result.complete()).isFalse();
    assertThat(result.failures())
        .containsExactlyInAnyOrder(
            "graph.identity.conditionalAccess.policies.json: HTTP 500 InternalServerError:"
                + " Something went wrong",
            "Get-AuthenticationPolicy.json: HTTP 403 Forbidden: The role assigned to application"
                + " is not supported in this scenario",
            "Get-CASMailbox.bob@contoso.com.json: HTTP 404 NotFound:"
                + " |Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The"
                + " operation couldn't be performed because object 'bob@contoso.com' couldn't be"
                + " found");
    assertThat(out.resolve("graph.identity.conditionalAccess.policies.json")).doesNotExist();
    assertThat(out.resolve("Get-AuthenticationPolicy.json")).doesNotExist();
    assertThat(out.resolve("Get-CASMailbox.bob@contoso.com.json")).doesNotExist();
    // AND everything else was still collected
    assertThat(out.resolve("Get-CASMailbox.alice@contoso.com.json")).exists();
    assertThat(out.resolve("Get-AcceptedDomain.json")).exists();
    assertThat(out.resolve("graph.users.json")).exists();
    // AND the manifest says what failed, with the call's status, and the sections left out
    JsonNode manifest = read("manifest.json");
    assertThat(manifest.get("complete").asBoolean()).isFalse();
    assertThat(manifest.get("failures")).hasSize(3);
    JsonNode ca = exportOf(manifest, "graph.identity.conditionalAccess.policies.json");
    assertThat(ca.get("written").asBoolean()).isFalse();
    assertThat(ca.at("/calls/0/status").asInt()).isEqualTo(200);
    assertThat(ca.at("/calls/1/status").asInt()).isEqualTo(500);
    assertThat(ca.at("/calls/1/error").asText()).contains("Something went wrong");
    assertThat(sourceOf(manifest, "Get-AuthenticationPolicy").get("status").asText())
        .isEqualTo("failed");
    assertThat(sourceOf(manifest, "Get-CASMailbox").get("status").asText()).isEqualTo("partial");
    assertThat(sourceOf(manifest, "Get-CASMailbox").get("files"))
        .extracting(JsonNode::asText)
        .containsExactly("Get-CASMailbox.alice@contoso.com.json");
  }

  @Test
  void refusesANextLinkThatLeavesTheApiAndNeverSendsTheTokenThere() throws IOException {
    // GIVEN a second server, and Graph answers with a next link pointing to it
    try (FakeApi elsewhere = new FakeApi()) {
      api.graph(
          "identity/conditionalAccess/namedLocations",
          Reply.ok(
              "{\"value\":[],\"@odata.nextLink\":\""
                  + elsewhere.base()
                  + "/graph/v1.0/identity/conditionalAccess/namedLocations?$skiptoken=x\"}"));
      FakeTenant.mailboxes(FakeTenant.tenantWide(api));

      // WHEN the collector runs
      CollectionResult result = collector().build().collect();

      // THEN the link is refused, never sent, and the export is recorded as failed
      assertThat(elsewhere.seen).isEmpty();
      assertThat(result.failures())
          .singleElement()
          .asString()
          .startsWith("graph.identity.conditionalAccess.namedLocations.json: refused to send GET")
          .contains("the collector only reads");
    }
  }

  @Test
  void aTokenFailureFailsThatApisCallsOnceAskedAndLeavesTheOtherApi() throws IOException {
    // GIVEN a token provider that cannot get an Exchange token, and Graph users found by address
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));
    api.graph(
        "users/" + ALICE + "?$select=" + FakeTenant.USER_SELECT, FakeTenant.ok("user.alice.json"));
    api.graph(
        "users/" + BOB + "?$select=" + FakeTenant.USER_SELECT, FakeTenant.ok("user.bob.json"));
    List<Api> asked = Collections.synchronizedList(new ArrayList<>());
    TokenProvider tokens =
        a -> {
          asked.add(a);
          if (a == Api.EXCHANGE) {
            throw new IOException("AADSTS700027: certificate not registered");
          }
          return "graph-token";
        };

    // WHEN the collector runs
    CollectionResult result = collector().tokens(tokens).build().collect();

    // THEN every admin API export failed with the reason, and Exchange was asked only once
    assertThat(asked.stream().filter(a -> a == Api.EXCHANGE)).hasSize(1);
    assertThat(api.seen).allMatch(s -> s.uri().getPath().startsWith("/graph/"));
    assertThat(result.failures())
        .hasSize(18)
        .allMatch(
            f ->
                f.contains(
                    "no access token for https://outlook.office365.com:"
                        + " AADSTS700027: certificate not registered"));
    assertThat(out.resolve("graph.policies.authorizationPolicy.json")).exists();
    // AND without Get-Mailbox the users are still looked up by address
    assertThat(topLevel(read("graph.users.json"), "id"))
        .containsExactly(ALICE_ID, FakeTenant.BOB_ID);
  }

  @Test
  void aUsersMissingMembershipsLeaveThePropertyOutAndTheSourcePartial() throws IOException {
    // GIVEN Graph refuses bob's memberships
    api.graph(
        "users/" + FakeTenant.BOB_ID + "/transitiveMemberOf",
        Reply.status(
            403,
            "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient"
                + " privileges to complete the operation.\"}}"));
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs
    CollectionResult result = collector().build().collect();

    // THEN the users file is written, bob without transitiveMemberOf (not collected, not empty)
    JsonNode users = read("graph.users.json");
    assertThat(users.at("/value/0/transitiveMemberOf")).hasSize(2);
    assertThat(users.at("/value/1/transitiveMemberOf").isMissingNode()).isTrue();
    // AND the gap is a failure, and the source is partial
    assertThat(result.failures())
        .containsExactly(
            "graph.users.json: transitiveMemberOf of bob@contoso.com not collected: HTTP 403"
                + " Authorization_RequestDenied: Insufficient privileges to complete the"
                + " operation.");
    assertThat(
            sourceOf(read("manifest.json"), "graph users with transitiveMemberOf")
                .get("status")
                .asText())
        .isEqualTo("partial");
  }

  @Test
  void keepsAdminApiWarningsInTheFileAndReportsThem() throws IOException {
    // GIVEN the admin API warns that Get-Recipient's answer was cut short
    api.cmdlet(
        "Get-Recipient",
        "{\"Identity\":\"alice@contoso.com\"}",
        null,
        Reply.ok(
            "{\"@odata.context\":\"https://outlook.office365.com/adminapi/beta/x/$metadata"
                + "#Collection(Exchange.GenericHashTable)\",\"@adminapi.warnings\":[\"There are"
                + " more results available than are currently displayed.\"],\"value\":[]}"));
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs
    CollectionResult result = collector().build().collect();

    // THEN the file keeps the warning for the importer, and the run is not complete
    assertThat(
            read("Get-Recipient.alice@contoso.com.json").get("@adminapi.warnings").get(0).asText())
        .startsWith("There are more results available");
    assertThat(result.failures())
        .containsExactly(
            "Get-Recipient.alice@contoso.com.json: the admin API warned: There are more results"
                + " available than are currently displayed.");
  }

  @Test
  void retriesANetworkErrorWithBackoffThenRecordsIt() throws IOException {
    // GIVEN Graph at an address where nothing listens any more
    URI gone;
    try (FakeApi closed = new FakeApi()) {
      gone = closed.graphBase();
    }
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));

    // WHEN the collector runs with 3 attempts and a 5 ms backoff
    CollectionResult result = collector().graphBaseUrl(gone).build().collect();

    // THEN each Graph call was tried 3 times with growing waits, then recorded as failed
    assertThat(waits.subList(0, 2)).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10));
    assertThat(result.failures())
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith(
                        "graph.policies.authorizationPolicy.json: network error after 3 attempts"));
    JsonNode call =
        exportOf(read("manifest.json"), "graph.policies.authorizationPolicy.json").at("/calls/0");
    assertThat(call.get("status").isNull()).isTrue();
    assertThat(call.get("attempts").asInt()).isEqualTo(3);
    // AND the admin API exports were still collected
    assertThat(out.resolve("Get-OrganizationConfig.json")).exists();
  }

  @Test
  void collectingMailboxesInParallelWritesTheSameFilesInTheSameOrder() throws IOException {
    // GIVEN a tenant whose every call answers, with five mailboxes of which three are unknown
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));
    List<String> five = List.of(ALICE, "x1@contoso.com", BOB, "x2@contoso.com", "x3@contoso.com");

    // WHEN it is collected one mailbox at a time, and four at a time
    collector()
        .mailboxes(five)
        .parallelism(1)
        .outputDirectory(out.resolve("one"))
        .build()
        .collect();
    collector()
        .mailboxes(five)
        .parallelism(4)
        .outputDirectory(out.resolve("four"))
        .build()
        .collect();

    // THEN both folders hold the same files with the same content
    List<String> files = filesIn(out.resolve("one"));
    assertThat(filesIn(out.resolve("four"))).isEqualTo(files);
    for (String file : files) {
      if (!file.equals("manifest.json")) {
        assertThat(Files.readString(out.resolve("four").resolve(file)))
            .as(file)
            .isEqualTo(Files.readString(out.resolve("one").resolve(file)));
      }
    }
    // AND both manifests list the exports and the failures in the same order
    JsonNode one = JSON.readTree(out.resolve("one/manifest.json").toFile());
    JsonNode four = JSON.readTree(out.resolve("four/manifest.json").toFile());
    assertThat(four.get("exports").findValuesAsText("file"))
        .isEqualTo(one.get("exports").findValuesAsText("file"));
    assertThat(four.get("filesWritten")).isEqualTo(one.get("filesWritten"));
    assertThat(four.get("failures")).isEqualTo(one.get("failures")).hasSize(18);
  }

  /** A field of every item of an envelope's value list (not of nested objects). */
  private static List<String> topLevel(JsonNode envelope, String field) {
    List<String> values = new ArrayList<>();
    envelope.get("value").forEach(item -> values.add(item.path(field).asText()));
    return values;
  }

  private String anchorOf(String cmdlet) throws IOException {
    return anchorOf(cmdlet, null);
  }

  /** The routing anchor of the call of {@code cmdlet} (for {@code identity}, if not null). */
  private String anchorOf(String cmdlet, String identity) throws IOException {
    // Mailboxes are collected in parallel: find the call by its parameters, not by its order.
    for (FakeApi.Seen seen : api.seen) {
      if (seen.body() == null) {
        continue;
      }
      JsonNode input = JSON.readTree(seen.body()).at("/CmdletInput");
      if (input.at("/CmdletName").asText().equals(cmdlet)
          && (identity == null || input.at("/Parameters/Identity").asText().equals(identity))) {
        return seen.header("X-AnchorMailbox");
      }
    }
    throw new AssertionError("no call of " + cmdlet + (identity == null ? "" : " for " + identity));
  }

  private static JsonNode exportOf(JsonNode manifest, String file) {
    for (JsonNode export : manifest.get("exports")) {
      if (export.get("file").asText().equals(file)) {
        return export;
      }
    }
    throw new AssertionError("no export " + file + " in the manifest");
  }

  private static JsonNode sourceOf(JsonNode manifest, String source) {
    for (JsonNode node : manifest.get("sources")) {
      if (node.get("source").asText().equals(source)) {
        return node;
      }
    }
    throw new AssertionError("no source " + source + " in the manifest");
  }
}
