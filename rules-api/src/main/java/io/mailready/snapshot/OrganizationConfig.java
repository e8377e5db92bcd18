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
    String defaultAuthenticationPolicy) {
  /** Copies lists, so that a snapshot is immutable. */
  public OrganizationConfig {
    ewsAllowList = ewsAllowList == null ? List.of() : List.copyOf(ewsAllowList);
    ewsBlockList = ewsBlockList == null ? List.of() : List.copyOf(ewsBlockList);
    ewsAllowedAppIds = ewsAllowedAppIds == null ? List.of() : List.copyOf(ewsAllowedAppIds);
  }
}
