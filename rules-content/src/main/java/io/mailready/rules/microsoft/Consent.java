package io.mailready.rules.microsoft;

import io.mailready.Result;
import io.mailready.rule.Evaluation;
import io.mailready.rule.Tri;
import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.ConsentType;
import io.mailready.snapshot.Entra;
import io.mailready.snapshot.OAuth2PermissionGrant;
import io.mailready.snapshot.Profile;
import io.mailready.snapshot.ServicePrincipal;
import io.mailready.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tenant-wide consent facts of {@code requirements.md} 1.9, derived once per snapshot that has
 * {@code tenant.entra}: {@code appSp}, {@code resSp(R)}, the app's grants, {@code
 * adminConsentedScopes(R)}, {@code requiredConsent} and {@code userCanConsent}. Per mailbox, {@link
 * #forMailbox} gives {@code consentedScopes(mb, R)} and {@code consentCovered(mb)}.
 *
 * <p>Per-user ({@code Principal}) grants are indexed by principal, so that a mailbox is looked up,
 * not compared with every grant.
 *
 * @param appId {@code platform.azureApp.appId}, or null
 * @param verifiedPublisherId {@code platform.azureApp.verifiedPublisherId}, or null
 * @param profile the platform's profile
 * @param appSp the app's service principal, or null (none)
 * @param exoSp {@code resSp(EXO_APP_ID)}, or null
 * @param graphSp {@code resSp(GRAPH_APP_ID)}, or null
 * @param required {@code requiredConsent}
 * @param tenantWideGrants the app's grants with {@code consentType ≈ AllPrincipals}
 * @param userGrants the app's grants with {@code consentType ≈ Principal}, by trimmed lower-case
 *     principal id
 * @param permissionGrantPoliciesAssigned {@code entra.permissionGrantPoliciesAssigned}, or null
 * @param userCanConsent {@code userCanConsent}
 * @param userConsentDisabled FALSE because no {@code ManagePermissionGrantsForSelf.*} policy is
 *     assigned
 * @param assignmentRequired FALSE because the app's service principal requires user assignment
 * @param unverifiedPublisher FALSE because the app has no verified publisher and user consent is
 *     limited to verified publishers ({@code requireVerifiedPublisherForUserConsent})
 * @param selfPolicies what each assigned {@code ManagePermissionGrantsForSelf.*} policy allows
 * @param unknownBecause why {@code userCanConsent} is UNKNOWN, else null
 */
public record Consent(
    String appId,
    String verifiedPublisherId,
    Profile profile,
    ServicePrincipal appSp,
    ServicePrincipal exoSp,
    ServicePrincipal graphSp,
    List<Required> required,
    List<OAuth2PermissionGrant> tenantWideGrants,
    Map<String, List<OAuth2PermissionGrant>> userGrants,
    List<String> permissionGrantPoliciesAssigned,
    Tri userCanConsent,
    boolean userConsentDisabled,
    boolean assignmentRequired,
    boolean unverifiedPublisher,
    List<ConsentPolicyVerdict> selfPolicies,
    String unknownBecause) {

  private static final String SELF_PREFIX = "ManagePermissionGrantsForSelf.";

  /**
   * One element of {@code requiredConsent}.
   *
   * @param resourceAppId {@code EXO_APP_ID} or {@code GRAPH_APP_ID}
   * @param scope the scope name
   */
  public record Required(String resourceAppId, String scope) {}

  /** Derives the consent facts of a snapshot whose {@code tenant.entra} is collected. */
  public static Consent of(Snapshot snapshot, Evaluation evaluation) {
    Entra entra = snapshot.tenant().entra();
    AzureApp app = Texts.azureApp(snapshot.platform());
    String appId = app == null ? null : app.appId();
    ServicePrincipal appSp = servicePrincipal(entra, appId);
    List<OAuth2PermissionGrant> tenantWide = new ArrayList<>();
    Map<String, List<OAuth2PermissionGrant>> perUser = new HashMap<>();
    if (appSp != null) {
      for (OAuth2PermissionGrant grant : entra.oauth2PermissionGrants()) {
        if (!Texts.same(grant.clientId(), appSp.id())) {
          continue;
        }
        if (grant.consentType() == ConsentType.ALL_PRINCIPALS) {
          tenantWide.add(grant);
        } else if (grant.consentType() == ConsentType.PRINCIPAL
            && !Texts.unset(grant.principalId())) {
          perUser.computeIfAbsent(key(grant.principalId()), k -> new ArrayList<>()).add(grant);
        }
      }
    }
    Profile profile = Texts.profile(snapshot.platform());
    List<Required> required = requiredConsent(app, profile);
    boolean policiesCollected = entra.collected("permissionGrantPoliciesAssigned");
    List<String> policies = policiesCollected ? entra.permissionGrantPoliciesAssigned() : null;
    List<String> self =
        policies == null
            ? null
            : policies.stream()
                .filter(p -> p != null && Texts.startsWithIgnoreCase(p, SELF_PREFIX))
                .toList();
    // Kleene: a clause that does not read the unset policy list still decides FALSE.
    boolean disabled = self != null && self.isEmpty();
    boolean assignment = appSp != null && Boolean.TRUE.equals(appSp.appRoleAssignmentRequired());
    // (unverified) Nylas: since November 2020 users may only consent to verified publishers
    boolean publisher =
        (app == null || Texts.unset(app.verifiedPublisherId()))
            && evaluation.config().bool("requireVerifiedPublisherForUserConsent");
    List<ConsentPolicyVerdict> verdicts =
        self == null
            ? List.of()
            : self.stream()
                .map(
                    p ->
                        ConsentPolicyVerdict.of(
                            p.strip().substring(SELF_PREFIX.length()),
                            app,
                            required.stream().map(Required::scope).toList(),
                            entra,
                            evaluation.config()))
                .toList();
    Tri anyAllows = Tri.FALSE;
    for (ConsentPolicyVerdict verdict : verdicts) {
      anyAllows = anyAllows.or(verdict.allows());
    }
    Tri canConsent =
        disabled || assignment || publisher ? Tri.FALSE : self == null ? Tri.UNKNOWN : anyAllows;
    String because = null;
    if (canConsent == Tri.UNKNOWN) {
      because =
          self == null
              ? "tenant.entra.permissionGrantPoliciesAssigned is not collected"
              : String.join(
                  "; ",
                  verdicts.stream()
                      .filter(v -> v.allows() == Tri.UNKNOWN)
                      .map(ConsentPolicyVerdict::unknownBecause)
                      .toList());
    }
    return new Consent(
        appId,
        app == null ? null : app.verifiedPublisherId(),
        profile,
        appSp,
        servicePrincipal(entra, Permissions.EXO_APP_ID),
        servicePrincipal(entra, Permissions.GRAPH_APP_ID),
        required,
        List.copyOf(tenantWide),
        Map.copyOf(perUser),
        policies,
        canConsent,
        disabled,
        assignment,
        publisher,
        verdicts,
        because);
  }

  /** {@code requiredConsent} for the app and profile. */
  static List<Required> requiredConsent(AzureApp app, Profile profile) {
    String resource = profile == Profile.GRAPH ? Permissions.GRAPH_APP_ID : Permissions.EXO_APP_ID;
    List<String> candidates =
        profile == Profile.GRAPH
            ? List.of(Permissions.MAIL_READ, Permissions.MAIL_READ_WRITE)
            : List.of(Permissions.EWS_ACCESS, Permissions.EAS_ACCESS);
    List<Required> required = new ArrayList<>();
    for (String scope : candidates) {
      if (Permissions.appRequests(app, resource, scope)) {
        required.add(new Required(resource, scope));
      }
    }
    if (required.isEmpty()) {
      // the app requests neither: legacy needs both, graph needs Mail.Read
      (profile == Profile.GRAPH ? candidates.subList(0, 1) : candidates)
          .forEach(scope -> required.add(new Required(resource, scope)));
    }
    return List.copyOf(required);
  }

  private static ServicePrincipal servicePrincipal(Entra entra, String appId) {
    if (Texts.unset(appId)) {
      return null;
    }
    return entra.servicePrincipals().stream()
        .filter(sp -> Texts.same(sp.appId(), appId))
        .findFirst()
        .orElse(null);
  }

  private static String key(String reference) {
    return reference.strip().toLowerCase(Locale.ROOT);
  }

  /** The Kleene OR of what the assigned {@code ManagePermissionGrantsForSelf.*} policies allow. */
  public Tri policiesAllow() {
    Tri any = Tri.FALSE;
    for (ConsentPolicyVerdict verdict : selfPolicies) {
      any = any.or(verdict.allows());
    }
    return any;
  }

  /** True when the app's service principal is in the snapshot. */
  public boolean appSpExists() {
    return appSp != null;
  }

  /** The id of the app's service principal, or null. */
  public String appSpId() {
    return appSp == null ? null : appSp.id();
  }

  /** The app service principal's {@code appRoleAssignmentRequired}, or null. */
  public Boolean appRoleAssignmentRequired() {
    return appSp == null ? null : appSp.appRoleAssignmentRequired();
  }

  /** The id of the service principal of the profile's resource (the {@code resourceSpId}). */
  public String resourceSpId() {
    ServicePrincipal sp = profile == Profile.GRAPH ? graphSp : exoSp;
    return sp == null ? null : sp.id();
  }

  /** The app id of the profile's resource: Exchange Online (legacy) or Microsoft Graph. */
  public String resourceAppId() {
    return profile == Profile.GRAPH ? Permissions.GRAPH_APP_ID : Permissions.EXO_APP_ID;
  }

  /** The scope names of {@code requiredConsent}, space-separated (as a grant's scope). */
  public String requiredScopes() {
    return String.join(" ", required.stream().map(Required::scope).toList());
  }

  /** True when the app has at least one tenant-wide ({@code AllPrincipals}) grant. */
  public boolean hasTenantWideGrant() {
    return !tenantWideGrants.isEmpty();
  }

  /** {@code adminConsentedScopes(R)}. */
  public Set<String> adminConsentedScopes(String resourceAppId) {
    return scopes(tenantWideGrants, resourceAppId);
  }

  /** {@code grantsFor(mb, R)} for every resource: the tenant-wide and the mailbox's own grants. */
  List<OAuth2PermissionGrant> grantsFor(MailboxView view) {
    List<OAuth2PermissionGrant> grants = new ArrayList<>(tenantWideGrants);
    Set<String> references = new LinkedHashSet<>();
    // userRefMatches(ref, mb): the UPN, the address, the primary address or the Entra object id
    for (String reference :
        new String[] {
          view.mailbox().userPrincipalName(),
          view.address(),
          view.primary(),
          view.mailbox().entraObjectId()
        }) {
      if (!Texts.unset(reference)) {
        references.add(key(reference));
      }
    }
    Set<OAuth2PermissionGrant> own = new LinkedHashSet<>();
    references.forEach(reference -> own.addAll(userGrants.getOrDefault(reference, List.of())));
    grants.addAll(own);
    return grants;
  }

  /** {@code consentedScopes(mb, R)}. */
  public Set<String> consentedScopes(MailboxView view, String resourceAppId) {
    return scopes(grantsFor(view), resourceAppId);
  }

  /** {@code consentCovered(mb)}, with the required scopes that are missing and the grants found. */
  public MailboxConsent forMailbox(MailboxView view) {
    List<OAuth2PermissionGrant> grants = grantsFor(view);
    Map<String, Set<String>> byResource = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (Required need : required) {
      Set<String> consented =
          byResource.computeIfAbsent(need.resourceAppId(), r -> scopes(grants, r));
      if (!Texts.in(need.scope(), consented)) {
        missing.add(need.scope());
      }
    }
    return new MailboxConsent(
        view.address(),
        view.mailbox(),
        missing.isEmpty(),
        List.copyOf(missing),
        grants.stream().map(Consent::describe).toList());
  }

  /** The scope names of the grants that are on the resource (by its service principal). */
  private Set<String> scopes(Collection<OAuth2PermissionGrant> grants, String resourceAppId) {
    ServicePrincipal resource =
        Texts.same(resourceAppId, Permissions.GRAPH_APP_ID)
            ? graphSp
            : Texts.same(resourceAppId, Permissions.EXO_APP_ID) ? exoSp : null;
    Set<String> scopes = new LinkedHashSet<>();
    for (OAuth2PermissionGrant grant : grants) {
      // design decision: without the resource's service principal, match by scope names only
      if (resource == null || Texts.same(grant.resourceId(), resource.id())) {
        scopes.addAll(scopeNames(grant.scope()));
      }
    }
    return scopes;
  }

  /** The scope names of a grant's {@code scope}, split on whitespace. */
  static List<String> scopeNames(String scope) {
    return Texts.unset(scope) ? List.of() : List.of(scope.strip().split("\\s+"));
  }

  /** A grant as evidence: {@code consentType resourceId: scope}. */
  static String describe(OAuth2PermissionGrant grant) {
    return grant.consentType()
        + (grant.consentType() == ConsentType.PRINCIPAL ? " (" + grant.principalId() + ")" : "")
        + " on "
        + grant.resourceId()
        + ": "
        + (grant.scope() == null ? "" : grant.scope().strip());
  }

  /** The admin consent workflow switch, {@code adminConsentRequestPolicy.isEnabled}, or null. */
  public static Boolean workflowEnabled(Entra entra) {
    return entra == null || entra.adminConsentRequestPolicy() == null
        ? null
        : entra.adminConsentRequestPolicy().isEnabled();
  }

  /** The subjects of results, sorted (e.g. the mailboxes that fail O365-CONSENT-001). */
  public static List<String> subjects(Collection<?> results) {
    return results.stream()
        .filter(Result.class::isInstance)
        .map(r -> ((Result) r).subject())
        .sorted()
        .toList();
  }
}
