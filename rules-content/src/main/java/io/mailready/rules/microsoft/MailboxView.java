package io.mailready.rules.microsoft;

import io.mailready.rule.Tri;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import io.mailready.snapshot.Profile;
import io.mailready.snapshot.Snapshot;
import java.util.List;

/**
 * What {@code requirements.md} 1.2 and 1.3 derive for one mailbox: where it is hosted, which
 * protocols the platform uses for it, and its addresses.
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
    String mailDomain) {

  /** Derives the view of a mailbox of a snapshot. */
  public static MailboxView of(Snapshot snapshot, Mailbox mailbox) {
    MailboxHost host = hostedIn(snapshot.tenant().deployment(), mailbox);
    Tri exo = host == null ? Tri.UNKNOWN : Tri.of(host == MailboxHost.EXCHANGE_ONLINE);
    Tri exs = exo.not();
    Profile profile = Texts.profile(snapshot.platform());
    // legacy: EWS and EAS everywhere; graph: Graph for Exchange Online, EWS/EAS on Exchange Server
    Tri legacyProtocols = profile == Profile.LEGACY ? Tri.TRUE : exs;
    String signIn =
        Texts.unset(mailbox.signInAddress()) ? mailbox.address() : mailbox.signInAddress();
    return new MailboxView(
        mailbox.address(),
        mailbox,
        host,
        exo,
        exs,
        legacyProtocols,
        legacyProtocols,
        signIn,
        primary(mailbox),
        secondaries(mailbox),
        Texts.domainOf(signIn));
  }

  /** {@code hostedIn(mb)}: the mailbox's own value, else the deployment's; null when unknown. */
  static MailboxHost hostedIn(Deployment deployment, Mailbox mailbox) {
    if (mailbox.hostedIn() != null) {
      return mailbox.hostedIn();
    }
    if (deployment == Deployment.EXCHANGE_ONLINE) {
      return MailboxHost.EXCHANGE_ONLINE;
    }
    return deployment == Deployment.EXCHANGE_SERVER ? MailboxHost.EXCHANGE_SERVER : null;
  }

  /**
   * {@code primary(mb)}: primarySmtpAddress, else the {@code SMTP:} proxy address, else address.
   */
  static String primary(Mailbox mailbox) {
    if (!Texts.unset(mailbox.primarySmtpAddress())) {
      return mailbox.primarySmtpAddress().strip();
    }
    for (String proxy : mailbox.proxyAddresses()) {
      if (proxy.startsWith("SMTP:")) { // upper case marks the primary address
        return proxy.substring(5).strip();
      }
    }
    return mailbox.address();
  }

  /**
   * The {@code smtp:} entry of {@code proxyAddresses}, as stored, whose address ≈ {@code address};
   * null when there is none.
   */
  public String secondaryProxyAddress(String address) {
    return mailbox.proxyAddresses().stream()
        .filter(proxy -> proxy.startsWith("smtp:") && Texts.same(proxy.substring(5), address))
        .findFirst()
        .orElse(null);
  }

  /** {@code secondaries(mb)}: the {@code smtp:} (lower case) proxy addresses, without prefix. */
  static List<String> secondaries(Mailbox mailbox) {
    return mailbox.proxyAddresses().stream()
        .filter(proxy -> proxy.startsWith("smtp:"))
        .map(proxy -> proxy.substring(5).strip())
        .toList();
  }

  /**
   * The addresses the user may sign in with instead of an alias, for messages: the primary address,
   * and the user principal name when it is set and differs ("a or b").
   */
  public String signInChoices() {
    String upn = mailbox.userPrincipalName();
    return Texts.unset(upn) || Texts.same(upn, primary) ? primary : primary + " or " + upn.strip();
  }
}
