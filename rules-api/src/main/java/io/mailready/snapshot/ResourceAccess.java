package io.mailready.snapshot;

import java.util.List;

/**
 * One requested permission: its id and whether it is delegated ({@code Scope}) or an app role.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ResourceAccess(String id, PermissionType type, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public ResourceAccess {
    notCollected = Section.fields(ResourceAccess.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public ResourceAccess(String id, PermissionType type) {
    this(id, type, null);
  }
}
