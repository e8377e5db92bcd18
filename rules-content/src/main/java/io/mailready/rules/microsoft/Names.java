package io.mailready.rules.microsoft;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.PermissionType;
import io.mailready.snapshot.RequiredResourceAccess;
import io.mailready.snapshot.ResourceAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * Names for ids, from tables of {@code "key name"} entries (the text before the first space is the
 * key, compared ≈), such as the {@code pack.yaml} lists of role and permission names.
 */
public final class Names {
  private Names() {}

  /** The name of {@code key} in {@code table}, or null when the table does not list it. */
  public static String find(String key, List<String> table) {
    for (String entry : table) {
      int space = entry.indexOf(' ');
      if (space > 0 && Texts.same(entry.substring(0, space), key)) {
        return entry.substring(space + 1).strip();
      }
    }
    return null;
  }

  /** The names of the keys, each stripped; a key the table does not list is shown as it is. */
  public static List<String> of(List<String> keys, List<String> table) {
    return keys.stream()
        .map(
            key -> {
              String name = find(key, table);
              return name == null ? key.strip() : name;
            })
        .toList();
  }

  /**
   * What the app requests, as {@code resource/permission}: the resource named by {@code resources}
   * (keyed by resource app id), the permission by {@code permissions} (keyed by {@code
   * resourceAppId/permissionId}), else their ids; application permissions are marked {@code
   * (application)}.
   */
  public static List<String> requested(
      AzureApp app, List<String> resources, List<String> permissions) {
    List<String> labels = new ArrayList<>();
    if (app == null) {
      return labels;
    }
    for (RequiredResourceAccess resource : app.requiredResourceAccess()) {
      String resourceName = find(resource.resourceAppId(), resources);
      String shown = resourceName == null ? String.valueOf(resource.resourceAppId()) : resourceName;
      for (ResourceAccess access : resource.resourceAccess()) {
        String name = find(resource.resourceAppId() + "/" + access.id(), permissions);
        String label = shown + "/" + (name == null ? String.valueOf(access.id()) : name);
        labels.add(access.type() == PermissionType.ROLE ? label + " (application)" : label);
      }
    }
    return labels;
  }
}
