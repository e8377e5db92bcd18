package io.mailready.snapshot;

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
    String scope) {}
