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
    String unknownBecause) {}
