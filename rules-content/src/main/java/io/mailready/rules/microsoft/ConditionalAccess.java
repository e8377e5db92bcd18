package io.mailready.rules.microsoft;

import io.mailready.rule.Tri;
import io.mailready.snapshot.ConditionalAccessPolicy;
import io.mailready.snapshot.ConditionalAccessState;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.NamedLocation;
import io.mailready.snapshot.NamedLocationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Conditional Access helpers of {@code requirements.md} 1.9 ({@code caEnforced}, {@code
 * caBlocks}, {@code caTargetsMail}, {@code caUserApplies}, {@code caAllUsers}, {@code
 * caLegacyOnly}, {@code caLegacyClients}, {@code caHasLocationCondition}, {@code locationRanges},
 * {@code caHitsPlatform}) and {@code userRefMatches} of 1.2. Lists compare with ≈ (0.7).
 */
public final class ConditionalAccess {
  /** Office 365 Exchange Online. */
  static final String EXO_APP_ID = "00000002-0000-0ff1-ce00-000000000000";

  /** Microsoft Graph. */
  static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

  private static final Set<String> MAIL_APPLICATIONS =
      Set.of("All", "Office365", EXO_APP_ID, GRAPH_APP_ID);
  private static final Set<String> LEGACY_CLIENT_TYPES =
      Set.of("exchangeActiveSync", "easSupported", "other");
  private static final String ALL = "All";
  private static final String ALL_TRUSTED = "AllTrusted";

  private ConditionalAccess() {}

  /**
   * {@code userRefMatches(ref, mb)}: the reference ≈ the UPN, the address, the primary address or
   * the mailbox's Entra object id.
   */
  public static boolean userRefMatches(String ref, MailboxView mailbox) {
    return Texts.same(ref, mailbox.mailbox().userPrincipalName())
        || Texts.same(ref, mailbox.address())
        || Texts.same(ref, mailbox.primary())
        || Texts.same(ref, mailbox.mailbox().entraObjectId());
  }

  /**
   * A Kleene value and, when it is UNKNOWN (or FALSE, for conditions), what made it so.
   *
   * @param value the value
   * @param because why it is not TRUE, for messages; null when TRUE
   */
  public record Reading(Tri value, String because) {
    static final Reading TRUE = new Reading(Tri.TRUE, null);
  }

  /** The policy's id, else its display name, else "(without id)": how messages name it. */
  static String name(ConditionalAccessPolicy policy) {
    if (!Texts.unset(policy.id())) {
      return policy.id().strip();
    }
    return Texts.unset(policy.displayName()) ? "(without id)" : policy.displayName().strip();
  }

  /**
   * {@code caConditionsApply(p)}: whether the policy's conditions other than users, applications,
   * client app types and locations admit the platform's ordinary delegated sign-in. FALSE when the
   * policy is about risk (user or sign-in risk levels), authentication flows (device code,
   * authentication transfer) or workload identities (client applications), none of which is the
   * platform's sync; else UNKNOWN when it has device platforms, a device filter, conditions the
   * snapshot cannot hold ({@code otherConditions}), or a condition that was not collected.
   */
  public static Reading conditionsApply(ConditionalAccessPolicy policy) {
    String id = "'" + name(policy) + "'";
    if (policy.collected("userRiskLevels") && !policy.userRiskLevels().isEmpty()) {
      return new Reading(Tri.FALSE, "only users at risk " + policy.userRiskLevels());
    }
    if (policy.collected("signInRiskLevels") && !policy.signInRiskLevels().isEmpty()) {
      return new Reading(Tri.FALSE, "only sign-ins at risk " + policy.signInRiskLevels());
    }
    if (policy.collected("authenticationFlows") && !policy.authenticationFlows().isEmpty()) {
      return new Reading(Tri.FALSE, "only authentication flows " + policy.authenticationFlows());
    }
    if (policy.collected("clientApplications") && !policy.clientApplications().isEmpty()) {
      return new Reading(Tri.FALSE, "only workload identities " + policy.clientApplications());
    }
    List<String> unknown = new ArrayList<>();
    if (!policy.notCollected().isEmpty()) {
      unknown.add("its " + String.join(", ", policy.notCollected()) + " not collected");
    }
    if (!policy.includePlatforms().isEmpty() || !policy.excludePlatforms().isEmpty()) {
      unknown.add(
          "device platforms "
              + policy.includePlatforms()
              + (policy.excludePlatforms().isEmpty()
                  ? ""
                  : " except " + policy.excludePlatforms()));
    }
    if (!Texts.unset(policy.deviceFilter())) {
      unknown.add("device filter '" + policy.deviceFilter().strip() + "'");
    }
    if (!policy.otherConditions().isEmpty()) {
      unknown.add("conditions " + policy.otherConditions());
    }
    return unknown.isEmpty()
        ? Reading.TRUE
        : new Reading(
            Tri.UNKNOWN,
            "policy "
                + id
                + " has "
                + String.join("; ", unknown)
                + " (the platform's reach is unknown)");
  }

