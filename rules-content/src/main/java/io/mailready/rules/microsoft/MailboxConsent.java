package io.mailready.rules.microsoft;

import io.mailready.snapshot.Mailbox;
import java.util.List;

/**
 * {@code consentCovered(mb)} of {@code requirements.md} 1.9 for one mailbox, derived by {@link
 * Consent#forMailbox}.
 *
 * @param address the mailbox address
 * @param mailbox the mailbox
 * @param covered every scope of {@code requiredConsent} is in {@code consentedScopes(mb, R)}
 * @param missing the required scope names that are not consented
 * @param grants the app's grants that apply to the mailbox, described for evidence
 */
public record MailboxConsent(
    String address, Mailbox mailbox, boolean covered, List<String> missing, List<String> grants) {}
