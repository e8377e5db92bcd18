package io.mailready.snapshot;

import java.util.List;

/**
 * A Conditional Access policy (users, applications, client types, locations, controls).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ConditionalAccessPolicy(
    String id,
    String displayName,
    ConditionalAccessState state,
    List<String> clientAppTypes,
    List<String> includeUsers,
    List<String> excludeUsers,
    List<String> includeApplications,
    List<String> includeLocations,
    List<String> excludeLocations,
    List<String> builtInControls) {
  /** Copies lists, so that a snapshot is immutable. */
  public ConditionalAccessPolicy {
    clientAppTypes = clientAppTypes == null ? List.of() : List.copyOf(clientAppTypes);
    includeUsers = includeUsers == null ? List.of() : List.copyOf(includeUsers);
    excludeUsers = excludeUsers == null ? List.of() : List.copyOf(excludeUsers);
    includeApplications =
        includeApplications == null ? List.of() : List.copyOf(includeApplications);
    includeLocations = includeLocations == null ? List.of() : List.copyOf(includeLocations);
    excludeLocations = excludeLocations == null ? List.of() : List.copyOf(excludeLocations);
    builtInControls = builtInControls == null ? List.of() : List.copyOf(builtInControls);
  }
}
