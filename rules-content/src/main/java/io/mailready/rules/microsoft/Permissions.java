package io.mailready.rules.microsoft;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.PermissionType;
import io.mailready.snapshot.Profile;
import io.mailready.snapshot.RequiredResourceAccess;
import io.mailready.snapshot.ResourceAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The permission catalog of {@code requirements.md} 1.2: delegated permissions keyed on (resource
 * app id, permission id), and {@code appRequests(R, name)}.
 */
public final class Permissions {
  /** Office 365 Exchange Online. */
  public static final String EXO_APP_ID = "00000002-0000-0ff1-ce00-000000000000";

  /** Microsoft Graph. */
  public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

  public static final String EWS_ACCESS = "EWS.AccessAsUser.All";
  public static final String EAS_ACCESS = "EAS.AccessAsUser.All";
  public static final String MAIL_READ = "Mail.Read";
  public static final String MAIL_READ_WRITE = "Mail.ReadWrite";
  public static final String CONTACTS_READ = "Contacts.Read";
  public static final String CONTACTS_READ_WRITE = "Contacts.ReadWrite";

  private static final Map<String, String> RESOURCE_NAMES =
      Map.of(EXO_APP_ID, "Office 365 Exchange Online", GRAPH_APP_ID, "Microsoft Graph");

  /** resource app id → (permission name → permission id). */
  private static final Map<String, Map<String, String>> CATALOG = catalog();

  private Permissions() {}

  private static Map<String, Map<String, String>> catalog() {
    Map<String, String> exo = new LinkedHashMap<>();
    exo.put(EWS_ACCESS, "3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5");
    exo.put(EAS_ACCESS, "266d2589-20b5-4f91-9a03-89247d1be8da");
    Map<String, String> graph = new LinkedHashMap<>();
    graph.put(MAIL_READ, "570282fd-fa5c-430d-a7fd-fc8dc98a9dca");
    graph.put(MAIL_READ_WRITE, "024d486e-b451-40bb-833d-3e66d98c5c73");
    graph.put("Mail.Send", "e383f46e-2787-4529-855e-0e479a3ffac0");
    graph.put("Calendars.ReadWrite", "1ec239c2-d7c9-4623-a91a-a9775856bb36");
    graph.put(CONTACTS_READ, "ff74d97f-43af-4b68-9f2a-b77ee6968c5d");
    graph.put(CONTACTS_READ_WRITE, "d56682ec-c09e-4743-aaf4-1a3aac4caa21");
    graph.put("offline_access", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182");
    graph.put("openid", "37f7f235-527c-4136-accd-4a02d197296e");
    graph.put("email", "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0");
    graph.put("profile", "14dad69e-099b-42c9-810b-d002981feec1");
    graph.put("User.Read", "e1fe6dd8-ba31-4d61-89e7-88639da4683d");
    return Map.of(EXO_APP_ID, Map.copyOf(exo), GRAPH_APP_ID, Map.copyOf(graph));
  }

  /** The permission id of {@code name} on resource {@code resourceAppId}, or null. */
  public static String idOf(String resourceAppId, String name) {
    return CATALOG.getOrDefault(resourceAppId, Map.of()).get(name);
  }

  /**
   * {@code appRequests(R, name)}: the app requests the delegated permission {@code name} of
   * resource {@code resourceAppId}. Application permissions ({@code Role}) do not count; a null app
   * requests nothing.
   */
  public static boolean appRequests(AzureApp app, String resourceAppId, String name) {
    String id = idOf(resourceAppId, name);
    if (app == null || id == null) {
      return false;
    }
    for (RequiredResourceAccess resource : app.requiredResourceAccess()) {
      if (Texts.same(resource.resourceAppId(), resourceAppId)) {
        for (ResourceAccess access : resource.resourceAccess()) {
          if (access.type() == PermissionType.SCOPE && Texts.same(access.id(), id)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The app requests at least one of the named delegated permissions of the resource. */
  public static boolean appRequestsAny(AzureApp app, String resourceAppId, List<String> names) {
    return names.stream().anyMatch(name -> appRequests(app, resourceAppId, name));
  }

  /**
   * The mailbox permissions of a profile (O365-APP-001 (b)), as {@code resource/permission}: the
   * app must request at least one of them.
   */
  public static List<String> mailboxPermissions(Profile profile) {
    return profile == Profile.GRAPH
        ? List.of(label(GRAPH_APP_ID, MAIL_READ), label(GRAPH_APP_ID, MAIL_READ_WRITE))
        : List.of(label(EXO_APP_ID, EWS_ACCESS), label(EXO_APP_ID, EAS_ACCESS));
  }

  /** O365-APP-001 (b): the app requests at least one mailbox permission of the profile. */
  public static boolean requestsMailboxPermission(AzureApp app, Profile profile) {
    return profile == Profile.GRAPH
        ? appRequestsAny(app, GRAPH_APP_ID, List.of(MAIL_READ, MAIL_READ_WRITE))
        : appRequestsAny(app, EXO_APP_ID, List.of(EWS_ACCESS, EAS_ACCESS));
  }

  /**
   * What the app requests, as {@code resource/permission} names: catalog names where known, else
   * the ids; application permissions are marked {@code (application)}.
   */
  public static List<String> requested(AzureApp app) {
    List<String> names = new ArrayList<>();
    if (app == null) {
      return names;
    }
    for (RequiredResourceAccess resource : app.requiredResourceAccess()) {
      String resourceId = canonicalResource(resource.resourceAppId());
      for (ResourceAccess access : resource.resourceAccess()) {
        String name = nameOf(resourceId, access.id());
        String label = label(resourceId, name == null ? String.valueOf(access.id()) : name);
        names.add(access.type() == PermissionType.ROLE ? label + " (application)" : label);
      }
    }
    return names;
  }

  /** {@code resource/permission}, with the resource's name where it is in the catalog. */
  public static String label(String resourceAppId, String permission) {
    String resource = RESOURCE_NAMES.get(canonicalResource(resourceAppId));
    return (resource == null ? String.valueOf(resourceAppId) : resource) + "/" + permission;
  }

  private static String canonicalResource(String resourceAppId) {
    for (String known : RESOURCE_NAMES.keySet()) {
      if (Texts.same(known, resourceAppId)) {
        return known;
      }
    }
    return resourceAppId;
  }

  private static String nameOf(String resourceAppId, String id) {
    for (Map.Entry<String, String> entry :
        CATALOG.getOrDefault(resourceAppId, Map.of()).entrySet()) {
      if (Texts.same(entry.getValue(), id)) {
        return entry.getKey();
      }
    }
    return null;
  }
}
