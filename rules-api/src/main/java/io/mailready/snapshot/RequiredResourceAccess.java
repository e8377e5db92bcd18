package io.mailready.snapshot;

import java.util.List;

/**
 * The permissions an app requests on one resource, as in the app manifest.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record RequiredResourceAccess(
    String resourceAppId, List<ResourceAccess> resourceAccess, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public RequiredResourceAccess {
    resourceAccess = resourceAccess == null ? List.of() : List.copyOf(resourceAccess);
    notCollected = Section.fields(RequiredResourceAccess.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public RequiredResourceAccess(String resourceAppId, List<ResourceAccess> resourceAccess) {
    this(resourceAppId, resourceAccess, null);
  }
}
