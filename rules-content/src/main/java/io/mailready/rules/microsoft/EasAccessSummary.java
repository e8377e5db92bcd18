package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AccessLevel;
import io.mailready.snapshot.ActiveSyncDeviceAccessRule;
import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * EXCH-EAS-003's aggregate of {@code predictedAccessDecision} over the mailboxes, derived once per
 * snapshot: which mailboxes a new platform partnership would be blocked or quarantined for, and
 * through which source. Without mailboxes, the decision of steps 2 and 3 only.
 *
 * @param collected whether mailboxes were collected
 * @param deniedCount how many mailboxes would be blocked or quarantined (1 for the tenant-wide
 *     decision without mailboxes)
 * @param action {@code block}, {@code quarantine} or {@code block or quarantine}; null when none
 * @param affected {@code mailbox: level via source}, at most {@link #LISTED} entries and a count of
 *     the rest (without mailboxes: the source alone)
 * @param mailboxes every affected mailbox address
 * @param rule the device access rule that blocks or quarantines the platform, or null
 * @param defaultAccessLevel the default access level when it blocks or quarantines some mailbox,
 *     else null
 * @param individual {@code mailbox (device id)} of the mailboxes that block the platform device
 *     individually
 * @param individualMailbox the first of those mailboxes, or null
 * @param individualDeviceId its blocked platform device id, or null
 * @param deviceUserAgent the user agent of a known platform device (for an allow rule), or null
 * @param undecidedCount how many mailboxes have an UNKNOWN term
 * @param undecided why, without repeats, at most {@link #LISTED} entries
 */
public record EasAccessSummary(
    boolean collected,
    int deniedCount,
    String action,
    List<String> affected,
    List<String> mailboxes,
    ActiveSyncDeviceAccessRule rule,
    AccessLevel defaultAccessLevel,
    List<String> individual,
    String individualMailbox,
    String individualDeviceId,
    String deviceUserAgent,
    int undecidedCount,
    List<String> undecided) {
  /** How many mailboxes or reasons a message lists before it counts the rest. */
  public static final int LISTED = 10;

  /** The rule's name, or null. */
  public String ruleName() {
    return rule == null ? null : rule.name();
  }

  /** Aggregates the per-mailbox decisions (mailboxes collected), given in snapshot order. */
  public static EasAccessSummary of(
      Snapshot snapshot,
      KnownPlatformDevices known,
      List<MailboxAccess> decisions,
      Evaluation evaluation) {
    List<String> affected = new ArrayList<>();
    List<String> mailboxes = new ArrayList<>();
    Set<AccessLevel> levels = new LinkedHashSet<>();
    List<String> individual = new ArrayList<>();
    String individualMailbox = null;
    String individualDeviceId = null;
    AccessLevel ruleLevel = null;
    AccessLevel defaultLevel = null;
    int undecidedCount = 0;
    Set<String> undecided = new LinkedHashSet<>();
    for (MailboxAccess access : decisions) {
      Tri denied = access.denied();
      if (denied == Tri.UNKNOWN) {
        undecidedCount++;
        undecided.add(access.unknownBecause());
        continue;
      }
      if (denied == Tri.FALSE) {
        continue;
      }
      AccessDecision decision = access.decision();
      levels.add(decision.level());
      mailboxes.add(access.address());
      if (affected.size() < LISTED) {
        affected.add(
            access.address()
                + ": "
                + verb(decision.level())
                + " via "
                + source(decision, snapshot, known, evaluation));
      }
      switch (decision.source()) {
        case "Individual" -> {
          individual.add(access.address() + " (" + decision.detail() + ")");
          if (individualMailbox == null) {
            individualMailbox = access.address();
            individualDeviceId = decision.detail();
          }
        }
        case "DeviceRule" -> ruleLevel = decision.level();
        default -> defaultLevel = decision.level();
      }
    }
    if (mailboxes.size() > LISTED) {
      affected.add("and " + (mailboxes.size() - LISTED) + " more");
    }
    return new EasAccessSummary(
        true,
        mailboxes.size(),
        action(levels),
        List.copyOf(affected),
        List.copyOf(mailboxes),
        ruleLevel == null ? null : rule(snapshot, known, ruleLevel, evaluation),
        defaultLevel,
        List.copyOf(individual),
        individualMailbox,
        individualDeviceId,
        knownUserAgent(known),
        undecidedCount,
        limit(List.copyOf(undecided)));
  }

  /** The decision of steps 2 and 3 only (rules and default), when mailboxes are not collected. */
  public static EasAccessSummary withoutMailboxes(
      Snapshot snapshot, KnownPlatformDevices known, Evaluation evaluation) {
    AccessDecision decision =
        AccessDecision.predict(snapshot, known, null, null, false, evaluation);
    String userAgent = knownUserAgent(known);
    if (decision.level() == null) {
      return new EasAccessSummary(
          false,
          0,
          null,
          List.of(),
          List.of(),
          null,
          null,
          List.of(),
          null,
          null,
          userAgent,
          1,
          List.of(decision.unknownBecause()));
    }
    if (!decision.denies()) {
      return new EasAccessSummary(
          false, 0, null, List.of(), List.of(), null, null, List.of(), null, null, userAgent, 0,
          List.of());
    }
    boolean byRule = "DeviceRule".equals(decision.source());
    return new EasAccessSummary(
        false,
        1,
        verb(decision.level()),
        List.of(source(decision, snapshot, known, evaluation)),
        List.of(),
        byRule ? rule(snapshot, known, decision.level(), evaluation) : null,
        byRule ? null : decision.level(),
        List.of(),
        null,
        null,
        userAgent,
        0,
        List.of());
  }

  /** {@code block} or {@code quarantine}. */
  static String verb(AccessLevel level) {
    return level.label().toLowerCase(Locale.ROOT);
  }

  private static String action(Set<AccessLevel> levels) {
    if (levels.isEmpty()) {
      return null;
    }
    return levels.size() > 1 ? "block or quarantine" : verb(levels.iterator().next());
  }

  /** The source of a denying decision, as the catalog words it. */
  static String source(
      AccessDecision decision,
      Snapshot snapshot,
      KnownPlatformDevices known,
      Evaluation evaluation) {
    return switch (decision.source()) {
      case "Individual" -> "the mailbox's blocked device ids (" + decision.detail() + ")";
      case "DeviceRule" -> {
        ActiveSyncDeviceAccessRule rule = rule(snapshot, known, decision.level(), evaluation);
        yield "device access rule '"
            + rule.name()
            + "' ("
            + rule.characteristic()
            + " = "
            + rule.queryString()
            + ")";
      }
      default -> "the default access level " + decision.level();
    };
  }

  /** The first device access rule of that level that matches the platform (step 2 of 1.7). */
  static ActiveSyncDeviceAccessRule rule(
      Snapshot snapshot, KnownPlatformDevices known, AccessLevel level, Evaluation evaluation) {
    return snapshot.tenant().activeSyncDeviceAccessRules().stream()
        .filter(
            r ->
                r.accessLevel() == level
                    && AccessDecision.matchesPlatform(
                            r, known.devices(), snapshot.platform(), evaluation)
                        == Tri.TRUE)
        .findFirst()
        .orElseThrow();
  }

  /** The user agent of the first known platform device that reports one, or null. */
  static String knownUserAgent(KnownPlatformDevices known) {
    return known.devices().stream()
        .map(MobileDevice::deviceUserAgent)
        .filter(agent -> !Texts.unset(agent))
        .map(String::strip)
        .findFirst()
        .orElse(null);
  }

  private static List<String> limit(List<String> values) {
    if (values.size() <= LISTED) {
      return values;
    }
    List<String> limited = new ArrayList<>(values.subList(0, LISTED));
    limited.add("and " + (values.size() - LISTED) + " more");
    return List.copyOf(limited);
  }
}
