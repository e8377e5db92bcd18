package io.mailready.snapshot;

import java.util.List;

/**
 * A delegated permission grant ({@code oauth2PermissionGrant}).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record OAuth2PermissionGrant(
    String clientId,
    ConsentType consentType,
    String principalId,
    String resourceId,
    String scope,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public OAuth2PermissionGrant {
    notCollected = Section.fields(OAuth2PermissionGrant.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public OAuth2PermissionGrant(
      String clientId,
      ConsentType consentType,
      String principalId,
      String resourceId,
      String scope) {
    this(clientId, consentType, principalId, resourceId, scope, null);
  }
}
