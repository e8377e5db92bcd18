package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.MaintainerPack.baseTenant;
import static io.mailready.rules.microsoft.MaintainerPack.message;
import static io.mailready.rules.microsoft.MaintainerPack.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GEN-SET-001's reading of the suggested settings is its own DRL: a directory pack that copies its
 * folder from the jar and makes the iPhone query string match case-sensitively (as {@code
 * queryStringCaseInsensitive: false} does) changes the result without Java.
 */
class SuggestedSettingsOverrideTest {
  private static final String FOLDER = "general/gen-set-001-suggested-settings";

  @TempDir Path temp;

  @Test
  void a_case_sensitive_query_string_needs_the_exact_spelling_of_iphone() throws Exception {
    // GIVEN a tenant whose device access rule quarantines DeviceType "iphone", in lower case
    Snapshot snapshot =
        baseTenant(
            "activeSyncDeviceAccessRules: []",
            "activeSyncDeviceAccessRules: [ { name: q, characteristic: DeviceType,"
                + " queryString: iphone, accessLevel: Quarantine } ]");
    // AND a pack whose GEN-SET-001 compares query strings case-sensitively
    Checker edited =
        Checker.builder()
            .rules(
                MaintainerPack.overriding(
                    temp,
                    FOLDER,
                    "",
                    "$ci && Texts.same(queryString, \"iPhone\")",
                    "$ci && !Texts.unset(queryString) && queryString.strip().equals(\"iPhone\")"))
            .build();
    // WHEN both checkers check it
    // THEN the standard one (case-insensitive) reports the rule, and the edited one does not
    Report standard = Checker.standard().check(snapshot);
    assertThat(result(standard, "GEN-SET-001", "contoso.com").status()).isEqualTo(Status.FAIL);
    assertThat(message(standard, "GEN-SET-001"))
        .contains("device access rule 'q' quarantines iPhone devices");
    assertThat(result(edited.check(snapshot), "GEN-SET-001", "contoso.com").status())
        .isEqualTo(Status.PASS);
  }
}
