package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.ExchangeFixtures.evaluation;
import static io.mailready.rules.microsoft.ExchangeFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Subject;
import io.mailready.rule.Tri;
import io.mailready.snapshot.Autodiscover;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainAutodiscoverTest {
  private static List<DomainAutodiscover> domains(Snapshot snapshot) {
    List<AutodiscoverUse> uses =
        snapshot.mailboxes() == null
            ? List.of()
            : snapshot.mailboxes().stream()
                .map(m -> AutodiscoverUse.of(MailboxView.of(snapshot, m), evaluation("2025-06-01")))
                .toList();
    return DomainAutodiscover.all(snapshot, uses);
  }

  @Test
  void any_record_or_an_answering_root_url_means_found() {
    // GIVEN autodiscover sections with one kind of record each
    // WHEN autodiscoverFound is read
    // THEN each is TRUE
    assertThat(DomainAutodiscover.foundIn(new Autodiscover("x.contoso.com", null, null, false)))
        .isEqualTo(Tri.TRUE);
    assertThat(
            DomainAutodiscover.foundIn(
                new Autodiscover(null, List.of(IpRange.parse("203.0.113.1")), null, null)))
        .isEqualTo(Tri.TRUE);
    assertThat(DomainAutodiscover.foundIn(new Autodiscover(null, null, "mail.contoso.com", null)))
        .isEqualTo(Tri.TRUE);
    assertThat(DomainAutodiscover.foundIn(new Autodiscover(null, null, null, true)))
        .isEqualTo(Tri.TRUE);
  }

  @Test
  void no_record_and_a_silent_root_url_means_not_found_and_an_unset_root_means_unknown() {
    // GIVEN autodiscover sections without records (blank texts count as unset)
    // WHEN autodiscoverFound is read
    // THEN rootReachable false is FALSE, unset is UNKNOWN, and a missing section is UNKNOWN
    assertThat(DomainAutodiscover.foundIn(new Autodiscover(" ", List.of(), "", false)))
        .isEqualTo(Tri.FALSE);
    assertThat(DomainAutodiscover.foundIn(new Autodiscover(null, null, null, null)))
        .isEqualTo(Tri.UNKNOWN);
    assertThat(DomainAutodiscover.foundIn(null)).isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void listed_domains_come_first_and_mail_domains_of_autodiscover_users_are_added() {
    // GIVEN two listed domains (one without users) and Exchange Server mailboxes of a listed
    // domain (in another case) and of two unlisted domains
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-server
              domains:
                - { name: Contoso.com, autodiscover: { rootReachable: false } }
                - { name: litware.com, autodiscover: { cname: autodiscover.litware.com } }
            mailboxes:
              - { address: a@contoso.com }
              - { address: b@zeta.com }
              - { address: c@alpha.com }
            """);
    // WHEN the domain subjects are derived
    List<DomainAutodiscover> all = domains(s);
    // THEN the listed names keep their spelling, the others follow in name order
    assertThat(all)
        .extracting(DomainAutodiscover::subject)
        .containsExactly(
            Subject.domain("Contoso.com"),
            Subject.domain("litware.com"),
            Subject.domain("alpha.com"),
            Subject.domain("zeta.com"));
    assertThat(all)
        .extracting(DomainAutodiscover::used)
        .containsExactly(Tri.TRUE, Tri.FALSE, Tri.TRUE, Tri.TRUE);
    assertThat(all)
        .extracting(DomainAutodiscover::found)
        .containsExactly(Tri.FALSE, Tri.TRUE, Tri.UNKNOWN, Tri.UNKNOWN);
    assertThat(all.get(2).unknownReason()).isEqualTo(DomainAutodiscover.NOT_IN_TENANT_DOMAINS);
    assertThat(all.get(0).key()).isEqualTo("contoso.com");
  }

  @Test
  void mail_domains_of_mailboxes_that_do_not_use_autodiscover_are_not_subjects() {
    // GIVEN an Exchange Online tenant whose OAuth mailbox's domain is not listed
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant: { name: t, deployment: exchange-online, domains: [] }
            mailboxes: [ { address: a@contoso.com, authMethod: oauth } ]
            """);
    // WHEN the domain subjects are derived
    // THEN there is none
    assertThat(domains(s)).isEmpty();
  }

  @Test
  void a_domain_is_used_when_any_mailbox_uses_autodiscover_and_unknown_when_one_might() {
    // GIVEN a hybrid tenant: one domain with an Exchange Server mailbox and a mailbox of unknown
    // host, another with only a mailbox of unknown host
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: hybrid
              domains:
                - { name: contoso.com, autodiscover: { rootReachable: false } }
                - { name: litware.com }
            mailboxes:
              - { address: a@contoso.com, hostedIn: exchange-server }
              - { address: b@contoso.com, authMethod: oauth }
              - { address: c@litware.com, authMethod: oauth }
            """);
    // WHEN the domain subjects are derived
    List<DomainAutodiscover> all = domains(s);
    // THEN the first is used, the second UNKNOWN with the mailbox's reason, and the missing
    // autodiscover section is a missing entry
    assertThat(all.get(0).used()).isEqualTo(Tri.TRUE);
    assertThat(all.get(0).usedUnknownBecause()).isNull();
    assertThat(all.get(1).used()).isEqualTo(Tri.UNKNOWN);
    assertThat(all.get(1).usedUnknownBecause()).contains("mailboxes[c@litware.com].hostedIn");
    assertThat(all.get(1).unknownReason()).isEqualTo(DomainAutodiscover.AUTODISCOVER_NOT_COLLECTED);
    assertThat(all.get(1).missingEntry()).isTrue();
    assertThat(all.get(1).usedFlag().name()).isEqualTo(DomainAutodiscover.USED_FLAG);
  }

  @Test
  void without_mailboxes_the_deployment_decides_for_the_listed_domains() {
    // GIVEN listed domains and no mailboxes, for each deployment
    String yaml =
        """
        platform: {}
        tenant:
          name: t
          deployment: %s
          domains: [ { name: contoso.com, autodiscover: { rootReachable: null } } ]
        """;
    // WHEN the domain subjects are derived
    // THEN Exchange Server and hybrid use autodiscover, Exchange Online does not, unset is UNKNOWN
    assertThat(domains(snapshot(yaml.formatted("exchange-server"))).get(0).used())
        .isEqualTo(Tri.TRUE);
    assertThat(domains(snapshot(yaml.formatted("hybrid"))).get(0).used()).isEqualTo(Tri.TRUE);
    assertThat(domains(snapshot(yaml.formatted("exchange-online"))).get(0).used())
        .isEqualTo(Tri.FALSE);
    DomainAutodiscover unset = domains(snapshot(yaml.formatted("null"))).get(0);
    assertThat(unset.used()).isEqualTo(Tri.UNKNOWN);
    assertThat(unset.usedUnknownBecause()).isEqualTo("tenant.deployment is unset");
    assertThat(unset.unknownReason()).isEqualTo(DomainAutodiscover.ROOT_REACHABLE_UNSET);
    assertThat(unset.missingEntry()).isFalse();
  }

  @Test
  void without_tenant_domains_the_mail_domains_are_subjects_with_domains_not_collected() {
    // GIVEN no tenant.domains and an Exchange Server mailbox
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant: { name: t, deployment: exchange-server }
            mailboxes: [ { address: a@contoso.com } ]
            """);
    // WHEN the domain subjects are derived
    List<DomainAutodiscover> all = domains(s);
    // THEN the mail domain is a subject whose entry is missing because domains were not collected
    assertThat(all)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.domain("contoso.com"));
              assertThat(d.unknownReason()).isEqualTo(DomainAutodiscover.DOMAINS_NOT_COLLECTED);
            });
  }

  @Test
  void records_list_what_was_found() {
    // GIVEN a domain with a CNAME, an A record, an SRV target and an answering root URL
    Snapshot s =
        snapshot(
            """
            platform: {}
            tenant:
              name: t
              deployment: exchange-server
              domains:
                - name: contoso.com
                  autodiscover: { cname: x.contoso.com, a: [203.0.113.1], srvTarget: mail.contoso.com, rootReachable: true }
            mailboxes: []
            """);
    // WHEN the records are listed
    DomainAutodiscover d = domains(s).get(0);
    // THEN each is named
    assertThat(d.records())
        .containsExactly(
            "CNAME x.contoso.com",
            "A 203.0.113.1",
            "SRV mail.contoso.com",
            "https://contoso.com/autodiscover/autodiscover.xml answered");
    assertThat(d.addressRecords()).containsExactly("203.0.113.1");
  }
}
