package io.mailready.snapshot;

import java.util.List;

/**
 * A service principal in the tenant (the platform app's or a resource's).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ServicePrincipal(
    String id, String appId, Boolean appRoleAssignmentRequired, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public ServicePrincipal {
    notCollected = Section.fields(ServicePrincipal.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public ServicePrincipal(String id, String appId, Boolean appRoleAssignmentRequired) {
    this(id, appId, appRoleAssignmentRequired, null);
  }
}
