package io.mailready.snapshot;

import java.util.List;

/**
 * The on-premises AD account of a mailbox: {@code adminCount} and group names.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ActiveDirectoryAccount(
    Integer adminCount, List<String> memberOf, List<String> notCollected) implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public ActiveDirectoryAccount {
    memberOf = memberOf == null ? List.of() : List.copyOf(memberOf);
    notCollected = Section.fields(ActiveDirectoryAccount.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public ActiveDirectoryAccount(Integer adminCount, List<String> memberOf) {
    this(adminCount, memberOf, null);
  }
}