  /**
   * {@code caUserApplies(p, mb)} with group and role targeting: the user is included (All, a user
   * reference, one of the mailbox's {@code groupIds}, one of its {@code directoryRoleTemplateIds})
   * and not excluded. A group or role condition is UNKNOWN when the mailbox's memberships or roles
   * were not collected. Guests and external users are not the synced mailboxes: that condition
   * includes none of them.
   */
  public static Reading userApplies(ConditionalAccessPolicy policy, MailboxView mailbox) {
    Mailbox mb = mailbox.mailbox();
    List<String> unknown = new ArrayList<>();
    Tri included =
        Tri.of(
                allUsers(policy)
                    || policy.includeUsers().stream().anyMatch(ref -> userRefMatches(ref, mailbox)))
            .or(member(policy.includeGroups(), groups(mb), "groupIds", mailbox, unknown))
            .or(
                member(
                    policy.includeRoles(),
                    roles(mb),
                    "directoryRoleTemplateIds",
                    mailbox,
                    unknown));
    Tri excluded =
        Tri.of(policy.excludeUsers().stream().anyMatch(ref -> userRefMatches(ref, mailbox)))
            .or(member(policy.excludeGroups(), groups(mb), "groupIds", mailbox, unknown))
            .or(
                member(
                    policy.excludeRoles(),
                    roles(mb),
                    "directoryRoleTemplateIds",
                    mailbox,
                    unknown));
    Tri applies = included.and(excluded.not());
    return applies == Tri.UNKNOWN
        ? new Reading(applies, String.join("; ", unknown.stream().distinct().toList()))
        : new Reading(applies, null);
  }

  /** The mailbox's transitive group memberships, or null when not collected. */
  private static List<String> groups(Mailbox mailbox) {
    return mailbox.collected("groupIds") ? mailbox.groupIds() : null;
  }

  /** The mailbox's directory roles, or null when not collected. */
  private static List<String> roles(Mailbox mailbox) {
    return mailbox.collected("directoryRoleTemplateIds")
        ? mailbox.directoryRoleTemplateIds()
        : null;
  }

  /** Whether one of {@code held} (null: not collected) is in the policy's {@code ids}. */
  private static Tri member(
      List<String> ids,
      List<String> held,
      String field,
      MailboxView mailbox,
      List<String> unknown) {
    if (ids.isEmpty()) {
      return Tri.FALSE;
    }
    if (held == null) {
      unknown.add("not collected: mailboxes[" + mailbox.address() + "]." + field);
      return Tri.UNKNOWN;
    }
    return Tri.of(held.stream().anyMatch(id -> Texts.in(id, ids)));
  }

  /** {@code caEnforced(p)}: the state is {@code enabled}; report-only and disabled are ignored. */
  public static boolean enforced(ConditionalAccessPolicy policy) {
    return policy.state() == ConditionalAccessState.ENABLED;
  }

  /** {@code caBlocks(p)}: {@code block} is one of the built-in controls. */
  public static boolean blocks(ConditionalAccessPolicy policy) {
    return Texts.in("block", policy.builtInControls());
  }

  /** {@code caTargetsMail(p)}: the policy includes All, Office365, Exchange Online or Graph. */
  public static boolean targetsMail(ConditionalAccessPolicy policy) {
    return policy.includeApplications().stream().anyMatch(a -> Texts.in(a, MAIL_APPLICATIONS));
  }

