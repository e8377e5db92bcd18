package io.mailready.cli;

import io.mailready.Finding;
import io.mailready.Fix;
import io.mailready.Obligation;
import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.RequirementInfo;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Summary;
import io.mailready.Waiver;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reports the fake checker returns, one per test tenant. */
final class CannedReports {
  static final PackInfo PACK =
      new PackInfo("microsoft-email-admin", "1.0.0", "classpath:io/mailready/rules/microsoft");

  /**
   * The requirements the fake checker says it loaded, in pack order: two with full metadata, the
   * others only named, as a minimal pack would give them.
   */
  static final List<RequirementInfo> REQUIREMENTS =
      List.of(
          new RequirementInfo(
              "EXCH-SYNC-001",
              "At least one of EWS and ActiveSync works",
              SubjectKind.MAILBOX,
              Severity.BLOCKER,
              Obligation.MUST,
              "2.1",
              "The platform needs EWS or ActiveSync to sync a mailbox.",
              null,
              List.of(),
              List.of("mailbox.casMailbox"),
              List.of(
                  new Fix(
                      "Turn on EWS for the mailbox.",
                      "Exchange admin center > Recipients > Mailboxes > {mailbox}",
                      "Set-CASMailbox -Identity {mailbox} -EwsEnabled $true",
                      null)),
              List.of("https://learn.microsoft.com/exchange/set-casmailbox"),
              "microsoft-email-admin"),
          new RequirementInfo(
              "EXCH-EWS-002",
              "EWS on for the mailbox",
              SubjectKind.MAILBOX,
              Severity.WARNING,
              Obligation.MUST,
              "2.3",
              "EWS must be enabled for the individual mailbox.",
              null,
              List.of(),
              List.of("mailbox.casMailbox"),
              List.of(
                  new Fix(
                      "Turn on EWS for the mailbox.",
                      null,
                      "Set-CASMailbox -Identity {mailbox} -EwsEnabled $true",
                      "PATCH https://graph.microsoft.com/beta/users/{mailbox}")),
              List.of(),
              "microsoft-email-admin"),
          info("GEN-SET-001", "Suggested Office 365 settings", Severity.INFO),
          info("O365-CONSENT-001", "App consented, or users able to consent", Severity.ERROR),
          info("O365-ADM-001", "No Entra admin roles on synced accounts", Severity.WARNING),
          info("O365-AUTH-002", "No Basic auth to Exchange Online", Severity.ERROR),
          info("EXCH-EAS-002", "No quarantined or blocked platform device", Severity.WARNING),
          info("EXCH-EWS-001", "EWS on for the organisation", Severity.WARNING));

  private static final LocalDate EVALUATED_AT = LocalDate.of(2025, 6, 1);

  private CannedReports() {}

  /** The report for the tenant; an unknown tenant makes the checker fail like an engine bug. */
  static Report of(String tenant) {
    return switch (tenant) {
      case "contoso.com" -> contoso();
      case "fabrikam.com" -> fabrikam();
      default -> throw new IllegalArgumentException("fake engine failure for tenant " + tenant);
    };
  }

  /**
   * Not ready: a finding of every severity, one waived WARNING, one UNKNOWN result, one PASS. Long
   * messages and commands show how the text report wraps prose and leaves commands whole.
   */
  static Report contoso() {
    Finding blocker =
        finding(
            "EXCH-SYNC-001",
            "At least one of EWS and ActiveSync works",
            Severity.BLOCKER,
            SubjectKind.MAILBOX,
            "carol@contoso.com",
            "neither EWS nor ActiveSync works for carol@contoso.com: EWS is disabled for the"
                + " mailbox (Get-CASMailbox EwsEnabled = false) and ActiveSync is disabled"
                + " (ActiveSyncEnabled = false)",
            evidence("casMailbox.ewsEnabled", false, "casMailbox.activeSyncEnabled", false),
            List.of(
                new Fix(
                    "Turn on EWS for the mailbox.",
                    "Exchange admin center > Recipients > Mailboxes > carol@contoso.com > Manage"
                        + " email apps settings",
                    "Set-CASMailbox -Identity carol@contoso.com -EwsEnabled $true",
                    null),
                new Fix(
                    "Or turn on ActiveSync for the mailbox.",
                    null,
                    "Set-CASMailbox -Identity carol@contoso.com -ActiveSyncEnabled $true",
                    null)),
            null);
    Finding error =
        finding(
            "O365-CONSENT-001",
            "App consented, or users able to consent",
            Severity.ERROR,
            SubjectKind.TENANT,
            "contoso.com",
            "the app 'Nylas' has no tenant-wide consent, and users cannot consent to apps",
            evidence("entra.userConsentAllowed", false),
            List.of(
                new Fix(
                    "Grant tenant-wide admin consent to the app.",
                    "Microsoft Entra admin center > Identity > Applications > Enterprise"
                        + " applications > Nylas > Permissions > Grant admin consent",
                    "New-MgOauth2PermissionGrant -ClientId 11111111-aaaa -ConsentType"
                        + " AllPrincipals -ResourceId 22222222-bbbb -Scope"
                        + " \"EWS.AccessAsUser.All EAS.AccessAsUser.All\"",
                    "POST https://graph.microsoft.com/v1.0/oauth2PermissionGrants\n"
                        + "{\"clientId\":\"11111111-aaaa\",\"consentType\":\"AllPrincipals\"}")),
            null);
    Finding warning =
        finding(
            "EXCH-EWS-002",
            "EWS on for the mailbox",
            Severity.WARNING,
            SubjectKind.MAILBOX,
            "dave@contoso.com",
            "EWS is disabled for dave@contoso.com (Get-CASMailbox EwsEnabled = false)",
            evidence("casMailbox.ewsEnabled", false),
            List.of(
                new Fix(
                    "Turn on EWS for the mailbox.",
                    null,
                    "Set-CASMailbox -Identity dave@contoso.com -EwsEnabled $true",
                    null)),
            null);
    Finding info =
        finding(
            "GEN-SET-001",
            "Suggested Office 365 settings",
            Severity.INFO,
            SubjectKind.TENANT,
            "contoso.com",
            "review the guide's suggested Office 365 settings",
            evidence(),
            List.of(
                new Fix("Walk through the guide's settings page with an admin.", null, null, null)),
            null);
    Finding waived =
        finding(
            "O365-ADM-001",
            "No Entra admin roles on synced accounts",
            Severity.WARNING,
            SubjectKind.MAILBOX,
            "admin@contoso.com",
            "admin@contoso.com holds the Entra role 'Global Administrator'",
            evidence("roles", List.of("Global Administrator")),
            List.of(new Fix("Sync a mailbox that holds no admin role.", null, null, null)),
            new Waiver(
                "O365-ADM-001",
                List.of("admin@contoso.com"),
                "break-glass account, monitored by the SOC",
                "it-security@contoso.com",
                LocalDate.of(2025, 12, 31),
                "CHG-1234"));
    return new Report(
        "contoso.com",
        EVALUATED_AT,
        List.of(PACK),
        new Summary(false, 1, 1, 1, 1, 1, 0, 1),
        List.of(
            result("GEN-SET-001", SubjectKind.TENANT, "contoso.com", Status.FAIL, null),
            result("O365-CONSENT-001", SubjectKind.TENANT, "contoso.com", Status.FAIL, null),
            result("O365-ADM-001", SubjectKind.MAILBOX, "admin@contoso.com", Status.WAIVED, null),
            result(
                "EXCH-EAS-002",
                SubjectKind.MAILBOX,
                "carol@contoso.com",
                Status.UNKNOWN,
                "mailboxes[carol@contoso.com].mobileDevices not collected"),
            result("EXCH-EWS-001", SubjectKind.TENANT, "contoso.com", Status.PASS, null),
            result("EXCH-EWS-002", SubjectKind.MAILBOX, "dave@contoso.com", Status.FAIL, null),
            result("EXCH-SYNC-001", SubjectKind.MAILBOX, "carol@contoso.com", Status.FAIL, null)),
        List.of(blocker, error, warning, info, waived),
        java.util.List.of());
  }

