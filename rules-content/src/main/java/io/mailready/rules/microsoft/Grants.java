package io.mailready.rules.microsoft;

import io.mailready.rule.Globs;
import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.ConsentType;
import io.mailready.snapshot.OAuth2PermissionGrant;
import io.mailready.snapshot.PermissionType;
import io.mailready.snapshot.RequiredResourceAccess;
import io.mailready.snapshot.ResourceAccess;
import io.mailready.snapshot.Snapshot;
import io.mailready.spi.SharedValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading permission requests and grants of the snapshot model for the consent rules: lookups and
 * scope-name sets only. Which request or grant counts is the rules' decision.
 */
public final class Grants {
  private static final String INDEX = Grants.class.getName() + "#byPrincipal";

  private Grants() {}

  /**
   * The app requests the permission {@code permissionId} of type {@code type} (delegated {@code
   * SCOPE} or application {@code ROLE}) of resource {@code resourceAppId}; a null app requests
   * nothing. Which type counts ({@code appRequests}, requirements.md 1.2) is the rules' choice.
   */
  public static boolean requests(
      AzureApp app, PermissionType type, String resourceAppId, String permissionId) {
    if (app == null) {
      return false;
    }
    for (RequiredResourceAccess resource : app.requiredResourceAccess()) {
      if (Texts.same(resource.resourceAppId(), resourceAppId)) {
        for (ResourceAccess access : resource.resourceAccess()) {
          if (access.type() == type && Texts.same(access.id(), permissionId)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The scope names of the grants, each grant's {@code scope} split on whitespace, in order. */
  public static Set<String> scopeNames(Collection<OAuth2PermissionGrant> grants) {
    Set<String> names = new LinkedHashSet<>();
    for (OAuth2PermissionGrant grant : grants) {
      if (!Texts.unset(grant.scope())) {
        names.addAll(List.of(grant.scope().strip().split("\\s+")));
      }
    }
    return names;
  }

  /** True when some glob of {@code globs} matches {@code value}, ignoring case. */
  public static boolean matchesAny(List<String> globs, String value) {
    return globs.stream().anyMatch(glob -> Globs.matches(glob, value, true));
  }

  /**
   * The grants whose {@code principalId} ≈ one of {@code references} (which references name a user
   * is the rules' choice), in that order, each once. The grants are indexed by principal once per
   * check: a tenant may have one per mailbox.
   */
  public static List<OAuth2PermissionGrant> ofPrincipal(
      Snapshot snapshot, SharedValues shared, String... references) {
    Map<String, List<OAuth2PermissionGrant>> index =
        shared.once(INDEX, () -> byPrincipal(snapshot));
    if (index.isEmpty()) {
      return List.of();
    }
    Set<OAuth2PermissionGrant> own = new LinkedHashSet<>();
    for (String reference : references) {
      if (!Texts.unset(reference)) {
        own.addAll(index.getOrDefault(key(reference), List.of()));
      }
    }
    return List.copyOf(own);
  }

  private static Map<String, List<OAuth2PermissionGrant>> byPrincipal(Snapshot snapshot) {
    if (snapshot.tenant().entra() == null) {
      return Map.of();
    }
    Map<String, List<OAuth2PermissionGrant>> index = new HashMap<>();
    for (OAuth2PermissionGrant grant : snapshot.tenant().entra().oauth2PermissionGrants()) {
      if (!Texts.unset(grant.principalId())) {
        index.computeIfAbsent(key(grant.principalId()), k -> new ArrayList<>()).add(grant);
      }
    }
    return Collections.unmodifiableMap(index);
  }

  private static String key(String reference) {
    return reference.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Grants as evidence values, {@code consentType [(principalId)] on resourceId: scope}: the
   * tenant-wide ones, then the user's own.
   */
  public static List<String> described(
      List<OAuth2PermissionGrant> tenantWide, List<OAuth2PermissionGrant> own) {
    List<String> described = new ArrayList<>();
    for (List<OAuth2PermissionGrant> grants : List.of(tenantWide, own)) {
      for (OAuth2PermissionGrant grant : grants) {
        described.add(
            grant.consentType()
                + (grant.consentType() == ConsentType.PRINCIPAL
                    ? " (" + grant.principalId() + ")"
                    : "")
                + " on "
                + grant.resourceId()
                + ": "
                + (grant.scope() == null ? "" : grant.scope().strip()));
      }
    }
    return described;
  }

  /** The texts, sorted (e.g. the subjects of the mailboxes a requirement fails for). */
  public static List<String> sorted(Collection<String> texts) {
    return texts.stream().sorted().toList();
  }
}
