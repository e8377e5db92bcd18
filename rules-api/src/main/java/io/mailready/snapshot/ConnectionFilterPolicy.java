package io.mailready.snapshot;

import java.util.List;

/**
 * The default hosted connection filter policy (Exchange Online).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ConnectionFilterPolicy(
    List<IpRange> ipAllowList,
    List<IpRange> ipBlockList,
    Boolean enableSafeList,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public ConnectionFilterPolicy {
    ipAllowList = ipAllowList == null ? List.of() : List.copyOf(ipAllowList);
    ipBlockList = ipBlockList == null ? List.of() : List.copyOf(ipBlockList);
    notCollected = Section.fields(ConnectionFilterPolicy.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public ConnectionFilterPolicy(
      List<IpRange> ipAllowList, List<IpRange> ipBlockList, Boolean enableSafeList) {
    this(ipAllowList, ipBlockList, enableSafeList, null);
  }
}
