package io.mailready.rules.microsoft;

import io.mailready.rule.Tri;
import io.mailready.snapshot.ConditionalAccessPolicy;
import io.mailready.snapshot.ConditionalAccessState;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.NamedLocation;
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
   * {@code userRefMatches(ref, mb)}: the reference ≈ the UPN, the address or the primary address.
   * An Entra object id never matches (the snapshot has none for a mailbox).
   */
  public static boolean userRefMatches(String ref, MailboxView mailbox) {
    return Texts.same(ref, mailbox.mailbox().userPrincipalName())
        || Texts.same(ref, mailbox.address())
        || Texts.same(ref, mailbox.primary());
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

  /** {@code caUserApplies(p, mb)}: the user is included (or All is) and not excluded. */
  public static boolean userApplies(ConditionalAccessPolicy policy, MailboxView mailbox) {
    boolean included =
        allUsers(policy)
            || policy.includeUsers().stream().anyMatch(ref -> userRefMatches(ref, mailbox));
    return included
        && policy.excludeUsers().stream().noneMatch(ref -> userRefMatches(ref, mailbox));
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
    List<IpRange> hit = new ArrayList<>();
    Tri any = Tri.FALSE;
    for (IpRange ip : platformIps) {
      Tri included =
          includesAll
              ? Tri.TRUE
              : inSome(ip, policy.includeLocations(), locations, unknownLocations);
      Tri excluded = inSome(ip, policy.excludeLocations(), locations, unknownLocations);
      Tri applies = included.and(excluded.not());
      if (applies == Tri.TRUE) {
        hit.add(ip);
      }
      any = any.or(applies);
    }
    String because =
        any == Tri.UNKNOWN
            ? "named location "
                + String.join(", ", unknownLocations.stream().distinct().toList())
                + " not in tenant.entra.namedLocations"
            : null;
    return new PlatformHit(any, hit, because);
  }

  /** Whether the address lies in one of the locations (UNKNOWN for an unknown location id). */
  private static Tri inSome(
      IpRange ip, List<String> ids, List<NamedLocation> locations, List<String> unknownIds) {
    Tri result = Tri.FALSE;
    for (String id : ids) {
      if (Texts.same(id, ALL)) {
        // design decision: "All" names every location, wherever it is listed
        return Tri.TRUE;
      }
      List<IpRange> ranges = locationRanges(id, locations);
      if (ranges == null) {
        unknownIds.add("'" + id.strip() + "'");
        result = result.or(Tri.UNKNOWN);
      } else if (ranges.stream().anyMatch(r -> r.contains(ip))) {
        return Tri.TRUE;
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
