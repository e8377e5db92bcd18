package io.mailready.rules.microsoft;

import io.mailready.rule.Tri;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import java.util.List;

/**
 * What {@code requirements.md} 1.2 and 1.3 derive for one mailbox: where it is hosted, which
 * protocols the platform uses for it, and its addresses. The rules of {@code
 * derive/mailbox-view.drl} decide the values and insert one per mailbox.
 *
 * @param address the mailbox address (the subject)
 * @param mailbox the mailbox
 * @param hostedIn {@code hostedIn(mb)}, or null when UNKNOWN
 * @param exo {@code isEXO(mb)}
 * @param exs {@code isEXS(mb)}
 * @param ewsRelevant EWS in {@code relevantProtocols(mb)}
 * @param easRelevant EAS in {@code relevantProtocols(mb)}
 * @param signIn {@code signIn(mb)}
 * @param primary {@code primary(mb)}
 * @param secondaries {@code secondaries(mb)}
 * @param mailDomain {@code mailDomain(mb)}
 */
public record MailboxView(
    String address,
    Mailbox mailbox,
    MailboxHost hostedIn,
    Tri exo,
    Tri exs,
    Tri ewsRelevant,
    Tri easRelevant,
    String signIn,
    String primary,
    List<String> secondaries,
    String mailDomain) {}
