package io.mailready.snapshot;

import java.util.List;

/**
 * {@code Get-OrganizationConfig}.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record OrganizationConfig(
    Boolean ewsEnabled,
    Boolean oauth2ClientProfileEnabled,
    EwsApplicationAccessPolicy ewsApplicationAccessPolicy,
    List<String> ewsAllowList,
    List<String> ewsBlockList,
    List<String> ewsAllowedAppIds,
    String defaultAuthenticationPolicy,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public OrganizationConfig {
    ewsAllowList = ewsAllowList == null ? List.of() : List.copyOf(ewsAllowList);
    ewsBlockList = ewsBlockList == null ? List.of() : List.copyOf(ewsBlockList);
    ewsAllowedAppIds = ewsAllowedAppIds == null ? List.of() : List.copyOf(ewsAllowedAppIds);
    notCollected = Section.fields(OrganizationConfig.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public OrganizationConfig(
      Boolean ewsEnabled,
      Boolean oauth2ClientProfileEnabled,
      EwsApplicationAccessPolicy ewsApplicationAccessPolicy,
      List<String> ewsAllowList,
      List<String> ewsBlockList,
      List<String> ewsAllowedAppIds,
      String defaultAuthenticationPolicy) {
    this(
        ewsEnabled,
        oauth2ClientProfileEnabled,
        ewsApplicationAccessPolicy,
        ewsAllowList,
        ewsBlockList,
        ewsAllowedAppIds,
        defaultAuthenticationPolicy,
        null);
  }
}
