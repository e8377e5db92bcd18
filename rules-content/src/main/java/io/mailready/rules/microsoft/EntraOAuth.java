package io.mailready.rules.microsoft;

import io.mailready.rule.Flag;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Tenant;

/**
 * Whether the platform authenticates through Entra ID (OAuth): per mailbox, {@code isEXO(mb) and
 * mb.authMethod == oauth}, and for the tenant {@code entraOAuthInUse} ({@code requirements.md}
 * 1.3).
 */
public final class EntraOAuth {
  /** The mailbox flag: the mailbox uses OAuth with Exchange Online. */
  public static final String MAILBOX_FLAG = "mailboxUsesEntraOAuth";

  private EntraOAuth() {}

  /**
   * {@code isEXO(mb) and mb.authMethod == oauth}, in Kleene logic (an unset authMethod is UNKNOWN).
   */
  public static Tri usesEntraOAuth(MailboxView view) {
    AuthMethod method = view.mailbox().authMethod();
    return view.exo().and(method == null ? Tri.UNKNOWN : Tri.of(method == AuthMethod.OAUTH));
  }

  /** The mailbox flag {@value #MAILBOX_FLAG}, saying what is unknown when it is UNKNOWN. */
  public static Flag mailboxFlag(MailboxView view) {
    Tri value = usesEntraOAuth(view);
    String prefix = "mailboxes[" + view.address() + "]";
    String because =
        value != Tri.UNKNOWN
            ? null
            : view.exo() == Tri.UNKNOWN
                ? prefix + ".hostedIn is unset in a hybrid tenant (or tenant.deployment is unset)"
                : prefix + ".authMethod is unset";
    return Flag.of(view.mailbox(), MAILBOX_FLAG, value).because(because);
  }

  /**
   * The tenant flag {@code tenantHasExchangeOnline}: {@code tenant.deployment ∈ {exchange-online,
   * hybrid}}; UNKNOWN when the deployment is unset.
   */
  public static Flag exchangeOnlineFlag(Tenant tenant) {
    return tenant.deployment() == null
        ? Flag.of(tenant, "tenantHasExchangeOnline", Tri.UNKNOWN)
            .because("tenant.deployment is unset")
        : Flag.of(
            tenant, "tenantHasExchangeOnline", tenant.deployment() != Deployment.EXCHANGE_SERVER);
  }
}
