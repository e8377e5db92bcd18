package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Tri;
import io.mailready.snapshot.ConditionalAccessPolicy;
import io.mailready.snapshot.ConditionalAccessState;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import io.mailready.snapshot.NamedLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalAccessTest {
  private static final List<IpRange> PLATFORM_IPS =
      List.of(IpRange.parse("34.67.39.103"), IpRange.parse("35.188.63.45"));

  private static ConditionalAccessPolicy policy(
      ConditionalAccessState state,
      List<String> clientAppTypes,
      List<String> includeUsers,
      List<String> excludeUsers,
      List<String> includeApplications,
      List<String> includeLocations,
      List<String> excludeLocations,
      List<String> builtInControls) {
    return new ConditionalAccessPolicy(
        "ca1",
        "Policy",
        state,
        clientAppTypes,
        includeUsers,
        excludeUsers,
        includeApplications,
        includeLocations,
        excludeLocations,
        builtInControls);
  }

  private static ConditionalAccessPolicy clients(String... types) {
    return policy(
        ConditionalAccessState.ENABLED,
        List.of(types),
        List.of("All"),
        List.of(),
        List.of("All"),
        List.of(),
        List.of(),
        List.of("block"));
  }

  private static ConditionalAccessPolicy locations(List<String> include, List<String> exclude) {
    return policy(
        ConditionalAccessState.ENABLED,
        List.of(),
        List.of("All"),
        List.of(),
        List.of("All"),
        include,
        exclude,
        List.of("block"));
  }

  private static ConditionalAccessPolicy users(List<String> include, List<String> exclude) {
    return policy(
        ConditionalAccessState.ENABLED,
        List.of(),
        include,
        exclude,
        List.of("All"),
        List.of(),
        List.of(),
        List.of("block"));
  }

  private static MailboxView carol() {
    Mailbox mailbox =
        new Mailbox(
            "carol@contoso.com",
            "c.upn@contoso.com",
            "carol.primary@contoso.com",
            List.of(),
            null,
            null,
            MailboxHost.EXCHANGE_ONLINE,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null);
    return new MailboxView(
        "carol@contoso.com",
        mailbox,
        MailboxHost.EXCHANGE_ONLINE,
        Tri.TRUE,
        Tri.FALSE,
        Tri.TRUE,
        Tri.TRUE,
        "carol@contoso.com",
        "carol.primary@contoso.com",
        List.of(),
        "contoso.com");
  }

  private static NamedLocation location(String id, Boolean trusted, String... ranges) {
    return new NamedLocation(
        id, "Location " + id, trusted, List.of(ranges).stream().map(IpRange::parse).toList());
  }

  @Test
  void userRefMatches_upn_address_and_primary_ignoring_case_and_spaces() {
    // GIVEN a mailbox with distinct UPN, address and primary address
    MailboxView carol = carol();
    // WHEN / THEN each of them matches, written in any case with spaces; an object id does not
    assertThat(ConditionalAccess.userRefMatches(" C.UPN@contoso.com ", carol)).isTrue();
    assertThat(ConditionalAccess.userRefMatches("Carol@Contoso.com", carol)).isTrue();
    assertThat(ConditionalAccess.userRefMatches("carol.primary@contoso.com", carol)).isTrue();
    assertThat(ConditionalAccess.userRefMatches("8d4c8f0e-1111-4222-8333-944444444444", carol))
        .isFalse();
    assertThat(ConditionalAccess.userRefMatches(null, carol)).isFalse();
  }

  @Test
  void enforced_only_for_the_enabled_state() {
    // GIVEN policies in each state, and one with the state unset
    // WHEN / THEN only "enabled" is enforced; report-only, disabled and unset are ignored
    for (ConditionalAccessState state : ConditionalAccessState.values()) {
      ConditionalAccessPolicy p =
          policy(
              state, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
      assertThat(ConditionalAccess.enforced(p)).isEqualTo(state == ConditionalAccessState.ENABLED);
    }
    assertThat(
            ConditionalAccess.enforced(
                policy(
                    null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of())))
        .isFalse();
  }

  @Test
  void blocks_when_block_is_a_built_in_control_in_any_case() {
    // GIVEN a policy with Block among its controls, and one with mfa only
    ConditionalAccessPolicy block = clients();
    ConditionalAccessPolicy mfa =
        policy(
            ConditionalAccessState.ENABLED,
            List.of(),
            List.of("All"),
            List.of(),
            List.of("All"),
            List.of(),
            List.of(),
            List.of("mfa", "compliantDevice"));
    // WHEN / THEN only the first blocks
    assertThat(ConditionalAccess.blocks(block)).isTrue();
    assertThat(ConditionalAccess.blocks(mfa)).isFalse();
  }

  @Test
  void targetsMail_for_all_office365_exchange_online_or_graph_only() {
    // GIVEN policies for each application
    // WHEN / THEN All, Office365, Exchange Online and Graph target mail; SharePoint does not
    for (String app :
        List.of(
            "All",
            " office365 ",
            "00000002-0000-0FF1-CE00-000000000000",
            "00000003-0000-0000-c000-000000000000")) {
      assertThat(ConditionalAccess.targetsMail(appPolicy(app))).as(app).isTrue();
    }
    assertThat(ConditionalAccess.targetsMail(appPolicy("00000003-0000-0ff1-ce00-000000000000")))
        .isFalse();
  }

  private static ConditionalAccessPolicy appPolicy(String app) {
    return policy(
        ConditionalAccessState.ENABLED,
        List.of(),
        List.of("All"),
        List.of(),
        List.of(app),
        List.of(),
        List.of(),
        List.of("block"));
  }

  @Test
  void userApplies_when_included_by_all_or_by_reference_and_not_excluded() {
    // GIVEN carol, and policies including or excluding her in different ways
    MailboxView carol = carol();
    // WHEN / THEN All and a matching reference include her; an exclusion wins
    assertThat(ConditionalAccess.userApplies(users(List.of("All"), List.of()), carol).value())
        .isEqualTo(Tri.TRUE);
    assertThat(
            ConditionalAccess.userApplies(
                    users(List.of("carol.primary@contoso.com"), List.of()), carol)
                .value())
        .isEqualTo(Tri.TRUE);
    assertThat(
            ConditionalAccess.userApplies(users(List.of("bob@contoso.com"), List.of()), carol)
                .value())
        .isEqualTo(Tri.FALSE);
    assertThat(
            ConditionalAccess.userApplies(
                    users(List.of("All"), List.of("c.upn@contoso.com")), carol)
                .value())
        .isEqualTo(Tri.FALSE);
    assertThat(ConditionalAccess.allUsers(users(List.of("all"), List.of()))).isTrue();
    assertThat(ConditionalAccess.allUsers(users(List.of("carol@contoso.com"), List.of())))
        .isFalse();
  }

  @Test
  void legacyOnly_needs_every_client_type_to_be_legacy_and_at_least_one() {
    // GIVEN policies with several client app type lists
    // WHEN / THEN only non-empty lists of legacy types are legacy-only
    assertThat(ConditionalAccess.legacyOnly(clients("exchangeActiveSync", "other"))).isTrue();
    assertThat(ConditionalAccess.legacyOnly(clients("easSupported"))).isTrue();
    assertThat(ConditionalAccess.legacyOnly(clients("other", "browser"))).isFalse();
    assertThat(ConditionalAccess.legacyOnly(clients())).isFalse();
    assertThat(ConditionalAccess.legacyOnly(clients("all"))).isFalse();
  }

  @Test
  void legacyClients_for_a_legacy_type_for_all_and_for_no_types() {
    // GIVEN policies with several client app type lists
    // WHEN / THEN a legacy type, "all" or an empty list include legacy clients; modern ones do not
    assertThat(ConditionalAccess.legacyClients(clients("browser", "other"))).isTrue();
    assertThat(ConditionalAccess.legacyClients(clients("All"))).isTrue();
    assertThat(ConditionalAccess.legacyClients(clients())).isTrue();
    assertThat(ConditionalAccess.legacyClients(clients("browser", "mobileAppsAndDesktopClients")))
        .isFalse();
  }

  @Test
  void hasLocationCondition_for_exclusions_or_specific_inclusions_but_not_for_all() {
    // GIVEN policies with several location lists
    // WHEN / THEN exclusions and included locations other than All are conditions
    assertThat(ConditionalAccess.hasLocationCondition(locations(List.of(), List.of()))).isFalse();
    assertThat(ConditionalAccess.hasLocationCondition(locations(List.of("all"), List.of())))
        .isFalse();
    assertThat(ConditionalAccess.hasLocationCondition(locations(List.of("All"), List.of("nl1"))))
        .isTrue();
    assertThat(ConditionalAccess.hasLocationCondition(locations(List.of("nl1"), List.of())))
        .isTrue();
  }

  @Test
  void locationRanges_of_an_id_of_alltrusted_and_of_a_missing_id() {
    // GIVEN a trusted and an untrusted named location
    List<NamedLocation> named =
        List.of(location("nl1", true, "10.0.0.0/8"), location("nl2", null, "192.0.2.0/24"));
    // WHEN / THEN an id gives its ranges, AllTrusted the trusted ones, a missing id null (UNKNOWN)
    assertThat(ConditionalAccess.locationRanges("NL2", named))
        .containsExactly(IpRange.parse("192.0.2.0/24"));
    assertThat(ConditionalAccess.locationRanges("alltrusted", named))
        .containsExactly(IpRange.parse("10.0.0.0/8"));
    assertThat(ConditionalAccess.locationRanges("nl9", named)).isNull();
  }

  @Test
  void hitsPlatform_is_true_without_a_location_condition_even_without_platform_ips() {
    // GIVEN a policy for every location and an unknown platform list
    ConditionalAccess.PlatformHit hit =
        ConditionalAccess.hitsPlatform(locations(List.of("All"), List.of()), null, List.of());
    // THEN it hits the platform
    assertThat(hit.value()).isEqualTo(Tri.TRUE);
  }

  @Test
  void hitsPlatform_is_unknown_with_a_location_condition_and_no_platform_ips() {
    // GIVEN a location-based policy and an unknown platform list
    ConditionalAccess.PlatformHit hit =
        ConditionalAccess.hitsPlatform(
            locations(List.of(), List.of("nl1")), null, List.of(location("nl1", true, "10.0.0.1")));
    // THEN it is UNKNOWN, saying the list is not collected
    assertThat(hit.value()).isEqualTo(Tri.UNKNOWN);
    assertThat(hit.unknownBecause()).isEqualTo("not collected: platform.ipAddresses");
  }

  @Test
  void hitsPlatform_lists_the_addresses_outside_the_excluded_locations() {
    // GIVEN a policy excluding a location holding one of the two platform addresses
    ConditionalAccess.PlatformHit hit =
        ConditionalAccess.hitsPlatform(
            locations(List.of("All"), List.of("nl1")),
            PLATFORM_IPS,
            List.of(location("nl1", false, "34.67.39.0/24")));
    // THEN it hits the other address only
    assertThat(hit.value()).isEqualTo(Tri.TRUE);
    assertThat(hit.addresses()).containsExactly(IpRange.parse("35.188.63.45"));
  }

  @Test
  void hitsPlatform_is_false_when_every_platform_address_is_excluded() {
    // GIVEN a policy excluding AllTrusted, and trusted locations holding both addresses
    ConditionalAccess.PlatformHit hit =
        ConditionalAccess.hitsPlatform(
            locations(List.of(), List.of("AllTrusted")),
            PLATFORM_IPS,
            List.of(location("a", true, "34.67.39.103"), location("b", true, "35.188.0.0/16")));
    // THEN it does not hit the platform
    assertThat(hit.value()).isEqualTo(Tri.FALSE);
    assertThat(hit.addresses()).isEmpty();
  }

  @Test
  void hitsPlatform_for_included_locations_only_when_they_hold_a_platform_address() {
    // GIVEN policies including one specific location
    List<NamedLocation> named =
        List.of(
            location("cloud", false, "35.188.0.0/16"), location("far", false, "198.51.100.0/24"));
    // WHEN / THEN the location holding a platform address is hit, the other one is not
    assertThat(
            ConditionalAccess.hitsPlatform(
                    locations(List.of("cloud"), List.of()), PLATFORM_IPS, named)
                .addresses())
        .containsExactly(IpRange.parse("35.188.63.45"));
    assertThat(
            ConditionalAccess.hitsPlatform(
                    locations(List.of("far"), List.of()), PLATFORM_IPS, named)
                .value())
        .isEqualTo(Tri.FALSE);
  }

  @Test
  void hitsPlatform_is_unknown_for_a_missing_excluded_location_unless_decided_otherwise() {
    // GIVEN a policy excluding a location that is not in namedLocations
    ConditionalAccess.PlatformHit unknown =
        ConditionalAccess.hitsPlatform(
            locations(List.of(), List.of("nl9")), PLATFORM_IPS, List.of());
    // THEN it is UNKNOWN, naming the location
    assertThat(unknown.value()).isEqualTo(Tri.UNKNOWN);
    assertThat(unknown.unknownBecause())
        .isEqualTo("named location 'nl9' not in tenant.entra.namedLocations");
    // GIVEN a policy that also includes only a known location far from the platform
    ConditionalAccess.PlatformHit decided =
        ConditionalAccess.hitsPlatform(
            locations(List.of("far"), List.of("nl9")),
            PLATFORM_IPS,
            List.of(location("far", false, "198.51.100.0/24")));
    // THEN the inclusion decides: FALSE
    assertThat(decided.value()).isEqualTo(Tri.FALSE);
  }

  @Test
  void an_ipv4_location_does_not_contain_an_ipv6_platform_address() {
    // GIVEN an IPv6 platform address and a location covering all of IPv4
    ConditionalAccess.PlatformHit hit =
        ConditionalAccess.hitsPlatform(
            locations(List.of(), List.of("v4")),
            List.of(IpRange.parse("2001:db8::10")),
            List.of(location("v4", true, "0.0.0.0/0")));
    // THEN the address is not excluded, so the policy hits it
    assertThat(hit.value()).isEqualTo(Tri.TRUE);
  }

  @Test
  void locationScope_and_clientAppTypes_describe_the_policy_for_messages() {
    // GIVEN named locations and policies excluding and including them
    List<NamedLocation> named = List.of(location("nl1", true, "10.0.0.0/8"));
    // WHEN / THEN exclusions read "from outside", inclusions "from", both "from ..., except"
    assertThat(ConditionalAccess.locationScope(locations(List.of("All"), List.of("nl1")), named))
        .isEqualTo("from outside 'Location nl1' (nl1)");
    assertThat(ConditionalAccess.locationScope(locations(List.of("nl2"), List.of()), named))
        .isEqualTo("from nl2");
    assertThat(
            ConditionalAccess.locationScope(
                locations(List.of("nl2"), List.of("AllTrusted")), named))
        .isEqualTo("from nl2, except AllTrusted");
    assertThat(ConditionalAccess.clientAppTypes(clients())).isEqualTo("all client apps");
    assertThat(ConditionalAccess.clientAppTypes(clients("exchangeActiveSync", "other")))
        .isEqualTo("exchangeActiveSync, other");
  }

  /** A block-all policy with the conditions added since mailready 1.0. */
  private static ConditionalAccessPolicy conditions(
      List<String> includeGroups,
      List<String> excludeRoles,
      List<String> userRiskLevels,
      List<String> authenticationFlows,
      List<String> includePlatforms,
      String deviceFilter,
      List<String> notCollected) {
    return new ConditionalAccessPolicy(
        "ca1",
        "Policy",
        ConditionalAccessState.ENABLED,
        List.of(),
        includeGroups.isEmpty() ? List.of("All") : List.of(),
        List.of(),
        List.of("All"),
        List.of(),
        List.of(),
        List.of("block"),
        includeGroups,
        List.of(),
        List.of(),
        excludeRoles,
        null,
        userRiskLevels,
        List.of(),
        authenticationFlows,
        List.of(),
        includePlatforms,
        List.of(),
        deviceFilter,
        List.of(),
        notCollected);
  }

  private static MailboxView member(List<String> groupIds, List<String> roles) {
    MailboxView carol = carol();
    Mailbox m = carol.mailbox();
    Mailbox mailbox =
        new Mailbox(
            m.address(),
            m.userPrincipalName(),
            m.primarySmtpAddress(),
            m.proxyAddresses(),
            null,
            null,
            m.hostedIn(),
            null,
            null,
            null,
            null,
            null,
            roles,
            null,
            null,
            null,
            "0f0e0d0c-0000-4000-8000-00000000ca01",
            groupIds,
            null);
    return new MailboxView(
        carol.address(),
        mailbox,
        carol.hostedIn(),
        carol.exo(),
        carol.exs(),
        carol.ewsRelevant(),
        carol.easRelevant(),
        carol.signIn(),
        carol.primary(),
        carol.secondaries(),
        carol.mailDomain());
  }

  @Test
  void risk_and_authentication_flow_policies_do_not_apply_to_the_platforms_sign_in() {
    // GIVEN a CISA-style "block high-risk users" policy and a device-code-flow block
    ConditionalAccessPolicy risk =
        conditions(List.of(), List.of(), List.of("high"), List.of(), List.of(), null, null);
    ConditionalAccessPolicy flows =
        conditions(
            List.of(), List.of(), List.of(), List.of("deviceCodeFlow"), List.of(), null, null);
    // WHEN their conditions are read  THEN neither applies to ordinary delegated sync
    assertThat(ConditionalAccess.conditionsApply(risk).value()).isEqualTo(Tri.FALSE);
    assertThat(ConditionalAccess.conditionsApply(flows).value()).isEqualTo(Tri.FALSE);
  }

  @Test
  void device_platforms_filters_and_uncollected_conditions_make_the_reach_unknown() {
    // GIVEN a policy for iOS, one with a device filter, one whose risk levels were not collected
    ConditionalAccessPolicy platforms =
        conditions(List.of(), List.of(), List.of(), List.of(), List.of("iOS"), null, null);
    ConditionalAccessPolicy filter =
        conditions(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "device.isCompliant -eq True",
            null);
    ConditionalAccessPolicy partial =
        conditions(
            List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of("userRiskLevels"));
    // WHEN read  THEN UNKNOWN, saying why
    assertThat(ConditionalAccess.conditionsApply(platforms).value()).isEqualTo(Tri.UNKNOWN);
    assertThat(ConditionalAccess.conditionsApply(platforms).because()).contains("[iOS]");
    assertThat(ConditionalAccess.conditionsApply(filter).because())
        .contains("device.isCompliant -eq True");
    assertThat(ConditionalAccess.conditionsApply(partial).because())
        .contains("userRiskLevels not collected");
    assertThat(
            ConditionalAccess.conditionsApply(
                    conditions(List.of(), List.of(), List.of(), List.of(), List.of(), null, null))
                .value())
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void group_and_role_targeting_is_decided_by_the_mailboxs_memberships_when_collected() {
    // GIVEN a policy for group g1, and one for all users except role r1
    ConditionalAccessPolicy group =
        conditions(List.of("g1"), List.of(), List.of(), List.of(), List.of(), null, null);
    ConditionalAccessPolicy role =
        conditions(List.of(), List.of("R1"), List.of(), List.of(), List.of(), null, null);
    // WHEN the mailbox's groups and roles are known, empty, or not collected
    // THEN membership decides; not collected is UNKNOWN, an empty list is "none"
    assertThat(ConditionalAccess.userApplies(group, member(List.of("G1"), List.of())).value())
        .isEqualTo(Tri.TRUE);
    assertThat(ConditionalAccess.userApplies(group, member(List.of(), List.of())).value())
        .isEqualTo(Tri.FALSE);
    assertThat(ConditionalAccess.userApplies(group, member(null, List.of())).because())
        .isEqualTo("not collected: mailboxes[carol@contoso.com].groupIds");
    assertThat(ConditionalAccess.userApplies(role, member(null, List.of("r1"))).value())
        .isEqualTo(Tri.FALSE);
    assertThat(ConditionalAccess.userApplies(role, member(null, List.of())).value())
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void a_user_reference_may_be_the_mailboxs_entra_object_id() {
    // GIVEN a policy that names carol by her object id
    MailboxView carol = member(List.of(), List.of());
    // WHEN / THEN the object id matches
    assertThat(ConditionalAccess.userRefMatches("0F0E0D0C-0000-4000-8000-00000000CA01", carol))
        .isTrue();
  }
}
