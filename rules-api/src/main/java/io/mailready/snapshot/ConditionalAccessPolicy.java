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
    List<String> builtInControls,
    List<String> includeGroups,
    List<String> excludeGroups,
    List<String> includeRoles,
    List<String> excludeRoles,
    Boolean includeGuestsOrExternalUsers,
    List<String> userRiskLevels,
    List<String> signInRiskLevels,
    List<String> authenticationFlows,
    List<String> clientApplications,
    List<String> includePlatforms,
    List<String> excludePlatforms,
    String deviceFilter,
    List<String> otherConditions,
    List<String> notCollected)
    implements Section {
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
    includeGroups = includeGroups == null ? List.of() : List.copyOf(includeGroups);
    excludeGroups = excludeGroups == null ? List.of() : List.copyOf(excludeGroups);
    includeRoles = includeRoles == null ? List.of() : List.copyOf(includeRoles);
    excludeRoles = excludeRoles == null ? List.of() : List.copyOf(excludeRoles);
    userRiskLevels = userRiskLevels == null ? List.of() : List.copyOf(userRiskLevels);
    signInRiskLevels = signInRiskLevels == null ? List.of() : List.copyOf(signInRiskLevels);
    authenticationFlows =
        authenticationFlows == null ? List.of() : List.copyOf(authenticationFlows);
    clientApplications = clientApplications == null ? List.of() : List.copyOf(clientApplications);
    includePlatforms = includePlatforms == null ? List.of() : List.copyOf(includePlatforms);
    excludePlatforms = excludePlatforms == null ? List.of() : List.copyOf(excludePlatforms);
    otherConditions = otherConditions == null ? List.of() : List.copyOf(otherConditions);
    notCollected = Section.fields(ConditionalAccessPolicy.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public ConditionalAccessPolicy(
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
    this(
        id,
        displayName,
        state,
        clientAppTypes,
        includeUsers,
        excludeUsers,
        includeApplications,
        includeLocations,
        excludeLocations,
        builtInControls,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
