package io.mailready.snapshot;

import java.util.List;

/**
 * The on-premises AD account of a mailbox: {@code adminCount} and group names.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ActiveDirectoryAccount(Integer adminCount, List<String> memberOf) {
  /** Copies lists, so that a snapshot is immutable. */
  public ActiveDirectoryAccount {
    memberOf = memberOf == null ? List.of() : List.copyOf(memberOf);
  }
}
