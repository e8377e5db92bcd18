package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.CasMailbox;
import io.mailready.snapshot.EwsApplicationAccessPolicy;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.OrganizationConfig;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * What one level of the EWS application access policy decides for the platform's user agent ({@code
 * levelAllows} of W4, {@code requirements.md} 1.6), for W4 and EXCH-EWS-003.
 *
 * @param level {@code organisation} or {@code mailbox}
 * @param policy the enforced policy, or null when none
 * @param value TRUE (admits), FALSE (refuses) or UNKNOWN (user agent unknown, a field not
 *     collected)
 * @param allowList the level's allow list
 * @param blockEntry for a refusing block list: the matching entry; else null
 * @param entry for a refusal: the matching block entry, or why the allow list refuses; else null
 * @param unknownBecause when UNKNOWN, why; else null
 */
public record EwsPolicyLevel(
    String level,
    EwsApplicationAccessPolicy policy,
    Tri value,
    List<String> allowList,
    String blockEntry,
    String entry,
    String unknownBecause) {
  /**
   * The {@code ewsPolicyLevels} value where a mailbox's own policy overrides the organisation's.
   */
  static final String MAILBOX_OVERRIDES = "mailbox-overrides";

  private static final String[] POLICY_FIELDS = {
    "ewsApplicationAccessPolicy", "ewsAllowList", "ewsBlockList"
  };

  /** True when the level enforces an allow list. */
  public boolean allowListEnforced() {
    return policy == EwsApplicationAccessPolicy.ENFORCE_ALLOW_LIST;
  }

  /** Why the level refuses the platform's {@code userAgent}, for messages. */
  public String refusal(String userAgent) {
    if (!allowListEnforced()) {
      return "its user agent " + userAgent + " matches block-list entry '" + blockEntry + "'";
    }
    return allowList.isEmpty()
        ? "the allow list is empty, so every application is refused"
        : "its user agent " + userAgent + " is not in allow list " + allowList;
  }

  /** The organisation level ({@code Get-OrganizationConfig}). */
  public static EwsPolicyLevel organisation(
      OrganizationConfig org, Platform platform, Evaluation evaluation) {
    return of(
        "organisation",
        "tenant.organizationConfig",
        org,
        org.ewsApplicationAccessPolicy(),
        org.ewsAllowList(),
        org.ewsBlockList(),
        platform,
        evaluation);
  }

  /** The mailbox level ({@code Get-CASMailbox}) of the mailbox {@code address}. */
  public static EwsPolicyLevel mailbox(
      String address, CasMailbox casMailbox, Platform platform, Evaluation evaluation) {
    return of(
        "mailbox",
        "mailboxes[" + address + "].casMailbox",
        casMailbox,
        casMailbox.ewsApplicationAccessPolicy(),
        casMailbox.ewsAllowList(),
        casMailbox.ewsBlockList(),
        platform,
        evaluation);
  }

  /**
   * Whether the organisation level governs the mailbox: always when both levels must allow; with
   * {@code mailbox-overrides}, only when the mailbox has no policy of its own (Microsoft: specific
   * settings override general ones), UNKNOWN when that was not collected.
   */
  public static Tri organisationGoverns(Mailbox mailbox, Evaluation evaluation) {
    if (!MAILBOX_OVERRIDES.equals(mode(evaluation))) {
      return Tri.TRUE;
    }
    CasMailbox cas = mailbox.casMailbox();
    if (cas == null || !cas.collected("ewsApplicationAccessPolicy")) {
      return Tri.UNKNOWN;
    }
    return Tri.of(cas.ewsApplicationAccessPolicy() == null);
  }

  /** Which level decided, for messages. */
  public static String decidedBy(String level, Evaluation evaluation) {
    if (!MAILBOX_OVERRIDES.equals(mode(evaluation))) {
      return "both levels must admit the platform (ewsPolicyLevels: " + mode(evaluation) + ")";
    }
    return level.equals("mailbox")
        ? "the mailbox's own policy overrides the organisation's"
        : "the mailbox has no policy of its own, so the organisation's applies";
  }

  private static String mode(Evaluation evaluation) {
    Object value = evaluation.config().values().get("ewsPolicyLevels");
    return value == null ? MAILBOX_OVERRIDES : value.toString().strip();
  }

  private static EwsPolicyLevel of(
      String level,
      String path,
      Section section,
      EwsApplicationAccessPolicy policy,
      List<String> allow,
      List<String> block,
      Platform platform,
      Evaluation evaluation) {
    List<String> missing = new ArrayList<>();
    for (String field : POLICY_FIELDS) {
      if (!section.collected(field)) {
        missing.add(path + "." + field);
      }
    }
    if (!missing.isEmpty()) {
      return new EwsPolicyLevel(
          level,
          policy,
          Tri.UNKNOWN,
          List.copyOf(allow),
          null,
          null,
          "not collected: " + String.join(", ", missing));
    }
    EwsChecks.LevelDecision decision =
        EwsChecks.levelAllows(
            level,
            policy,
            allow,
            block,
            platform.collected("ewsUserAgent") ? platform.ewsUserAgent() : null,
            evaluation.config().bool("ewsGlobCaseInsensitive"));
    String blockEntry =
        decision.value() == Tri.FALSE && policy == EwsApplicationAccessPolicy.ENFORCE_BLOCK_LIST
            ? decision.entry()
            : null;
    String because =
        decision.value() == Tri.UNKNOWN
            ? "the "
                + level
                + " EWS policy "
                + policy
                + " is enforced and platform.ewsUserAgent is "
                + (platform.collected("ewsUserAgent") ? "unknown" : "not collected")
            : null;
    return new EwsPolicyLevel(
        level,
        policy,
        decision.value(),
        List.copyOf(allow),
        blockEntry,
        decision.value() == Tri.FALSE ? decision.entry() : null,
        because);
  }
}
