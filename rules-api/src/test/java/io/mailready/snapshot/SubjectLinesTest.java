package io.mailready.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectLinesTest {
  @TempDir Path dir;

  @Test
  void givesTheLineOfTheTenantEachDomainAndEachMailboxInJson() throws IOException {
    // GIVEN a JSON snapshot, keys in any case as the reader accepts them
    Path file = dir.resolve("t.json");
    Files.writeString(
        file,
        """
        {"schema": "mailready/v1",
         "platform": {"name": "Nylas"},
         "Tenant": {"name": "contoso.com",
           "domains": [{"name": "contoso.com"},
                       {"name": "fabrikam.com"}]},
         "mailboxes": [
           {"address": "alice@contoso.com"},
           {"ADDRESS": " bob@contoso.com "}]}
        """);

    // WHEN its subject lines are read
    // THEN each subject has the 1-based line of its name or address
    assertThat(SubjectLines.of(file))
        .containsExactly(
            java.util.Map.entry("tenant:contoso.com", 3),
            java.util.Map.entry("domain:contoso.com", 4),
            java.util.Map.entry("domain:fabrikam.com", 5),
            java.util.Map.entry("mailbox:alice@contoso.com", 7),
            java.util.Map.entry("mailbox:bob@contoso.com", 8));
  }

  @Test
  void isEmptyForAFileThatIsNotASnapshot() throws IOException {
    // GIVEN a file that does not parse
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "tenant: [unclosed\n");
    // WHEN its subject lines are read THEN there are none, and no exception
    assertThat(SubjectLines.of(file)).isEmpty();
  }
}
