package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** O365-ADM-001 with {@code adminRoleTemplateIds} configured: only the listed roles count. */
class AdminRolesConfigTest {
  private static final String PACK = "/io/mailready/rules/microsoft/";
  private static final String FOLDER = "office365/o365-adm-001-admin-roles";
  private static final String STEM = "o365-adm-001-admin-roles";
  private static final String GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10";
  private static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

  @TempDir Path temp;

  private static String resource(String path) throws IOException {
    try (InputStream in = AdminRolesConfigTest.class.getResourceAsStream(PACK + path)) {
      assertThat(in).as("classpath resource %s", path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void only_the_configured_role_templates_count() throws Exception {
    // GIVEN a pack that lists only the Global Administrator role, and two mailboxes
    Path pack = temp.resolve("pack");
    Files.createDirectories(pack.resolve(FOLDER));
    for (String extension : new String[] {".drl", ".yaml"}) {
      Files.writeString(
          pack.resolve(FOLDER + "/" + STEM + extension), resource(FOLDER + "/" + STEM + extension));
    }
    Files.writeString(
        pack.resolve("pack.yaml"),
        "id: contoso-roles\nversion: 1.0.0\ntitle: Contoso's admin roles\nrequirements: ["
            + FOLDER
            + "]\nconfig:\n  adminRoleTemplateIds: ["
            + GLOBAL_ADMIN.toUpperCase()
            + "]\n");
    String yaml =
        resource("base/exchange-online.snapshot.yaml")
                .substring(
                    0, resource("base/exchange-online.snapshot.yaml").indexOf("\nmailboxes:"))
            + "\nmailboxes:\n"
            + "  - { address: carol@contoso.com, hostedIn: exchange-online, authMethod: oauth,"
            + " directoryRoleTemplateIds: ["
            + GLOBAL_READER
            + ", \" "
            + GLOBAL_ADMIN
            + " \"] }\n"
            + "  - { address: dan@contoso.com, hostedIn: exchange-online, authMethod: oauth,"
            + " directoryRoleTemplateIds: ["
            + GLOBAL_READER
            + "] }\n";
    Snapshot snapshot =
        Snapshots.read(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "tenant.yaml");
    // WHEN it is checked
    Report report = Checker.builder().rules(pack).build().check(snapshot);
    // THEN carol fails for the Global Administrator role alone, and dan (Global Reader) passes
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("O365-ADM-001"))
        .extracting(Result::subject, Result::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("carol@contoso.com", Status.FAIL),
            org.assertj.core.groups.Tuple.tuple("dan@contoso.com", Status.PASS));
    Finding finding =
        report.findings().stream()
            .filter(f -> f.requirement().equals("O365-ADM-001"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.evidence().get("roles"))
        .isEqualTo(java.util.List.of("Global Administrator"));
    assertThat(finding.evidence().get("directoryRoleTemplateIds"))
        .isEqualTo(java.util.List.of(GLOBAL_ADMIN));
  }
}
