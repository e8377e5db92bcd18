package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.EntraSnapshots.evaluation;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Tri;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EwsRetirementTest {
  private static Snapshot snapshot(String organizationConfig, String azureApp, String mailboxes) {
    String yaml =
        "schema: mailready/v1\n"
            + "platform: { name: Nylas"
            + (azureApp == null ? "" : ", azureApp: " + azureApp)
            + " }\n"
            + "tenant: { name: contoso.com, deployment: exchange-online"
            + (organizationConfig == null ? "" : ", organizationConfig: " + organizationConfig)
            + " }\n"
            + (mailboxes == null ? "" : "mailboxes: " + mailboxes + "\n");
    return Snapshots.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void an_allow_listed_app_is_contained_and_the_mailboxes_are_sorted() {
    // GIVEN EwsEnabled true with the app allow-listed in other case
    Snapshot snapshot =
        snapshot("{ ewsEnabled: true, ewsAllowedAppIds: [' APP-1 '] }", "{ appId: app-1 }", "[]");
    // WHEN the facts are derived on 2026-10-01
    EwsRetirement facts =
        EwsRetirement.of(
            snapshot,
            evaluation(LocalDate.parse("2026-10-01"), true),
            List.of("zoe@contoso.com", "amy@contoso.com"));
    // THEN the window is ALLOW_LIST, the app is listed, the mailboxes sorted
    assertThat(facts.window()).isEqualTo(Dates.ALLOW_LIST);
    assertThat(facts.appListed()).isEqualTo(Tri.TRUE);
    assertThat(facts.contains()).isEqualTo("contains");
    assertThat(facts.listed()).isEqualTo("listed");
    assertThat(facts.ewsEnabled()).isEqualTo(true);
    assertThat(facts.mailboxes()).isEqualTo(List.of("amy@contoso.com", "zoe@contoso.com"));
  }

  @Test
  void missing_sections_are_cited_as_not_collected() {
    // GIVEN no organizationConfig, no azureApp and no mailboxes
    Snapshot snapshot = snapshot(null, null, null);
    // WHEN the facts are derived before the per-user change
    EwsRetirement facts =
        EwsRetirement.of(snapshot, evaluation(LocalDate.parse("2024-01-01"), true), List.of());
    // THEN every value reads "not collected" and the listing is unknown
    assertThat(facts.window()).isEqualTo(Dates.OPEN);
    assertThat(facts.ewsEnabled()).isEqualTo("not collected");
    assertThat(facts.ewsAllowedAppIds()).isEqualTo("not collected");
    assertThat(facts.appId()).isEqualTo("not collected");
    assertThat(facts.mailboxes()).isEqualTo("not collected");
    assertThat(facts.appListed()).isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void an_app_missing_from_the_list_is_not_listed() {
    // GIVEN an empty allow list
    Snapshot snapshot = snapshot("{ ewsEnabled: null }", "{ appId: app-1 }", "[]");
    // WHEN the facts are derived from EWS_OFF
    EwsRetirement facts =
        EwsRetirement.of(snapshot, evaluation(LocalDate.parse("2027-04-01"), true), List.of());
    // THEN the window is OFF and the app not listed; EwsEnabled stays unset (null)
    assertThat(facts.window()).isEqualTo(Dates.OFF);
    assertThat(facts.listed()).isEqualTo("not listed");
    assertThat(facts.contains()).isEqualTo("does not contain");
    assertThat(facts.ewsEnabled()).isNull();
  }
}