  /** {@code caAllUsers(p)}: the policy includes All users. */
  public static boolean allUsers(ConditionalAccessPolicy policy) {
    return Texts.in(ALL, policy.includeUsers());
  }

  /** {@code caLegacyOnly(p)}: client app types are given and all of them are legacy clients. */
  public static boolean legacyOnly(ConditionalAccessPolicy policy) {
    return !policy.clientAppTypes().isEmpty()
        && policy.clientAppTypes().stream().allMatch(t -> Texts.in(t, LEGACY_CLIENT_TYPES));
  }

  /**
   * {@code caLegacyClients(p)}: some client app type is a legacy client, or none is given, or
   * {@code all} is.
   */
  public static boolean legacyClients(ConditionalAccessPolicy policy) {
    return policy.clientAppTypes().isEmpty()
        || Texts.in("all", policy.clientAppTypes())
        || policy.clientAppTypes().stream().anyMatch(t -> Texts.in(t, LEGACY_CLIENT_TYPES));
  }

  /**
   * {@code caHasLocationCondition(p)}: some location is excluded, or an included location is not
   * All.
   */
  public static boolean hasLocationCondition(ConditionalAccessPolicy policy) {
    return !policy.excludeLocations().isEmpty()
        || policy.includeLocations().stream().anyMatch(id -> !Texts.same(id, ALL));
  }

  /**
   * {@code locationRanges(id)}: the ranges of every trusted named location for {@code AllTrusted},
   * else of the named location with that id; null (UNKNOWN) when there is no such location.
   */
  public static List<IpRange> locationRanges(String id, List<NamedLocation> locations) {
    if (Texts.same(id, ALL_TRUSTED)) {
      return locations.stream()
          .filter(l -> l.isTrusted() == Boolean.TRUE)
          .flatMap(l -> l.ipRanges().stream())
          .toList();
    }
    return locations.stream()
        .filter(l -> Texts.same(l.id(), id))
        .findFirst()
        .map(NamedLocation::ipRanges)
        .orElse(null);
  }

  /**
   * The locations {@code id} names that are not IP ranges (countries, compliant network) or whose
   * kind, ranges or trust were not collected: their match with the platform's addresses is unknown.
   * For {@code AllTrusted}, the trusted ones.
   */
  static List<NamedLocation> nonIpLocations(String id, List<NamedLocation> locations) {
    return locations.stream()
        .filter(
            l ->
                Texts.same(id, ALL_TRUSTED)
                    ? l.isTrusted() == Boolean.TRUE
                    : Texts.same(l.id(), id))
        .filter(
            l ->
                (l.kind() != null && l.kind() != NamedLocationKind.IP)
                    || l.anyNotCollected("kind", "ipRanges", "isTrusted"))
        .toList();
  }

  /**
   * Which platform addresses the policy applies to ({@code caHitsPlatform}).
   *
   * @param value {@code caHitsPlatform(p)}
   * @param addresses the platform addresses for which the policy certainly applies
   * @param unknownBecause why the value is UNKNOWN, else null
   */
  public record PlatformHit(Tri value, List<IpRange> addresses, String unknownBecause) {
    public PlatformHit {
      addresses = List.copyOf(addresses);
    }
  }

