package io.mailready.collect;

import static io.mailready.collect.FakeApi.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailready.collect.FakeApi.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Scripts a {@link FakeApi} as the tenant contoso.onmicrosoft.com with alice and bob. */
final class FakeTenant {
  static final String TENANT = "contoso.onmicrosoft.com";
  static final String ALICE = "alice@contoso.com";
  static final String BOB = "bob@contoso.com";
  static final String ALICE_ID = "a11ce000-0000-4000-8000-000000000001";
  static final String BOB_ID = "b0b00000-0000-4000-8000-000000000002";
  static final String SP_SELECT =
      "id,appId,displayName,appRoleAssignmentRequired,accountEnabled,servicePrincipalType,"
          + "appOwnerOrganizationId,verifiedPublisher,publisherName";
  static final String USER_SELECT =
      "id,userPrincipalName,mail,proxyAddresses,displayName,accountEnabled,"
          + "onPremisesSyncEnabled,userType";
  static final String EXCHANGE_SP = "e5f6a7b8-0000-4000-8000-0000000000e0";
  static final String GRAPH_SP = "f6a7b8c9-0000-4000-8000-0000000000f0";

  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeTenant() {}

  /** Every Graph resource and organisation-wide cmdlet, answered. */
  static FakeApi tenantWide(FakeApi api) {
    api.graph("policies/authorizationPolicy", ok("authorizationPolicy.json"))
        .graph("policies/identitySecurityDefaultsEnforcementPolicy", ok("securityDefaults.json"))
        .graph("policies/adminConsentRequestPolicy", ok("adminConsentRequestPolicy.json"))
        .graph("identity/conditionalAccess/policies", ok("conditionalAccessPolicies.page1.json"))
        .graph(
            "identity/conditionalAccess/policies?$skiptoken=RFNwdAIAAQAAAB8",
            ok("conditionalAccessPolicies.page2.json"))
        .graph("identity/conditionalAccess/namedLocations", ok("namedLocations.json"))
        .graph("oauth2PermissionGrants", ok("oauth2PermissionGrants.json"))
        .graph(
            "servicePrincipals?$filter=appId in ('00000002-0000-0ff1-ce00-000000000000',"
                + "'00000003-0000-0000-c000-000000000000')&$select="
                + SP_SELECT,
            ok("servicePrincipals.resources.json"))
        .graph(
            "servicePrincipals?$filter=id in ('c1a2b3c4-0000-4000-8000-00000000a991',"
                + "'d2b3c4d5-0000-4000-8000-00000000b992')&$select="
                + SP_SELECT,
            ok("servicePrincipals.clients.json"))
        .graph(
            "servicePrincipals/" + EXCHANGE_SP + "/delegatedPermissionClassifications",
            ok("classifications.exchange.json"))
        .graph(
            "servicePrincipals/" + GRAPH_SP + "/delegatedPermissionClassifications",
            ok("classifications.graph.json"));
    api.cmdlet("Get-OrganizationConfig", "{}", null, ok("Get-OrganizationConfig.json"))
        .cmdlet(
            "Get-OrganizationConfig",
            "{\"RetrieveEwsOperationAccessPolicy\":true}",
            null,
            ok("Get-OrganizationConfig.RetrieveEwsOperationAccessPolicy.json"))
        .cmdlet(
            "Get-ActiveSyncOrganizationSettings",
            "{}",
            null,
            ok("Get-ActiveSyncOrganizationSettings.json"))
        .cmdlet(
            "Get-ActiveSyncDeviceAccessRule", "{}", null, ok("Get-ActiveSyncDeviceAccessRule.json"))
        .cmdlet(
            "Get-MobileDeviceMailboxPolicy", "{}", null, ok("Get-MobileDeviceMailboxPolicy.json"))
        .cmdlet("Get-AuthenticationPolicy", "{}", null, ok("Get-AuthenticationPolicy.json"))
        .cmdlet(
            "Get-HostedConnectionFilterPolicy",
            "{}",
            null,
            ok("Get-HostedConnectionFilterPolicy.json"))
        .cmdlet("Get-AcceptedDomain", "{}", null, ok("Get-AcceptedDomain.json"));
    return api;
  }

