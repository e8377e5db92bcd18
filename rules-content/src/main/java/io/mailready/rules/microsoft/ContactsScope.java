package io.mailready.rules.microsoft;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The contacts checks of GEN-SCOPE-001 ({@code requirements.md} 2.1), one function per part. */
public final class ContactsScope {
  private static final List<String> CONTACTS =
      List.of(Permissions.CONTACTS_READ, Permissions.CONTACTS_READ_WRITE);
  private static final String EITHER_CONTACTS =
      Permissions.CONTACTS_READ + " or " + Permissions.CONTACTS_READ_WRITE;

  private ContactsScope() {}

  /**
   * (a) Some entry of {@code platform.grantedScopes} starts with {@code contacts}, ignoring case
   * ({@code contacts}, {@code contacts.read_only}, {@code Contacts.Read}).
   */
  public static boolean platformHasContactsScope(List<String> grantedScopes) {
    return grantedScopes != null
        && grantedScopes.stream().anyMatch(s -> Texts.startsWithIgnoreCase(s, "contacts"));
  }

  /**
   * (b) The contacts permissions the app registration lacks, as {@code resource/permission}: for
   * the legacy profile Exchange Online {@code EAS.AccessAsUser.All}, and for both profiles Graph
   * {@code Contacts.Read} or {@code Contacts.ReadWrite}. Empty when nothing is missing.
   */
  public static List<String> missingAppPermissions(AzureApp app, Profile profile) {
    List<String> missing = new ArrayList<>();
    if (profile != Profile.GRAPH
        && !Permissions.appRequests(app, Permissions.EXO_APP_ID, Permissions.EAS_ACCESS)) {
      missing.add(Permissions.label(Permissions.EXO_APP_ID, Permissions.EAS_ACCESS));
    }
    if (!Permissions.appRequestsAny(app, Permissions.GRAPH_APP_ID, CONTACTS)) {
      missing.add(Permissions.label(Permissions.GRAPH_APP_ID, EITHER_CONTACTS));
    }
    return missing;
  }

  /**
   * (c) The contacts scopes the tenant-wide consent lacks: for the legacy profile {@code
   * EAS.AccessAsUser.All} in {@code adminConsentedScopes(EXO_APP_ID)}, and for both profiles {@code
   * Contacts.Read} or {@code Contacts.ReadWrite} in {@code adminConsentedScopes(GRAPH_APP_ID)}.
   * Empty when the app has no tenant-wide grant (then consent is O365-CONSENT-001's question) or
   * nothing is missing.
   */
  public static List<String> missingAdminConsent(Consent consent) {
    List<String> missing = new ArrayList<>();
    if (!consent.hasTenantWideGrant()) {
      return missing;
    }
    if (consent.profile() != Profile.GRAPH
        && !Texts.in(
            Permissions.EAS_ACCESS, consent.adminConsentedScopes(Permissions.EXO_APP_ID))) {
      missing.add(Permissions.EAS_ACCESS);
    }
    Set<String> graph = consent.adminConsentedScopes(Permissions.GRAPH_APP_ID);
    if (CONTACTS.stream().noneMatch(scope -> Texts.in(scope, graph))) {
      missing.add(EITHER_CONTACTS);
    }
    return missing;
  }
}
