package io.mailready.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * A tenant snapshot: what the checker evaluates (format {@code mailready/v1}).
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Snapshot(
    String schema,
    LocalDate evaluatedAt,
    Platform platform,
    Tenant tenant,
    List<Mailbox> mailboxes) {
  /** Copies lists, so that a snapshot is immutable. */
  public Snapshot {
    mailboxes = mailboxes == null ? null : List.copyOf(mailboxes);
  }
}
