package io.mailready.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mailready.snapshot.SnapshotException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Bad exports: every problem at once, each with its file and JSON pointer or line:col. */
class ImportProblemsTest {
  @Test
  void reportsEveryProblemOfAFolderAtOnce() {
    // GIVEN a folder with one problem per file
    Path folder = Fixtures.folder("broken");
    // WHEN
    SnapshotException e = catchThrowableOfType(SnapshotException.class, () -> Import.from(folder));
    // THEN
    assertThat(e.problems())
        .hasSize(10)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-ActiveSyncOrganizationSettings.json:2:11: json syntax error:"
                            + " Unexpected character ('}' (code 125))"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-AuthenticationPolicy.json: at /@odata.nextLink: the response has"
                            + " more pages"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-CASMailbox.json: at /0/EwsApplicationAccessPolicy:"
                            + " EwsApplicationAccessPolicy is the number 1, an enum written as an"
                            + " integer: expected one of [EnforceAllowList, EnforceBlockList]"
                            + " (re-export with ConvertTo-Json -EnumsAsStrings"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-HostedConnectionFilterPolicy.json: looks like UTF-16 without a"
                            + " byte-order mark"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-Mailbox.json: at /0/EmailAddresses: EmailAddresses is"
                            + " 'Microsoft.Exchange.Data.ProxyAddressCollection', the text"
                            + " PowerShell writes for an object deeper than ConvertTo-Json's"
                            + " -Depth: re-export with ConvertTo-Json -Depth 10"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-MobileDevice.alice@contoso.com.json: at /0/DeviceAccessState:"
                            + " DeviceAccessState is '@{Value=Allowed}'"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-OrganizationConfig.json: at /EwsEnabled: EwsEnabled must be true or"
                            + " false but was 'yes'"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "Get-Recipient.json: at /@adminapi.warnings: the admin API says the"
                            + " results are incomplete"))
        .anySatisfy(p -> assertThat(p).contains("graph.users.json: at /@odata.nextLink"))
        .anySatisfy(p -> assertThat(p).contains("notes.json: cannot tell what this file is"));
    // a depth artefact in a property the import does not map is no error
    assertThat(e.problems()).noneSatisfy(p -> assertThat(p).contains("MailboxPlan"));
  }
}
