package io.mailready.rules.microsoft;

import io.mailready.rule.Flag;
import io.mailready.rule.Subject;
import io.mailready.rule.Tri;
import io.mailready.snapshot.Autodiscover;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Domain;
import io.mailready.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One domain subject of EXCH-AUTO-001 ({@code requirements.md} 0.4 and 1.8): whether a mailbox of
 * the domain relies on autodiscover, and {@code autodiscoverFound(domain)}.
 *
 * @param subject the domain subject: the {@code tenant.domains} name as written, else the mail
 *     domain
 * @param key the domain in lower case, to join with {@link MailboxView#mailDomain()}
 * @param used some mailbox of the domain has {@code autodiscoverUsed(mb)} (without mailboxes:
 *     {@code tenant.deployment ∈ {exchange-server, hybrid}})
 * @param usedUnknownBecause for {@code used} UNKNOWN: why; otherwise null
 * @param entry the {@code tenant.domains} entry, or null when there is none
 * @param found {@code autodiscoverFound(domain)}
 * @param unknownReason for {@code found} UNKNOWN: a reason key ({@link #DOMAINS_NOT_COLLECTED},
 *     {@link #NOT_IN_TENANT_DOMAINS}, {@link #AUTODISCOVER_NOT_COLLECTED}, {@link
 *     #ROOT_REACHABLE_UNSET}); otherwise null
 */
public record DomainAutodiscover(
    Subject subject,
    String key,
    Tri used,
    String usedUnknownBecause,
    Domain entry,
    Tri found,
    String unknownReason) {
  /** The name of the domain flag EXCH-AUTO-001 cites in {@code appliesWhen}. */
  public static final String USED_FLAG = "autodiscoverUsedForDomain";

  public static final String DOMAINS_NOT_COLLECTED = "domains-not-collected";
  public static final String NOT_IN_TENANT_DOMAINS = "not-in-tenant-domains";
  public static final String AUTODISCOVER_NOT_COLLECTED = "autodiscover-not-collected";
  public static final String ROOT_REACHABLE_UNSET = "root-reachable-unset";
  public static final String FIELD_NOT_COLLECTED = "autodiscover-field-not-collected";

  /** The fields of an autodiscover section that {@link #foundIn} reads, in the order it reads. */
  private static final String[] FOUND_FIELDS = {"cname", "a", "srvTarget", "rootReachable"};

  /**
   * True when {@code found} is UNKNOWN because a section or entry it reads is missing (rather than
   * because {@code rootReachable} is unset).
   */
  public boolean missingEntry() {
    return unknownReason != null
        && !ROOT_REACHABLE_UNSET.equals(unknownReason)
        && !FIELD_NOT_COLLECTED.equals(unknownReason);
  }

  /** The domain's autodiscover section, or null when not collected. */
  public Autodiscover autodiscover() {
    return section(entry);
  }

  /**
   * The first autodiscover field {@link #foundIn} reads that is in {@code notCollected}, or null.
   */
  public String notCollectedField() {
    return notCollectedField(autodiscover());
  }

  private static Autodiscover section(Domain entry) {
    return entry == null || !entry.collected("autodiscover") ? null : entry.autodiscover();
  }

  private static String notCollectedField(Autodiscover autodiscover) {
    if (autodiscover != null) {
      for (String field : FOUND_FIELDS) {
        if (!autodiscover.collected(field)) {
          return field;
        }
      }
    }
    return null;
  }

  /**
   * The A/AAAA records of {@code autodiscover.<domain>} as written (empty when the section is not
   * collected).
   */
  public List<String> addressRecords() {
    Autodiscover a = autodiscover();
    return a == null ? List.of() : a.a().stream().map(String::valueOf).toList();
  }

  /** The records that were found, for messages: e.g. {@code CNAME autodiscover.outlook.com}. */
  public List<String> records() {
    Autodiscover a = autodiscover();
    List<String> records = new ArrayList<>();
    if (a == null) {
      return records;
    }
    if (a.collected("cname") && !Texts.unset(a.cname())) {
      records.add("CNAME " + a.cname().strip());
    }
    if (a.collected("a")) {
      a.a().forEach(ip -> records.add("A " + ip));
    }
    if (a.collected("srvTarget") && !Texts.unset(a.srvTarget())) {
      records.add("SRV " + a.srvTarget().strip());
    }
    if (a.collected("rootReachable") && Boolean.TRUE.equals(a.rootReachable())) {
      records.add("https://" + subject.name() + "/autodiscover/autodiscover.xml answered");
    }
    return records;
  }

  /** The flag of {@code used} for the domain subject. */
  public Flag usedFlag() {
    return Flag.of(subject, USED_FLAG, used).because(usedUnknownBecause);
  }

  /**
   * {@code autodiscoverFound} of an autodiscover section: TRUE when a CNAME, an A record or an SRV
   * target is set or the root URL answered; FALSE when none is and {@code rootReachable} is false;
   * UNKNOWN when {@code rootReachable} is unset (null for a section not collected). A field in
   * {@code notCollected} shows no record and leaves FALSE open (UNKNOWN).
   */
  public static Tri foundIn(Autodiscover autodiscover) {
    if (autodiscover == null) {
      return Tri.UNKNOWN;
    }
    if ((autodiscover.collected("cname") && !Texts.unset(autodiscover.cname()))
        || (autodiscover.collected("a") && !autodiscover.a().isEmpty())
        || (autodiscover.collected("srvTarget") && !Texts.unset(autodiscover.srvTarget()))
        || (autodiscover.collected("rootReachable")
            && Boolean.TRUE.equals(autodiscover.rootReachable()))) {
      return Tri.TRUE;
    }
    if (notCollectedField(autodiscover) != null) {
      return Tri.UNKNOWN;
    }
    return Boolean.FALSE.equals(autodiscover.rootReachable()) ? Tri.FALSE : Tri.UNKNOWN;
  }

  /**
   * Every domain subject of a snapshot: the {@code tenant.domains} names in order, then the mail
   * domains of mailboxes with {@code autodiscoverUsed(mb)} TRUE or UNKNOWN that are not among them,
   * in name order. {@code uses} holds one entry per mailbox; it is ignored without mailboxes.
   */
  public static List<DomainAutodiscover> all(Snapshot snapshot, List<AutodiscoverUse> uses) {
    List<Domain> domains = snapshot.tenant().domains();
    Map<String, Domain> listed = new LinkedHashMap<>();
    if (domains != null) {
      for (Domain domain : domains) {
        if (!Texts.unset(domain.name())) {
          listed.putIfAbsent(key(domain.name()), domain);
        }
      }
    }
    List<DomainAutodiscover> result = new ArrayList<>();
    if (snapshot.mailboxes() == null) {
      Deployment deployment = snapshot.tenant().deployment();
      Tri used =
          deployment == null
              ? Tri.UNKNOWN
              : Tri.of(deployment == Deployment.EXCHANGE_SERVER || deployment == Deployment.HYBRID);
      String because = deployment == null ? "tenant.deployment is unset" : null;
      listed.values().forEach(d -> result.add(of(d.name().strip(), used, because, d, true)));
      return result;
    }
    Map<String, Tri> usedByDomain = new LinkedHashMap<>();
    Map<String, String> becauseByDomain = new LinkedHashMap<>();
    for (AutodiscoverUse use : uses) {
      String key = key(use.mailDomain());
      usedByDomain.merge(key, use.used(), Tri::or);
      if (use.used() == Tri.UNKNOWN && use.unknownBecause() != null) {
        // The first reason in text order, not in mailbox order: the report must not depend on
        // the order of the mailboxes.
        becauseByDomain.merge(key, use.unknownBecause(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    for (Domain domain : listed.values()) {
      String key = key(domain.name());
      Tri used = usedByDomain.getOrDefault(key, Tri.FALSE);
      result.add(of(domain.name().strip(), used, becauseByDomain.get(key), domain, true));
    }
    Map<String, Tri> extra = new TreeMap<>();
    usedByDomain.forEach(
        (key, used) -> {
          if (used != Tri.FALSE && !listed.containsKey(key)) {
            extra.put(key, used);
          }
        });
    extra.forEach(
        (key, used) -> result.add(of(key, used, becauseByDomain.get(key), null, domains != null)));
    return result;
  }

  private static DomainAutodiscover of(
      String name, Tri used, String because, Domain entry, boolean domainsCollected) {
    String reason = null;
    Tri found = foundIn(section(entry));
    if (!domainsCollected) {
      reason = DOMAINS_NOT_COLLECTED;
    } else if (entry == null) {
      reason = NOT_IN_TENANT_DOMAINS;
    } else if (section(entry) == null) {
      reason = AUTODISCOVER_NOT_COLLECTED;
    } else if (found == Tri.UNKNOWN && notCollectedField(section(entry)) != null) {
      reason = FIELD_NOT_COLLECTED;
    } else if (found == Tri.UNKNOWN) {
      reason = ROOT_REACHABLE_UNSET;
    }
    return new DomainAutodiscover(
        Subject.domain(name),
        key(name),
        used,
        used == Tri.UNKNOWN ? because : null,
        entry,
        found,
        reason);
  }

  /** A domain name as a join key: trimmed, lower case. */
  static String key(String domain) {
    return domain.strip().toLowerCase(Locale.ROOT);
  }
}
