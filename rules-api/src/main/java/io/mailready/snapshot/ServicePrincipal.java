package io.mailready.snapshot;

/**
 * A service principal in the tenant (the platform app's or a resource's).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ServicePrincipal(String id, String appId, Boolean appRoleAssignmentRequired) {}
