package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.MaintainerPack.bundled;
import static io.mailready.rules.microsoft.MaintainerPack.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rule maintainer does with only the jar: copy O365-CONSENT-001's folder from the classpath
 * into a directory pack, edit how consent is read in its DRL (or a consent setting in pack.yaml),
 * and see O365-CONSENT-001 and O365-CONSENT-002 follow, with no Java and no build.
 */
class ConsentReadingOverrideTest {
  private static final String FOLDER = "office365/o365-consent-001-app-consent";
  private static final String CAROL = "carol@contoso.com";

  @TempDir Path temp;

  /** The healthy base tenant, edited as the admin left it. */
  private static Snapshot snapshot(UnaryOperator<String> edit) throws IOException {
    return MaintainerPack.snapshot(edit.apply(bundled(MaintainerPack.BASE_TENANT)));
  }

  /**
   * A directory pack overriding O365-CONSENT-001 with its DRL edited ({@code drlEdits}: pairs), and
   * these config values.
   */
  private Path pack(String config, String... drlEdits) throws IOException {
    return MaintainerPack.overriding(temp.resolve("pack"), FOLDER, config, drlEdits);
  }

  private static Status status(Report report, String requirement, String subject) {
    return result(report, requirement, subject).status();
  }

  /** No grant, a verified app, the admin consent workflow off, and this consent policy. */
  private static Snapshot withoutGrants(String policy, String extra) throws IOException {
    return snapshot(
        yaml ->
            yaml.replace("verifiedPublisherId: null", "verifiedPublisherId: \"1234567\"")
                .replace(
                    "[ManagePermissionGrantsForSelf.microsoft-user-default-legacy]",
                    "[ManagePermissionGrantsForSelf." + policy + "]" + extra)
                .replace(
                    "adminConsentRequestPolicy: { isEnabled: true }",
                    "adminConsentRequestPolicy: { isEnabled: false }")
                .replaceAll(
                    "oauth2PermissionGrants:\\n\\s+- \\{ clientId: sp-app, consentType: AllPrincipals[^}]*}",
                    "oauth2PermissionGrants: []"));
  }

  @Test
  void microsoft_user_default_low_read_as_letting_users_consent_passes_the_mailbox()
      throws Exception {
    // GIVEN a tenant on microsoft-user-default-low where EAS is not classified as low impact
    Snapshot snapshot =
        withoutGrants(
            "microsoft-user-default-low",
            "\n    lowImpactPermissions: [User.Read, EWS.AccessAsUser.All]");
    Report standard = Checker.standard().check(snapshot);
    assertThat(status(standard, "O365-CONSENT-001", CAROL)).isEqualTo(Status.FAIL);
    assertThat(standard.findings())
        .filteredOn(f -> f.requirement().equals("O365-CONSENT-001"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("allows only permissions classified as low impact"));
    assertThat(status(standard, "O365-CONSENT-002", "contoso.com")).isEqualTo(Status.FAIL);
    // WHEN a maintainer's pack reads microsoft-user-default-low as letting users consent
    Path pack =
        pack(
            "",
            "insert(new PolicyVerdict($p, Tri.FALSE, \"not-low-impact\", $notLow, null));",
            "insert(new PolicyVerdict($p, Tri.TRUE, null, List.of(), null));");
    Report overridden = Checker.builder().rules(pack).build().check(snapshot);
    // THEN the mailbox passes, and the admin consent workflow no longer matters
    assertThat(status(overridden, "O365-CONSENT-001", CAROL)).isEqualTo(Status.PASS);
    assertThat(status(overridden, "O365-CONSENT-002", "contoso.com"))
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void a_user_grant_that_no_longer_counts_fails_the_mailbox() throws Exception {
    // GIVEN user consent disabled, and carol's own (Principal) grant of both scopes
    Snapshot snapshot =
        snapshot(
            yaml ->
                yaml.replace("[ManagePermissionGrantsForSelf.microsoft-user-default-legacy]", "[]")
                    .replace(
                        "adminConsentRequestPolicy: { isEnabled: true }",
                        "adminConsentRequestPolicy: { isEnabled: false }")
                    .replace(
                        "consentType: AllPrincipals,",
                        "consentType: Principal, principalId: carol@contoso.com,"));
    Report standard = Checker.standard().check(snapshot);
    assertThat(status(standard, "O365-CONSENT-001", CAROL)).isEqualTo(Status.PASS);
    assertThat(status(standard, "O365-CONSENT-002", "contoso.com"))
        .isEqualTo(Status.NOT_APPLICABLE);
    // WHEN a maintainer's pack counts only tenant-wide grants
    Path pack =
        pack(
            "",
            "OAuth2PermissionGrant( consentType == ConsentType.PRINCIPAL,",
            "OAuth2PermissionGrant( consentType == ConsentType.ALL_PRINCIPALS,");
    Report overridden = Checker.builder().rules(pack).build().check(snapshot);
    // THEN the mailbox fails for want of consent, and so does the admin consent workflow
    assertThat(status(overridden, "O365-CONSENT-001", CAROL)).isEqualTo(Status.FAIL);
    assertThat(overridden.findings())
        .filteredOn(f -> f.requirement().equals("O365-CONSENT-001"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("user consent is disabled (permission grant policies: none)"));
    assertThat(status(overridden, "O365-CONSENT-002", "contoso.com")).isEqualTo(Status.FAIL);
  }

  @Test
  void the_mail_clients_policy_re_allows_the_scopes_for_an_app_listed_in_the_config()
      throws Exception {
    // GIVEN a tenant on microsoft-user-default-allow-consent-apps
    Snapshot snapshot = withoutGrants("microsoft-user-default-allow-consent-apps", "");
    assertThat(status(Checker.standard().check(snapshot), "O365-CONSENT-001", CAROL))
        .isEqualTo(Status.FAIL);
    // WHEN a maintainer's pack lists the platform's app among the mail clients, and the DRL as is
    Path pack =
        pack("config:\n  consentMailClientAppIds: [6F1E2C3D-0000-4000-8000-000000000001]\n");
    Report overridden = Checker.builder().rules(pack).build().check(snapshot);
    // THEN users may consent: the mailbox passes
    assertThat(status(overridden, "O365-CONSENT-001", CAROL)).isEqualTo(Status.PASS);
  }

  @Test
  void an_unverified_app_under_the_legacy_policy_passes_when_publishers_are_not_required()
      throws Exception {
    // GIVEN no grant, the legacy policy and an app without a verified publisher
    Snapshot snapshot =
        snapshot(
            yaml ->
                yaml.replaceAll(
                    "oauth2PermissionGrants:\\n\\s+- \\{ clientId: sp-app, consentType: AllPrincipals[^}]*}",
                    "oauth2PermissionGrants: []"));
    assertThat(status(Checker.standard().check(snapshot), "O365-CONSENT-001", CAROL))
        .isEqualTo(Status.FAIL);
    // WHEN a maintainer's pack switches requireVerifiedPublisherForUserConsent off
    Path pack = pack("config:\n  requireVerifiedPublisherForUserConsent: false\n");
    Report overridden = Checker.builder().rules(pack).build().check(snapshot);
    // THEN users may consent: the mailbox passes
    assertThat(status(overridden, "O365-CONSENT-001", CAROL)).isEqualTo(Status.PASS);
  }
}
