package io.mailready.rules.microsoft;

import io.mailready.rule.Evaluation;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts over every mailbox of the snapshot, each computed once per check ({@link Evaluation#once}).
 *
 * <p>The engine gives a session only a chunk of the mailboxes as {@code Mailbox} facts, so a rule
 * must not aggregate over the session's {@code MailboxView} (or other per-mailbox) facts: it calls
 * these instead, which read {@code Snapshot.mailboxes()}. Each session gets the same values.
 *
 * <p>The per-mailbox parts of the larger aggregates run as parallel streams (in snapshot order):
 * while they are computed, every session of the check waits for them.
 */
public final class TenantWide {
  private static final String KEY = TenantWide.class.getName() + "#";

  private TenantWide() {}

  /** A view of every mailbox, in snapshot order; empty when mailboxes are not collected. */
  public static List<MailboxView> views(Snapshot snapshot, Evaluation evaluation) {
    return evaluation.once(
        KEY + "views",
        () ->
            snapshot.mailboxes() == null
                ? List.of()
                : snapshot.mailboxes().parallelStream()
                    .map(m -> MailboxView.of(snapshot, m))
                    .toList());
  }

  /** The view of one of the snapshot's mailboxes: the same object as in {@link #views}. */
  public static MailboxView view(Snapshot snapshot, Evaluation evaluation, Mailbox mailbox) {
    Map<Mailbox, MailboxView> byMailbox =
        evaluation.once(
            KEY + "viewByMailbox",
            () -> {
              Map<Mailbox, MailboxView> index = new IdentityHashMap<>();
              views(snapshot, evaluation).forEach(v -> index.put(v.mailbox(), v));
              return Collections.unmodifiableMap(index);
            });
    MailboxView view = byMailbox.get(mailbox);
    return view != null ? view : MailboxView.of(snapshot, mailbox);
  }
}
