package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.SubjectKind;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SectionPathsTest {
  private static Snapshot snapshot(String organizationConfig, String casMailbox) {
    String yaml =
        "schema: mailready/v1\n"
            + "platform: { name: Nylas }\n"
            + "tenant:\n  name: contoso.com\n"
            + (organizationConfig == null
                ? ""
                : "  organizationConfig: " + organizationConfig + "\n")
            + "mailboxes:\n  - address: carol@contoso.com\n"
            + (casMailbox == null ? "" : "    casMailbox: " + casMailbox + "\n");
    return Snapshots.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void a_field_path_is_missing_when_its_section_is_absent_or_the_field_not_collected() {
    // GIVEN organizationConfig absent, collected, and collected without its Ews* fields
    Snapshot absent = snapshot(null, null);
    Snapshot collected = snapshot("{ ewsEnabled: null }", null);
    Snapshot partial = snapshot("{ notCollected: [ewsAllowedAppIds, EwsEnabled] }", null);
    String path = "tenant.organizationConfig.ewsAllowedAppIds";
    // WHEN the field path is looked up
    // THEN an absent section is shown as the section, a field not collected as the field
    assertThat(SectionPaths.displayMissing(path, absent, null))
        .isEqualTo("tenant.organizationConfig");
    assertThat(SectionPaths.present(path, collected, null)).isTrue();
    assertThat(SectionPaths.displayMissing(path, partial, null)).isEqualTo(path);
    assertThat(SectionPaths.present("tenant.organizationConfig.ewsEnabled", partial, null))
        .isFalse();
  }

  @Test
  void a_null_scalar_field_is_collected_and_unset() {
    // GIVEN a casMailbox whose ewsEnabled is null (not enforced), and one that marks it not
    // collected
    Snapshot unset = snapshot(null, "{ ewsEnabled: null }");
    Snapshot notCollected = snapshot(null, "{ notCollected: [ewsEnabled] }");
    // WHEN the mailbox field path is looked up
    // THEN null is Microsoft's default (collected); notCollected is missing, shown per mailbox
    assertThat(
            SectionPaths.present("mailbox.casMailbox.ewsEnabled", unset, unset.mailboxes().get(0)))
        .isTrue();
    assertThat(
            SectionPaths.displayMissing(
                "mailbox.casMailbox.ewsEnabled", notCollected, notCollected.mailboxes().get(0)))
        .isEqualTo("mailboxes[carol@contoso.com].casMailbox.ewsEnabled");
  }

  @Test
  void a_field_path_must_name_components_of_the_model() {
    // GIVEN a field path and a misspelt one  WHEN validated  THEN only the misspelt one is a
    // problem
    assertThat(
            SectionPaths.validate("tenant.organizationConfig.ewsAllowedAppIds", SubjectKind.TENANT))
        .isNull();
    assertThat(
            SectionPaths.validate("tenant.organizationConfig.ewsAllowedAppId", SubjectKind.TENANT))
        .contains("OrganizationConfig has no 'ewsAllowedAppId'");
  }
}
