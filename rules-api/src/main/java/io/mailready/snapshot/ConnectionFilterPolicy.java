package io.mailready.snapshot;

import java.util.List;

/**
 * The default hosted connection filter policy (Exchange Online).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ConnectionFilterPolicy(
    List<IpRange> ipAllowList, List<IpRange> ipBlockList, Boolean enableSafeList) {
  /** Copies lists, so that a snapshot is immutable. */
  public ConnectionFilterPolicy {
    ipAllowList = ipAllowList == null ? List.of() : List.copyOf(ipAllowList);
    ipBlockList = ipBlockList == null ? List.of() : List.copyOf(ipBlockList);
  }
}
