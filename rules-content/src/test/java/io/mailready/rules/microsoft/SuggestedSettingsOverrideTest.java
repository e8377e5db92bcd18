package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GEN-SET-001's reading of the suggested settings is its own DRL: a directory pack that copies its
 * folder from the jar and makes the iPhone query string match case-sensitively (as {@code
 * queryStringCaseInsensitive: false} does) changes the result without Java.
 */
class SuggestedSettingsOverrideTest {
  private static final String PACK = "/io/mailready/rules/microsoft/";
  private static final String FOLDER = "general/gen-set-001-suggested-settings/";
  private static final String STEM = "gen-set-001-suggested-settings";

  @TempDir Path temp;

  private Path packWithEditedDrl(String original, String replacement) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(FOLDER));
    for (String suffix : new String[] {".drl", ".yaml"}) {
      try (InputStream in = getClass().getResourceAsStream(PACK + FOLDER + STEM + suffix)) {
        assertThat(in).as(STEM + suffix).isNotNull();
        Files.copy(in, folder.resolve(STEM + suffix));
      }
    }
    Path drl = folder.resolve(STEM + ".drl");
    String text = Files.readString(drl);
    assertThat(text).as("the DRL to edit").contains(original);
    Files.writeString(drl, text.replace(original, replacement));
    Files.writeString(
        temp.resolve("pack.yaml"),
        "id: suggested-settings\nversion: 0.1.0\nrequirements: [general/" + STEM + "]\n");
    return temp;
  }

  private static Status status(Report report) {
    return report.results().stream()
        .filter(r -> r.requirement().equals("GEN-SET-001"))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void a_case_sensitive_query_string_needs_the_exact_spelling_of_iphone() throws Exception {
    // GIVEN a tenant whose device access rule quarantines DeviceType "iphone", in lower case
    Snapshot snapshot =
        EasPrecedenceOverrideTest.snapshot(
            "activeSyncDeviceAccessRules: []",
            "activeSyncDeviceAccessRules: [ { name: q, characteristic: DeviceType,"
                + " queryString: iphone, accessLevel: Quarantine } ]");
    // AND a pack whose GEN-SET-001 compares query strings case-sensitively
    Checker edited =
        Checker.builder()
            .rules(
                packWithEditedDrl(
                    "$ci && Texts.same(queryString, \"iPhone\")",
                    "$ci && !Texts.unset(queryString) && queryString.strip().equals(\"iPhone\")"))
            .build();
    // WHEN both checkers check it
    // THEN the standard one (case-insensitive) reports the rule, and the edited one does not
    assertThat(status(Checker.standard().check(snapshot))).isEqualTo(Status.FAIL);
    assertThat(status(edited.check(snapshot))).isEqualTo(Status.PASS);
  }
}
