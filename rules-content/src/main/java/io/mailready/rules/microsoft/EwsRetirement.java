package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.OrganizationConfig;
import io.mailready.snapshot.Snapshot;
import java.util.List;

/**
 * What O365-EWS-001 cites about the EWS retirement in Exchange Online, derived once per tenant: the
 * window of {@code requirements.md} 1.4, the organisation's EWS settings, the app id and the
 * affected mailboxes. A section that is not collected is shown as {@code not collected}.
 *
 * @param window {@code exoEwsWindow}
 * @param ewsEnabled {@code organizationConfig.ewsEnabled}, or {@code not collected}
 * @param ewsAllowedAppIds {@code organizationConfig.ewsAllowedAppIds}, or {@code not collected}
 * @param appId {@code platform.azureApp.appId}, or {@code not collected}
 * @param appListed the app id is in {@code ewsAllowedAppIds} (UNKNOWN when a section is missing)
 * @param mailboxes the Exchange Online mailboxes that use EWS (those {@code tenantUses(EWS, EXO)}
 *     counts), or {@code not collected}
 */
public record EwsRetirement(
    Dates window,
    Object ewsEnabled,
    Object ewsAllowedAppIds,
    Object appId,
    Tri appListed,
    Object mailboxes) {
  static final String NOT_COLLECTED = "not collected";

  /** Derives the facts; {@code affected} are the addresses of the affected mailboxes. */
  public static EwsRetirement of(Snapshot snapshot, Evaluation evaluation, List<String> affected) {
    OrganizationConfig org = snapshot.tenant().organizationConfig();
    AzureApp app = Texts.azureApp(snapshot.platform());
    boolean idsCollected = org != null && org.collected("ewsAllowedAppIds");
    Tri listed =
        !idsCollected || app == null
            ? Tri.UNKNOWN
            : Tri.of(Texts.in(app.appId(), org.ewsAllowedAppIds()));
    return new EwsRetirement(
        Dates.exoEwsWindow(evaluation),
        org == null || !org.collected("ewsEnabled") ? NOT_COLLECTED : org.ewsEnabled(),
        idsCollected ? org.ewsAllowedAppIds() : NOT_COLLECTED,
        app == null ? NOT_COLLECTED : app.appId(),
        listed,
        snapshot.mailboxes() == null ? NOT_COLLECTED : affected.stream().sorted().toList());
  }

  /**
   * Whether {@code EwsAllowedAppIDs} contains the app: "contains", "does not contain", or why not
   * known.
   */
  public String contains() {
    return appListed == Tri.TRUE
        ? "contains"
        : appListed == Tri.FALSE ? "does not contain" : "(not collected) may or may not contain";
  }

  /** True when {@code EwsAllowedAppIDs} was collected and is empty. */
  public boolean appIdListEmpty() {
    return ewsAllowedAppIds instanceof List<?> ids && ids.isEmpty();
  }

  /**
   * The app and whether it is allow-listed, for messages: "app X listed", "app X not listed", or
   * what is not collected.
   */
  public String appListing() {
    if (appListed != Tri.UNKNOWN) {
      return "app " + appId + (appListed == Tri.TRUE ? " listed" : " not listed");
    }
    return NOT_COLLECTED.equals(appId)
        ? "the app's id not collected (platform.azureApp)"
        : "whether app " + appId + " is listed not known (`EwsAllowedAppIDs` not collected)";
  }

  /** Whether the app is allow-listed: "listed", "not listed", or why not known. */
  public String listed() {
    return appListed == Tri.TRUE
        ? "listed"
        : appListed == Tri.FALSE ? "not listed" : "not known to be listed (not collected)";
  }
}
