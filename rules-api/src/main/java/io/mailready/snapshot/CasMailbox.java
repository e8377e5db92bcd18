package io.mailready.snapshot;

import java.util.List;

/**
 * {@code Get-CASMailbox}.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record CasMailbox(
    Boolean ewsEnabled,
    Boolean activeSyncEnabled,
    EwsApplicationAccessPolicy ewsApplicationAccessPolicy,
    List<String> ewsAllowList,
    List<String> ewsBlockList,
    List<String> activeSyncAllowedDeviceIds,
    List<String> activeSyncBlockedDeviceIds,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public CasMailbox {
    ewsAllowList = ewsAllowList == null ? List.of() : List.copyOf(ewsAllowList);
    ewsBlockList = ewsBlockList == null ? List.of() : List.copyOf(ewsBlockList);
    activeSyncAllowedDeviceIds =
        activeSyncAllowedDeviceIds == null ? List.of() : List.copyOf(activeSyncAllowedDeviceIds);
    activeSyncBlockedDeviceIds =
        activeSyncBlockedDeviceIds == null ? List.of() : List.copyOf(activeSyncBlockedDeviceIds);
    notCollected = Section.fields(CasMailbox.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public CasMailbox(
      Boolean ewsEnabled,
      Boolean activeSyncEnabled,
      EwsApplicationAccessPolicy ewsApplicationAccessPolicy,
      List<String> ewsAllowList,
      List<String> ewsBlockList,
      List<String> activeSyncAllowedDeviceIds,
      List<String> activeSyncBlockedDeviceIds) {
    this(
        ewsEnabled,
        activeSyncEnabled,
        ewsApplicationAccessPolicy,
        ewsAllowList,
        ewsBlockList,
        activeSyncAllowedDeviceIds,
        activeSyncBlockedDeviceIds,
        null);
  }
}
