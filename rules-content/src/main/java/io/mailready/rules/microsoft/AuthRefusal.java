package io.mailready.rules.microsoft;

import io.mailready.rule.Cause;
import io.mailready.snapshot.ExchangeServerVersion;
import java.util.List;

/**
 * Why Exchange Server refuses a mailbox's authentication for one protocol, read from a FALSE check
 * W7 (EWS) or A6 (ActiveSync) of {@code requirements.md} 1.6 / 1.7, for EXCH-AUTH-001.
 *
 * @param protocol {@code EWS} or {@code ActiveSync}
 * @param kind {@link #POLICY}, {@link #VDIR} or {@link #VERSION}
 * @param policy the authentication policy's name (kind policy), else null
 * @param switchName the policy switch or vdir flag that refuses, e.g. {@code
 *     BlockLegacyAuthWebServices} or {@code BasicAuthentication}
 * @param servers the servers of the refusing published vdirs (kind vdir), else empty
 * @param version the Exchange Server version without OAuth (kind version), else null
 */
public record AuthRefusal(
    String protocol,
    String kind,
    String policy,
    String switchName,
    List<String> servers,
    ExchangeServerVersion version) {
  public static final String POLICY = "policy";
  public static final String VDIR = "vdir";
  public static final String VERSION = "version";

  public AuthRefusal {
    servers = List.copyOf(servers);
  }

  /** The first refusing server, for the {@code {server}} placeholder of fixes; null when none. */
  public String server() {
    return servers.isEmpty() ? null : servers.get(0);
  }

  /**
   * Reads a FALSE W7 or A6 check (its cause {@code EWS_AUTH_REFUSED} / {@code EAS_AUTH_REFUSED}).
   */
  public static AuthRefusal of(CheckResult check) {
    Cause cause = check.cause();
    String protocol = check.protocol() == Protocol.EWS ? "EWS" : "ActiveSync";
    String switchName = String.valueOf(cause.evidence().get("switch"));
    if (cause.evidence().containsKey("policy")) {
      return new AuthRefusal(
          protocol,
          POLICY,
          String.valueOf(cause.evidence().get("policy")),
          switchName,
          List.of(),
          null);
    }
    if (cause.evidence().containsKey("exchangeServerVersion")) {
      return new AuthRefusal(
          protocol,
          VERSION,
          null,
          switchName,
          List.of(),
          cause.evidence().get("exchangeServerVersion") instanceof ExchangeServerVersion v
              ? v
              : null);
    }
    List<String> servers =
        cause.evidence().get("servers") instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : List.of();
    return new AuthRefusal(protocol, VDIR, null, switchName, servers, null);
  }
}
