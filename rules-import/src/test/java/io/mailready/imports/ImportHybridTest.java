package io.mailready.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.ExchangeServerVersion;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import io.mailready.snapshot.Snapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hybrid folder: the on-premises shell's classic cmdlets, Get-EXO*, and a partial snapshot. */
class ImportHybridTest {
  static Imported imported;

  @BeforeAll
  static void importFolder() {
    imported = Import.from(Fixtures.folder("hybrid"));
  }

  static Mailbox mailbox(String address) {
    return imported.snapshot().mailboxes().stream()
        .filter(mailbox -> mailbox.address().equalsIgnoreCase(address))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void derivesHybridFromBothShellsAndHostsFromTheOnPremisesRecipientTypes() {
    assertThat(imported.summary().deployment()).isEqualTo("hybrid");
    assertThat(mailbox("dave@fabrikam.com").hostedIn()).isEqualTo(MailboxHost.EXCHANGE_SERVER);
    assertThat(mailbox("erin@fabrikam.com").hostedIn()).isEqualTo(MailboxHost.EXCHANGE_ONLINE);
    assertThat(mailbox("erin@fabrikam.com").casMailbox().activeSyncEnabled()).isTrue();
  }

  @Test
  void theOldestServerGivesTheVersion() {
    // 15.2 build 1544 is 2019, build 2562 Subscription Edition
    assertThat(imported.snapshot().tenant().exchangeServerVersion())
        .isEqualTo(ExchangeServerVersion.V2019);
    assertThat(ExchangeReader.versionLabel(15, 2, 2562)).isEqualTo("SE");
    assertThat(ExchangeReader.versionLabel(15, 1, 2507)).isEqualTo("2016");
  }

  @Test
  void virtualDirectoriesReduceServerObjectsAndUris() {
    var ews = imported.snapshot().tenant().virtualDirectories().ews().get(0);
    assertThat(ews.server()).isEqualTo("EX01");
    assertThat(ews.externalUrl()).isEqualTo("https://mail.fabrikam.com/EWS/Exchange.asmx");
    assertThat(ews.basicAuthentication()).isTrue();
    var activeSync = imported.snapshot().tenant().virtualDirectories().activeSync().get(0);
    assertThat(activeSync.externalUrl()).isNull();
  }

  @Test
  void devicesOfOneFileJoinTheirMailboxByIdentity() {
    assertThat(mailbox("dave@fabrikam.com").mobileDevices()).hasSize(1);
    assertThat(mailbox("erin@fabrikam.com").mobileDevices()).isEmpty();
  }

  @Test
  void thePartialSnapshotWinsAndEachConflictIsReported() {
    Snapshot snapshot = imported.snapshot();
    assertThat(snapshot.evaluatedAt()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(snapshot.platform().name()).isEqualTo("Nylas");
    assertThat(snapshot.tenant().deployment()).isEqualTo(Deployment.EXCHANGE_SERVER);
    assertThat(snapshot.tenant().network().ewsExternallyReachable()).isTrue();
    assertThat(imported.summary().conflicts())
        .singleElement()
        .satisfies(
            conflict ->
                assertThat(conflict)
                    .startsWith("tenant.deployment: imported 'hybrid', ")
                    .endsWith("platform.yaml has 'exchange-server' (wins)"));
    // matched by address case-insensitively; what it sets is collected now
    Mailbox dave = mailbox("dave@fabrikam.com");
    assertThat(dave.address()).isEqualTo("dave@fabrikam.com");
    assertThat(dave.authMethod()).isNotNull();
    assertThat(dave.notCollected()).doesNotContain("authMethod", "usesAppPassword");
    assertThat(dave.notCollected()).contains("mfaRequired", "signInAddress");
    assertThat(mailbox("frank@fabrikam.com").hostedIn()).isEqualTo(MailboxHost.EXCHANGE_SERVER);
  }

  @Test
  void exchangeServerAuthenticationPoliciesHaveNoAllowSwitches() {
    var policy = imported.snapshot().tenant().authenticationPolicies().get(0);
    assertThat(policy.blockLegacyAuthWebServices()).isTrue();
    assertThat(policy.notCollected())
        .containsExactly(
            "allowBasicAuthWebServices", "allowBasicAuthActiveSync", "allowBasicAuthAutodiscover");
  }
}