  /** Ready: a waived ERROR, one WARNING and one INFO. */
  static Report fabrikam() {
    Finding waivedError =
        finding(
            "O365-AUTH-002",
            "No Basic auth to Exchange Online",
            Severity.ERROR,
            SubjectKind.MAILBOX,
            "scanner@fabrikam.com",
            "scanner@fabrikam.com signs in with Basic authentication",
            evidence("mailbox.authMethod", "basic"),
            List.of(new Fix("Sign in with OAuth.", null, null, null)),
            new Waiver(
                "O365-AUTH-002",
                List.of(),
                "the scanner is retired in July",
                "ops@fabrikam.com",
                LocalDate.of(2025, 7, 31),
                null));
    Finding warning =
        finding(
            "EXCH-EWS-002",
            "EWS on for the mailbox",
            Severity.WARNING,
            SubjectKind.MAILBOX,
            "erin@fabrikam.com",
            "EWS is disabled for erin@fabrikam.com (Get-CASMailbox EwsEnabled = false)",
            evidence("casMailbox.ewsEnabled", false),
            List.of(
                new Fix(
                    "Turn on EWS for the mailbox.",
                    null,
                    "Set-CASMailbox -Identity erin@fabrikam.com -EwsEnabled $true",
                    null)),
            null);
    Finding info =
        finding(
            "GEN-SET-001",
            "Suggested Office 365 settings",
            Severity.INFO,
            SubjectKind.TENANT,
            "fabrikam.com",
            "review the guide's suggested Office 365 settings",
            evidence(),
            List.of(),
            null);
    return new Report(
        "fabrikam.com",
        EVALUATED_AT,
        List.of(PACK),
        new Summary(true, 0, 0, 1, 1, 0, 0, 1),
        List.of(
            result("GEN-SET-001", SubjectKind.TENANT, "fabrikam.com", Status.FAIL, null),
            result(
                "O365-AUTH-002", SubjectKind.MAILBOX, "scanner@fabrikam.com", Status.WAIVED, null),
            result("EXCH-EWS-002", SubjectKind.MAILBOX, "erin@fabrikam.com", Status.FAIL, null)),
        List.of(waivedError, warning, info),
        java.util.List.of());
  }

  private static RequirementInfo info(String id, String title, Severity severity) {
    return new RequirementInfo(
        id,
        title,
        SubjectKind.TENANT,
        severity,
        Obligation.MUST,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "microsoft-email-admin");
  }

  private static Finding finding(
      String requirement,
      String title,
      Severity severity,
      SubjectKind subjectKind,
      String subject,
      String message,
      Map<String, Object> evidence,
      List<Fix> fixes,
      Waiver waiver) {
    return new Finding(
        requirement,
        title,
        severity,
        Obligation.MUST,
        subjectKind,
        subject,
        message,
        evidence,
        fixes,
        List.of(),
        waiver);
  }

  private static Result result(
      String requirement, SubjectKind kind, String subject, Status status, String reason) {
    return new Result(requirement, kind, subject, status, reason, PACK.id());
  }

  private static Map<String, Object> evidence(Object... keysAndValues) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      evidence.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return evidence;
  }
}
