package io.mailready.collect;

import static io.mailready.collect.FakeTenant.ALICE;
import static io.mailready.collect.FakeTenant.BOB;
import static io.mailready.collect.FakeTenant.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.imports.Import;
import io.mailready.imports.Imported;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector's folder is what the importer reads: the two agree on names and shapes. */
class CollectThenImportTest {
  @TempDir Path out;
  private FakeApi api;

  @BeforeEach
  void startFake() throws IOException {
    api = new FakeApi();
  }

  @AfterEach
  void stopFake() {
    api.close();
  }

  @Test
  void aCollectedFolderImportsIntoASnapshotWithEveryCollectedSection() throws IOException {
    // GIVEN a folder the collector wrote from a tenant whose every call answered
    FakeTenant.mailboxes(FakeTenant.tenantWide(api));
    CollectionResult result =
        Collector.builder()
            .tenant(TENANT)
            .tokens(a -> "token")
            .mailboxes(List.of(ALICE, BOB))
            .outputDirectory(out)
            .graphBaseUrl(api.graphBase())
            .exchangeBaseUrl(api.exchangeBase())
            .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(5)))
            .sleeper(d -> {})
            .build()
            .collect();
    assertThat(result.complete()).isTrue();

    // WHEN the importer reads the folder (manifest.json included)
    Imported imported = Import.from(out);

    // THEN the snapshot has the tenant's sections and both mailboxes, joined with their users
    Snapshot snapshot = imported.snapshot();
    assertThat(snapshot.tenant().deployment()).isEqualTo(Deployment.EXCHANGE_ONLINE);
    assertThat(snapshot.tenant().organizationConfig()).isNotNull();
    assertThat(snapshot.tenant().organizationConfig().collected("ewsAllowedAppIds")).isTrue();
    assertThat(snapshot.tenant().activeSyncOrganizationSettings()).isNotNull();
    assertThat(snapshot.tenant().entra()).isNotNull();
    assertThat(snapshot.tenant().entra().conditionalAccessPolicies())
        .as("both pages of Conditional Access policies")
        .hasSizeGreaterThan(1);
    assertThat(snapshot.tenant().entra().lowImpactPermissions()).isNotNull();
    assertThat(snapshot.mailboxes()).extracting(Mailbox::address).containsExactly(ALICE, BOB);
    Mailbox alice = snapshot.mailboxes().get(0);
    assertThat(alice.casMailbox()).isNotNull();
    assertThat(alice.mobileDevices()).isNotNull();
    assertThat(alice.entraObjectId()).isEqualTo(FakeTenant.ALICE_ID);
    assertThat(alice.groupIds()).as("transitive memberships").isNotNull();
  }
}