  /** alice and bob, asked for by address; alice's devices come in two pages. */
  static FakeApi mailboxes(FakeApi api) {
    for (String who : new String[] {"alice", "bob"}) {
      String identity = "{\"Identity\":\"" + who + "@contoso.com\"}";
      api.cmdlet("Get-Mailbox", identity, null, ok("Get-Mailbox." + who + ".json"))
          .cmdlet("Get-CASMailbox", identity, null, ok("Get-CASMailbox." + who + ".json"))
          .cmdlet("Get-User", identity, null, ok("Get-User." + who + ".json"))
          .cmdlet("Get-Recipient", identity, null, ok("Get-Recipient." + who + ".json"));
    }
    String aliceDevices = "{\"Mailbox\":\"alice@contoso.com\",\"ResultSize\":\"Unlimited\"}";
    api.cmdlet("Get-MobileDevice", aliceDevices, null, ok("Get-MobileDevice.alice.page1.json"))
        .cmdlet(
            "Get-MobileDevice",
            aliceDevices,
            "$skiptoken=1",
            ok("Get-MobileDevice.alice.page2.json"))
        .cmdlet(
            "Get-MobileDevice",
            "{\"Mailbox\":\"bob@contoso.com\",\"ResultSize\":\"Unlimited\"}",
            null,
            ok("Get-MobileDevice.none.json"));
    api.graph("users/" + ALICE_ID + "?$select=" + USER_SELECT, ok("user.alice.json"))
        .graph("users/" + BOB_ID + "?$select=" + USER_SELECT, ok("user.bob.json"))
        .graph("users/" + ALICE_ID + "/transitiveMemberOf", ok("transitiveMemberOf.alice.json"))
        .graph("users/" + BOB_ID + "/transitiveMemberOf", ok("transitiveMemberOf.bob.json"));
    return api;
  }

  /** Organisation-wide mailbox runs listing alice and bob, and a directory with carol too. */
  static FakeApi allMailboxes(FakeApi api) {
    String unlimited = "{\"ResultSize\":\"Unlimited\"}";
    for (String cmdlet :
        new String[] {"Get-Mailbox", "Get-CASMailbox", "Get-User", "Get-Recipient"}) {
      api.cmdlet(cmdlet, unlimited, null, Reply.ok(both(cmdlet)));
    }
    api.graph("users?$select=" + USER_SELECT + "&$top=999", Reply.ok(directory()));
    return api;
  }

  /** The alice and bob fixtures of a cmdlet as one answer. */
  private static String both(String cmdlet) {
    try {
      ObjectNode alice = (ObjectNode) JSON.readTree(fixture(cmdlet + ".alice.json"));
      JsonNode bob = JSON.readTree(fixture(cmdlet + ".bob.json"));
      ((ArrayNode) alice.get("value")).addAll((ArrayNode) bob.get("value"));
      return JSON.writeValueAsString(alice);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Graph's users collection: alice, bob and carol (who has no mailbox). */
  private static String directory() {
    try {
      ObjectNode users = JSON.createObjectNode();
      users.put(
          "@odata.context",
          "https://graph.microsoft.com/v1.0/$metadata#users(" + USER_SELECT + ")");
      ArrayNode value = users.putArray("value");
      for (String who : new String[] {"alice", "bob"}) {
        ObjectNode user = (ObjectNode) JSON.readTree(fixture("user." + who + ".json"));
        user.remove("@odata.context");
        value.add(user);
      }
      value
          .addObject()
          .put("id", "ca201000-0000-4000-8000-000000000003")
          .put("userPrincipalName", "carol@contoso.com")
          .putNull("mail")
          .put("displayName", "Carol (no mailbox)")
          .put("accountEnabled", true)
          .put("userType", "Member")
          .putNull("onPremisesSyncEnabled")
          .putArray("proxyAddresses");
      return JSON.writeValueAsString(users);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reply ok(String fixture) {
    return Reply.ok(fixture(fixture));
  }
}