  /**
   * {@code caHitsPlatform(p)}: does the policy apply to requests from the platform's addresses?
   * TRUE without a location condition; otherwise UNKNOWN when {@code platformIps} is (null), else
   * whether some platform address is in an included location and in no excluded one.
   *
   * @param platformIps {@code platformIps} of 1.10, or null when UNKNOWN
   */
  public static PlatformHit hitsPlatform(
      ConditionalAccessPolicy policy, List<IpRange> platformIps, List<NamedLocation> locations) {
    if (!hasLocationCondition(policy)) {
      return new PlatformHit(Tri.TRUE, platformIps == null ? List.of() : platformIps, null);
    }
    if (platformIps == null) {
      return new PlatformHit(Tri.UNKNOWN, List.of(), "not collected: platform.ipAddresses");
    }
    boolean includesAll =
        policy.includeLocations().isEmpty() || Texts.in(ALL, policy.includeLocations());
    List<String> unknownLocations = new ArrayList<>();
    List<String> nonIpLocations = new ArrayList<>();
    List<IpRange> hit = new ArrayList<>();
    Tri any = Tri.FALSE;
    for (IpRange ip : platformIps) {
      Tri included =
          includesAll
              ? Tri.TRUE
              : inSome(ip, policy.includeLocations(), locations, unknownLocations, nonIpLocations);
      Tri excluded =
          inSome(ip, policy.excludeLocations(), locations, unknownLocations, nonIpLocations);
      Tri applies = included.and(excluded.not());
      if (applies == Tri.TRUE) {
        hit.add(ip);
      }
      any = any.or(applies);
    }
    List<String> reasons = new ArrayList<>();
    if (!unknownLocations.isEmpty()) {
      reasons.add(
          "named location "
              + String.join(", ", unknownLocations.stream().distinct().toList())
              + " not in tenant.entra.namedLocations");
    }
    if (!nonIpLocations.isEmpty()) {
      reasons.add(
          "named location "
              + String.join(", ", nonIpLocations.stream().distinct().toList())
              + " cannot be matched with IP addresses");
    }
    String because = any == Tri.UNKNOWN ? String.join("; ", reasons) : null;
    return new PlatformHit(any, hit, because);
  }

  /** Whether the address lies in one of the locations (UNKNOWN for an unknown location id). */
  private static Tri inSome(
      IpRange ip,
      List<String> ids,
      List<NamedLocation> locations,
      List<String> unknownIds,
      List<String> nonIpIds) {
    Tri result = Tri.FALSE;
    for (String id : ids) {
      if (Texts.same(id, ALL)) {
        // design decision: "All" names every location, wherever it is listed
        return Tri.TRUE;
      }
      List<IpRange> ranges = locationRanges(id, locations);
      List<NamedLocation> nonIp = nonIpLocations(id, locations);
      if (ranges != null && ranges.stream().anyMatch(r -> r.contains(ip))) {
        return Tri.TRUE;
      }
      if (!nonIp.isEmpty()) {
        // a country or compliant-network location: whether it holds the address is unknown
        nonIp.forEach(
            l ->
                nonIpIds.add(
                    "'"
                        + (l.id() == null ? id : l.id()).strip()
                        + "' ("
                        + (l.anyNotCollected("kind", "ipRanges", "isTrusted")
                            ? "not collected: " + String.join(", ", l.notCollected())
                            : l.kind().label())
                        + ")"));
        result = result.or(Tri.UNKNOWN);
      } else if (ranges == null) {
        unknownIds.add("'" + id.strip() + "'");
        result = result.or(Tri.UNKNOWN);
      }
    }
    return result;
  }

  /**
   * The named locations as shown in messages: {@code 'Office' (nl1)} for a known location, the id
   * as written otherwise.
   */
  public static List<String> describeLocations(List<String> ids, List<NamedLocation> locations) {
    List<String> described = new ArrayList<>();
    for (String id : ids) {
      NamedLocation location =
          locations.stream().filter(l -> Texts.same(l.id(), id)).findFirst().orElse(null);
      described.add(
          location == null || Texts.unset(location.displayName())
              ? id.strip()
              : "'" + location.displayName().strip() + "' (" + id.strip() + ")");
    }
    return described;
  }

  /**
   * Where a location-based policy blocks sign-ins, for messages: "from outside X" for excluded
   * locations only, "from Y" for specific included locations, "from Y, except X" for both.
   */
  public static String locationScope(
      ConditionalAccessPolicy policy, List<NamedLocation> locations) {
    List<String> included =
        policy.includeLocations().stream().filter(id -> !Texts.same(id, ALL)).toList();
    String excluded = String.join(", ", describeLocations(policy.excludeLocations(), locations));
    if (included.isEmpty()) {
      return "from outside " + excluded;
    }
    String from = "from " + String.join(", ", describeLocations(included, locations));
    return excluded.isEmpty() ? from : from + ", except " + excluded;
  }

  /** The client app types a policy targets, for messages; none given means all client apps. */
  public static String clientAppTypes(ConditionalAccessPolicy policy) {
    return policy.clientAppTypes().isEmpty()
        ? "all client apps"
        : String.join(", ", policy.clientAppTypes().stream().map(String::strip).toList());
  }
}
