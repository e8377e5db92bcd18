package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckTextOutputTest {
  private static final String CONTOSO = TestSnapshots.DIR + "contoso.yaml";
  private static final String FABRIKAM = TestSnapshots.DIR + "fabrikam.yaml";

  @Test
  void printsFindingsBySeverityThenWaivedThenNotEvaluatedThenTheVerdict() {
    // GIVEN a tenant with a finding of every severity, a waived one and an UNKNOWN result
    // WHEN it is checked with the default text output
    CliRun run = CliRun.run("check", CONTOSO);

    // THEN the findings come in severity groups with their fixes, prose wrapped at 100 columns
    // and commands whole, then the waived finding, the UNKNOWN result and the verdict line
    assertThat(run.out())
        .isEqualTo(
            """
            src/test/snapshots/contoso.yaml
              tenant:    contoso.com
              evaluated: 2025-06-01
              rules:     microsoft-email-admin 1.0.0

            BLOCKER: 1 finding

              [BLOCKER] EXCH-SYNC-001 At least one of EWS and ActiveSync works
                mailbox: carol@contoso.com
                neither EWS nor ActiveSync works for carol@contoso.com: EWS is disabled for the mailbox
                  (Get-CASMailbox EwsEnabled = false) and ActiveSync is disabled (ActiveSyncEnabled = false)
                fix 1: Turn on EWS for the mailbox.
                  admin center: Exchange admin center > Recipients > Mailboxes > carol@contoso.com
                                > Manage email apps settings
                  PowerShell:   Set-CASMailbox -Identity carol@contoso.com -EwsEnabled $true
                fix 2: Or turn on ActiveSync for the mailbox.
                  PowerShell:   Set-CASMailbox -Identity carol@contoso.com -ActiveSyncEnabled $true

            ERROR: 1 finding

              [ERROR] O365-CONSENT-001 App consented, or users able to consent
                tenant: contoso.com
                the app 'Nylas' has no tenant-wide consent, and users cannot consent to apps
                fix: Grant tenant-wide admin consent to the app.
                  admin center: Microsoft Entra admin center > Identity > Applications > Enterprise applications
                                > Nylas > Permissions > Grant admin consent
                  PowerShell:   New-MgOauth2PermissionGrant -ClientId 11111111-aaaa -ConsentType AllPrincipals -ResourceId 22222222-bbbb -Scope "EWS.AccessAsUser.All EAS.AccessAsUser.All"
                  Graph:        POST https://graph.microsoft.com/v1.0/oauth2PermissionGrants
                                {"clientId":"11111111-aaaa","consentType":"AllPrincipals"}

            WARNING: 1 finding

              [WARNING] EXCH-EWS-002 EWS on for the mailbox
                mailbox: dave@contoso.com
                EWS is disabled for dave@contoso.com (Get-CASMailbox EwsEnabled = false)
                fix: Turn on EWS for the mailbox.
                  PowerShell:   Set-CASMailbox -Identity dave@contoso.com -EwsEnabled $true

            INFO: 1 finding

              [INFO] GEN-SET-001 Suggested Office 365 settings
                tenant: contoso.com
                review the guide's suggested Office 365 settings
                fix: Walk through the guide's settings page with an admin.

            WAIVED: 1 finding

              [WARNING] O365-ADM-001 No Entra admin roles on synced accounts
                mailbox: admin@contoso.com
                admin@contoso.com holds the Entra role 'Global Administrator'
                waived by it-security@contoso.com until 2025-12-31 (CHG-1234): break-glass account, monitored by
                  the SOC

            NOT EVALUATED: 1 result

              UNKNOWN EXCH-EAS-002 mailbox: carol@contoso.com
                mailboxes[carol@contoso.com].mobileDevices not collected

            NOT READY: 1 blocker, 1 error, 1 warning, 1 info (1 unknown, 1 waived)
            """);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void hidesFindingsBelowMinSeverityButCountsThemInTheVerdict() {
    // GIVEN a tenant with a finding of every severity
    // WHEN it is checked with --min-severity error (lower case)
    CliRun run = CliRun.run("check", "--min-severity", "error", CONTOSO);

    // THEN only BLOCKER and ERROR findings are shown, the hidden ones are counted, and the
    // verdict line still counts every finding
    assertThat(run.out())
        .isEqualTo(
            """
            src/test/snapshots/contoso.yaml
              tenant:    contoso.com
              evaluated: 2025-06-01
              rules:     microsoft-email-admin 1.0.0

            BLOCKER: 1 finding

              [BLOCKER] EXCH-SYNC-001 At least one of EWS and ActiveSync works
                mailbox: carol@contoso.com
                neither EWS nor ActiveSync works for carol@contoso.com: EWS is disabled for the mailbox
                  (Get-CASMailbox EwsEnabled = false) and ActiveSync is disabled (ActiveSyncEnabled = false)
                fix 1: Turn on EWS for the mailbox.
                  admin center: Exchange admin center > Recipients > Mailboxes > carol@contoso.com
                                > Manage email apps settings
                  PowerShell:   Set-CASMailbox -Identity carol@contoso.com -EwsEnabled $true
                fix 2: Or turn on ActiveSync for the mailbox.
                  PowerShell:   Set-CASMailbox -Identity carol@contoso.com -ActiveSyncEnabled $true

            ERROR: 1 finding

              [ERROR] O365-CONSENT-001 App consented, or users able to consent
                tenant: contoso.com
                the app 'Nylas' has no tenant-wide consent, and users cannot consent to apps
                fix: Grant tenant-wide admin consent to the app.
                  admin center: Microsoft Entra admin center > Identity > Applications > Enterprise applications
                                > Nylas > Permissions > Grant admin consent
                  PowerShell:   New-MgOauth2PermissionGrant -ClientId 11111111-aaaa -ConsentType AllPrincipals -ResourceId 22222222-bbbb -Scope "EWS.AccessAsUser.All EAS.AccessAsUser.All"
                  Graph:        POST https://graph.microsoft.com/v1.0/oauth2PermissionGrants
                                {"clientId":"11111111-aaaa","consentType":"AllPrincipals"}

            NOT EVALUATED: 1 result

              UNKNOWN EXCH-EAS-002 mailbox: carol@contoso.com
                mailboxes[carol@contoso.com].mobileDevices not collected

            3 findings below ERROR not shown
            NOT READY: 1 blocker, 1 error, 1 warning, 1 info (1 unknown, 1 waived)
            """);
  }

  @Test
  void printsOneBlockPerFileSeparatedByABlankLine() {
    // GIVEN two snapshot files
    // WHEN both are checked at once, showing WARNING and above
    CliRun run = CliRun.run("check", "--min-severity", "WARNING", FABRIKAM, FABRIKAM);

    // THEN each file gets its header, findings and verdict; a waived ERROR keeps the tenant ready
    String fabrikam =
        """
        src/test/snapshots/fabrikam.yaml
          tenant:    fabrikam.com
          evaluated: 2025-06-01
          rules:     microsoft-email-admin 1.0.0

        WARNING: 1 finding

          [WARNING] EXCH-EWS-002 EWS on for the mailbox
            mailbox: erin@fabrikam.com
            EWS is disabled for erin@fabrikam.com (Get-CASMailbox EwsEnabled = false)
            fix: Turn on EWS for the mailbox.
              PowerShell:   Set-CASMailbox -Identity erin@fabrikam.com -EwsEnabled $true

        WAIVED: 1 finding

          [ERROR] O365-AUTH-002 No Basic auth to Exchange Online
            mailbox: scanner@fabrikam.com
            scanner@fabrikam.com signs in with Basic authentication
            waived by ops@fabrikam.com until 2025-07-31: the scanner is retired in July

        1 finding below WARNING not shown
        READY: 0 blocker, 0 error, 1 warning, 1 info (1 waived)
        """;
    assertThat(run.out()).isEqualTo(fabrikam + "\n" + fabrikam);
  }

  @Test
  void coloursSeveritiesIdsAndVerdictOnATerminal() {
    // GIVEN standard output is a terminal
    // WHEN a tenant is checked, showing BLOCKER findings only
    CliRun run =
        CliRun.run(
            io.mailready.snapshot.Snapshots::read,
            true,
            "check",
            "--min-severity",
            "blocker",
            CONTOSO);

    // THEN the file, group, severity tag, requirement id and verdict carry ANSI colours
    String esc = "\u001b[";
    assertThat(run.out())
        .startsWith(esc + "1msrc/test/snapshots/contoso.yaml" + esc + "0m\n")
        .contains("\n" + esc + "1;31mBLOCKER" + esc + "0m: 1 finding\n")
        .contains(
            "\n  "
                + esc
                + "1;31m[BLOCKER]"
                + esc
                + "0m "
                + esc
                + "1mEXCH-SYNC-001"
                + esc
                + "0m"
                + " At least one of EWS and ActiveSync works\n")
        .endsWith(
            "\n"
                + esc
                + "1;31mNOT READY"
                + esc
                + "0m: 1 blocker, 1 error, 1 warning,"
                + " 1 info (1 unknown, 1 waived)\n");
  }

  @Test
  void noColorGivesPlainTextEvenOnATerminal() {
    // GIVEN standard output is a terminal
    // WHEN a tenant is checked with --no-color
    CliRun onTerminal =
        CliRun.run(io.mailready.snapshot.Snapshots::read, true, "check", "--no-color", CONTOSO);

    // THEN the output is exactly what a pipe gets
    assertThat(onTerminal.out()).isEqualTo(CliRun.run("check", CONTOSO).out());
  }
}
