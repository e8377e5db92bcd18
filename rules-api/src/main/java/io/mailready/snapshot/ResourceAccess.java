package io.mailready.snapshot;

/**
 * One requested permission: its id and whether it is delegated ({@code Scope}) or an app role.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ResourceAccess(String id, PermissionType type) {}
