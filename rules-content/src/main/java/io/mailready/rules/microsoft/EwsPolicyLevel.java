package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.CasMailbox;
import io.mailready.snapshot.EwsApplicationAccessPolicy;
import io.mailready.snapshot.OrganizationConfig;
import io.mailready.snapshot.Platform;
import java.util.List;

/**
 * What one level of the EWS application access policy decides for the platform's user agent ({@code
 * levelAllows} of W4, {@code requirements.md} 1.6), for EXCH-EWS-003.
 *
 * @param level {@code organisation} or {@code mailbox}
 * @param policy the enforced policy, or null when none
 * @param value TRUE (admits), FALSE (refuses) or UNKNOWN (user agent unknown)
 * @param allowList the level's allow list
 * @param blockEntry for a refusing block list: the matching entry; else null
 */
public record EwsPolicyLevel(
    String level,
    EwsApplicationAccessPolicy policy,
    Tri value,
    List<String> allowList,
    String blockEntry) {

  /** True when the level enforces an allow list. */
  public boolean allowListEnforced() {
    return policy == EwsApplicationAccessPolicy.ENFORCE_ALLOW_LIST;
  }

  /** The organisation level ({@code Get-OrganizationConfig}). */
  public static EwsPolicyLevel organisation(
      OrganizationConfig org, Platform platform, Evaluation evaluation) {
    return of(
        "organisation",
        org.ewsApplicationAccessPolicy(),
        org.ewsAllowList(),
        org.ewsBlockList(),
        platform,
        evaluation);
  }

  /** The mailbox level ({@code Get-CASMailbox}). */
  public static EwsPolicyLevel mailbox(
      CasMailbox casMailbox, Platform platform, Evaluation evaluation) {
    return of(
        "mailbox",
        casMailbox.ewsApplicationAccessPolicy(),
        casMailbox.ewsAllowList(),
        casMailbox.ewsBlockList(),
        platform,
        evaluation);
  }

  private static EwsPolicyLevel of(
      String level,
      EwsApplicationAccessPolicy policy,
      List<String> allow,
      List<String> block,
      Platform platform,
      Evaluation evaluation) {
    EwsChecks.LevelDecision decision =
        EwsChecks.levelAllows(
            level,
            policy,
            allow,
            block,
            platform.ewsUserAgent(),
            evaluation.config().bool("ewsGlobCaseInsensitive"));
    String blockEntry =
        decision.value() == Tri.FALSE && policy == EwsApplicationAccessPolicy.ENFORCE_BLOCK_LIST
            ? decision.entry()
            : null;
    return new EwsPolicyLevel(level, policy, decision.value(), List.copyOf(allow), blockEntry);
  }
}
