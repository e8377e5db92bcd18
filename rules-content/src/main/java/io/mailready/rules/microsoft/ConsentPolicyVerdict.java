package io.mailready.rules.microsoft;

import io.mailready.rule.Config;
import io.mailready.rule.Globs;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.Entra;
import java.util.List;
import java.util.Locale;

/**
 * Whether one assigned {@code ManagePermissionGrantsForSelf.*} policy lets a user consent to the
 * platform's app for the required scopes ({@code userCanConsent} of {@code requirements.md} 1.9).
 *
 * <p>Microsoft's built-in policies are read as the Entra docs ("Manage app consent policies")
 * describe them; the scopes the managed policies exclude and the mail clients they re-allow change
 * over time, so they are {@code pack.yaml} config values. Any other policy is UNKNOWN: its
 * conditions are not in the snapshot.
 *
 * @param policy the policy id without its {@code ManagePermissionGrantsForSelf.} prefix
 * @param allows TRUE when users may consent, FALSE when not, UNKNOWN when the snapshot cannot say
 * @param refusal when FALSE, the O365-CONSENT-001 part that says why; else null
 * @param scopes when FALSE for the scopes themselves, the required scopes the policy refuses
 * @param unknownBecause when UNKNOWN, why; else null
 */
public record ConsentPolicyVerdict(
    String policy, Tri allows, String refusal, List<String> scopes, String unknownBecause) {
  static final String LEGACY = "microsoft-user-default-legacy";
  static final String LOW = "microsoft-user-default-low";
  static final String RECOMMENDED = "microsoft-user-default-recommended";
  static final String MAIL_CLIENTS = "microsoft-user-default-allow-consent-apps";

  /** Part of O365-CONSENT-001: user consent is limited to verified publishers. */
  public static final String UNVERIFIED_PUBLISHER = "unverified-publisher";

  /** Part of O365-CONSENT-001: a Microsoft-managed policy needs admin consent for the scopes. */
  public static final String MANAGED_POLICY = "managed-policy";

  /** Part of O365-CONSENT-001: the scopes are not classified as low impact. */
  public static final String NOT_LOW_IMPACT = "not-low-impact";

  public ConsentPolicyVerdict {
    scopes = List.copyOf(scopes);
  }

  /**
   * What {@code policy} decides for {@code app} and its {@code required} scope names.
   *
   * @param policy the policy id without its prefix, as assigned
   */
  static ConsentPolicyVerdict of(
      String policy, AzureApp app, List<String> required, Entra entra, Config config) {
    boolean unverified = app == null || Texts.unset(app.verifiedPublisherId());
    String id = policy.strip().toLowerCase(Locale.ROOT);
    return switch (id) {
      // the publisher rule of requireVerifiedPublisherForUserConsent is Consent's, for every policy
      case LEGACY -> allowed(policy);
      case LOW -> low(policy, unverified, required, entra);
      case RECOMMENDED -> recommended(policy, required, config);
      case MAIL_CLIENTS ->
          app != null && Texts.in(app.appId(), config.strings("consentMailClientAppIds"))
              ? allowed(policy)
              : recommended(policy, required, config);
      default ->
          new ConsentPolicyVerdict(
              policy,
              Tri.UNKNOWN,
              null,
              List.of(),
              "the conditions of consent policy '" + policy.strip() + "' are not in the snapshot");
    };
  }

  /**
   * {@code microsoft-user-default-low}: only permissions an admin classified as low impact, for
   * apps of verified publishers (or registered in the tenant, which the platform's app is not).
   */
  private static ConsentPolicyVerdict low(
      String policy, boolean unverified, List<String> required, Entra entra) {
    if (unverified) {
      return refused(policy, UNVERIFIED_PUBLISHER, List.of());
    }
    if (entra.lowImpactPermissions() == null || !entra.collected("lowImpactPermissions")) {
      return new ConsentPolicyVerdict(
          policy,
          Tri.UNKNOWN,
          null,
          List.of(),
          "consent policy '"
              + policy.strip()
              + "' allows only permissions classified as low impact, and"
              + " tenant.entra.lowImpactPermissions is not collected");
    }
    List<String> notLow =
        required.stream().filter(s -> !Texts.in(s, entra.lowImpactPermissions())).toList();
    return notLow.isEmpty() ? allowed(policy) : refused(policy, NOT_LOW_IMPACT, notLow);
  }

  /**
   * {@code microsoft-user-default-recommended}: anything but the mail scopes Microsoft excludes
   * ({@code consentManagedPolicyExcludedScopes}, globs).
   */
  private static ConsentPolicyVerdict recommended(
      String policy, List<String> required, Config config) {
    List<String> excluded = config.strings("consentManagedPolicyExcludedScopes");
    List<String> refused =
        required.stream()
            .filter(s -> excluded.stream().anyMatch(glob -> Globs.matches(glob, s, true)))
            .toList();
    return refused.isEmpty() ? allowed(policy) : refused(policy, MANAGED_POLICY, refused);
  }

  private static ConsentPolicyVerdict allowed(String policy) {
    return new ConsentPolicyVerdict(policy, Tri.TRUE, null, List.of(), null);
  }

  private static ConsentPolicyVerdict refused(String policy, String refusal, List<String> scopes) {
    return new ConsentPolicyVerdict(policy, Tri.FALSE, refusal, scopes, null);
  }

  /** The policy as assigned, with its prefix, for messages. */
  public String assigned() {
    return "ManagePermissionGrantsForSelf." + policy.strip();
  }
}
