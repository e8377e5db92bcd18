package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.MaintainerPack.baseTenant;
import static io.mailready.rules.microsoft.MaintainerPack.bundled;
import static io.mailready.rules.microsoft.MaintainerPack.edit;
import static io.mailready.rules.microsoft.MaintainerPack.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rule maintainer does with only the jar: copies {@code derive/mailbox-view.drl}
 * (requirements.md 1.2-1.3) into a directory pack, edits where a mailbox without its own hostedIn
 * is hosted in a hybrid tenant, and sees every requirement that reads the mailbox's view follow.
 */
class MailboxViewOverrideTest {
  private static final String DERIVE = "derive/mailbox-view.drl";
  private static final String ALIAS = "general/gen-auth-002-alias-sign-in";

  @TempDir Path temp;

  @Test
  void a_hybrid_mailbox_without_hosted_in_read_as_exchange_online_is_checked_as_one()
      throws Exception {
    // GIVEN a directory pack whose copy of the bundled mailbox-view derivation reads a mailbox
    // without hostedIn in a hybrid tenant as hosted in Exchange Online
    String unknown = "insert(new Hosting(null, null, Tri.UNKNOWN, Tri.UNKNOWN));";
    String exchangeOnline =
        "insert(new Hosting(null, MailboxHost.EXCHANGE_ONLINE, Tri.TRUE, Tri.FALSE));";
    // (a pack lists at least one requirement: GEN-AUTH-002's folder, copied as it is)
    MaintainerPack.write(
        temp,
        "id: hybrid-hosting\nversion: 0.1.0\nderive: ["
            + DERIVE
            + "]\nrequirements: ["
            + ALIAS
            + "]\n",
        DERIVE,
        edit(bundled(DERIVE), unknown, exchangeOnline),
        ALIAS + "/gen-auth-002-alias-sign-in.drl",
        bundled(ALIAS + "/gen-auth-002-alias-sign-in.drl"),
        ALIAS + "/gen-auth-002-alias-sign-in.yaml",
        bundled(ALIAS + "/gen-auth-002-alias-sign-in.yaml"));
    Checker edited = Checker.builder().rules(temp).build();
    // AND a hybrid tenant whose mailboxes have no hostedIn, and the same with exchange-online
    Snapshot unset = snapshot("    hostedIn: exchange-online\n", "");
    Snapshot online =
        snapshot("    hostedIn: exchange-online\n", "    hostedIn: exchange-online\n");
    // WHEN both checkers check them
    Report original = Checker.standard().check(unset);
    Report changed = edited.check(unset);
    Report standardOnline = Checker.standard().check(online);
    // THEN the standard checker cannot tell whether carol uses Entra ID OAuth
    Result before = result(original, "O365-CONSENT-001", "carol@contoso.com");
    assertThat(before.status()).isEqualTo(Status.UNKNOWN);
    assertThat(before.reason()).contains("hostedIn is unset");
    // AND the edited one checks her as the standard checker checks an Exchange Online mailbox
    Result after = result(changed, "O365-CONSENT-001", "carol@contoso.com");
    Result expected = result(standardOnline, "O365-CONSENT-001", "carol@contoso.com");
    assertThat(after.status()).isNotEqualTo(Status.UNKNOWN).isEqualTo(expected.status());
    assertThat(changed.findings()).containsExactlyInAnyOrderElementsOf(standardOnline.findings());
  }

  /** The bundled healthy Exchange Online tenant, hybrid, with the mailboxes' hostedIn replaced. */
  private static Snapshot snapshot(String hostedIn, String replacement) throws IOException {
    return baseTenant("deployment: exchange-online", "deployment: hybrid", hostedIn, replacement);
  }
}
