package io.mailready.rules.microsoft;

import io.mailready.rule.Cause;
import io.mailready.rule.Tri;

/**
 * One check of {@code ewsEffective} (W0–W7) or {@code easEffective} (A1–A7) for a mailbox.
 *
 * @param address the mailbox address
 * @param protocol EWS or EAS
 * @param check the check, e.g. {@code W2}
 * @param value TRUE (passes), FALSE (with a cause) or UNKNOWN (with what is missing)
 * @param cause why it is FALSE, else null
 * @param unknownBecause why it is UNKNOWN, else null
 */
public record CheckResult(
    String address,
    Protocol protocol,
    String check,
    Tri value,
    Cause cause,
    String unknownBecause) {

  static CheckResult pass(MailboxView view, Protocol protocol, String check) {
    return new CheckResult(view.address(), protocol, check, Tri.TRUE, null, null);
  }

  static CheckResult fail(MailboxView view, Protocol protocol, String check, Cause cause) {
    return new CheckResult(view.address(), protocol, check, Tri.FALSE, cause, null);
  }

  static CheckResult unknown(MailboxView view, Protocol protocol, String check, String because) {
    return new CheckResult(view.address(), protocol, check, Tri.UNKNOWN, null, because);
  }

  /**
   * The check for a mailbox whose host may be unknown: a check that exists only on one host passes
   * elsewhere, so a FALSE on that host is UNKNOWN while the host is unknown (1.6).
   */
  static CheckResult onlyOn(Tri host, CheckResult onThatHost) {
    if (host == Tri.FALSE) {
      return new CheckResult(
          onThatHost.address, onThatHost.protocol, onThatHost.check, Tri.TRUE, null, null);
    }
    if (host == Tri.UNKNOWN && onThatHost.value != Tri.TRUE) {
      return new CheckResult(
          onThatHost.address,
          onThatHost.protocol,
          onThatHost.check,
          Tri.UNKNOWN,
          null,
          "mailboxes[" + onThatHost.address + "].hostedIn is unknown");
    }
    return onThatHost;
  }
}
