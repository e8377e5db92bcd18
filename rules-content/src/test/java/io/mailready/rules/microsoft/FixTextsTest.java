package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.Report;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixes that must be safe to paste: complete, and not overwriting what the tenant has. */
class FixTextsTest {
  private static final String PLATFORM =
      """
      platform:
        name: Nylas
        azureApp:
          appId: 6f1e2c3d-0000-4000-8000-000000000001
          verifiedPublisherId: "123"
      """;

  private static Report check(String yaml) {
    return RequirementCasesTest.CHECKER.check(
        Snapshots.read(
            new ByteArrayInputStream(
                ("schema: mailready/v1\n" + yaml).getBytes(StandardCharsets.UTF_8)),
            "test.yaml"));
  }

  private static Finding finding(Report report, String requirement) {
    return report.findings().stream()
        .filter(f -> f.requirement().equals(requirement))
        .findFirst()
        .orElseThrow(() -> new AssertionError(requirement + " has no finding"));
  }

  private static String powershell(Finding finding) {
    return String.join(
        "\n", finding.fixes().stream().map(Fix::powershell).filter(p -> p != null).toList());
  }

  @Test
  void the_ews_allowed_app_ids_fix_appends_to_the_current_list_before_turning_ews_on() {
    // GIVEN an Exchange Online tenant in the EWS allow-list window whose list lacks the app
    Report report =
        check(
            "evaluatedAt: 2026-10-01\n"
                + PLATFORM
                + """
                tenant:
                  name: contoso.com
                  deployment: exchange-online
                  organizationConfig: { ewsEnabled: true, ewsAllowedAppIds: [0a0b0c0d-0000-4000-8000-0000000000e1] }
                mailboxes: [ { address: carol@contoso.com, authMethod: oauth } ]
                """);
    // WHEN the O365-EWS-001 fix is rendered
    String fix = powershell(finding(report, "O365-EWS-001"));
    // THEN it reads the list with -RetrieveEwsOperationAccessPolicy, appends, de-duplicates,
    // writes it back, and only then sets EwsEnabled; it never sets the list to the app alone
    assertThat(fix)
        .startsWith("$cfg = Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy;")
        .contains("+ '6f1e2c3d-0000-4000-8000-000000000001' | Sort-Object -Unique")
        .contains("Set-OrganizationConfig -EwsAllowedAppIDs ($ids -join ',')")
        .doesNotContain("-EwsAllowedAppIDs \"6f1e2c3d");
    assertThat(fix.indexOf("-EwsAllowedAppIDs ($ids"))
        .isLessThan(fix.indexOf("Set-OrganizationConfig -EwsEnabled $true"));
    assertThat(finding(report, "O365-EWS-001").fixes().get(0).summary()).contains("up to 24 hours");
  }

  @Test
  void the_admin_consent_fix_needs_no_service_principal_id() {
    // GIVEN a tenant on Microsoft's recommended consent policy, without the app's service principal
    Report report =
        check(
            "evaluatedAt: 2025-06-01\n"
                + PLATFORM
                + """
                tenant:
                  name: contoso.com
                  deployment: exchange-online
                  entra:
                    permissionGrantPoliciesAssigned: [ManagePermissionGrantsForSelf.microsoft-user-default-recommended]
                mailboxes: [ { address: carol@contoso.com, authMethod: oauth } ]
                """);
    // WHEN the O365-CONSENT-001 fixes are rendered
    Finding consent = finding(report, "O365-CONSENT-001");
    // THEN every placeholder is filled, and the admin center path is Entra ID's current one
    List<String> texts =
        consent.fixes().stream()
            .flatMap(f -> java.util.stream.Stream.of(f.powershell(), f.graph(), f.adminCenter()))
            .filter(t -> t != null)
            .toList();
    assertThat(texts).noneMatch(t -> t.contains("{appSpId}") || t.contains("{resourceSpId}"));
    assertThat(powershell(consent))
        .contains("appId eq '00000002-0000-0ff1-ce00-000000000000'")
        .contains("-Scope \"EWS.AccessAsUser.All EAS.AccessAsUser.All\"");
    assertThat(consent.fixes().get(0).adminCenter())
        .startsWith("Microsoft Entra admin center → Entra ID → Enterprise apps →");
  }

  @Test
  void the_alias_fix_names_the_user_principal_name_only_when_it_differs() {
    // GIVEN a mailbox whose UPN is its primary address, signing in with an alias
    Report report =
        check(
            "evaluatedAt: 2025-06-01\n"
                + PLATFORM
                + """
                tenant: { name: contoso.com, deployment: exchange-online }
                mailboxes:
                  - address: alice@contoso.com
                    userPrincipalName: alice@contoso.com
                    primarySmtpAddress: alice@contoso.com
                    proxyAddresses: ["SMTP:alice@contoso.com", "smtp:a.smith@contoso.com"]
                    signInAddress: a.smith@contoso.com
                """);
    // WHEN the GEN-AUTH-002 fix is rendered  THEN the address is not repeated
    assertThat(finding(report, "GEN-AUTH-002").fixes().get(0).summary())
        .startsWith("The user reconnects the account with alice@contoso.com. ");
  }
}
