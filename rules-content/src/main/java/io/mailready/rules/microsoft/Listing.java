package io.mailready.rules.microsoft;

import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import io.mailready.spi.SharedValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Lists for messages from facts gathered in any order: the tenant phase receives the facts of every
 * session, and a message lists them in snapshot order. A DRL {@code accumulate} collects {@link
 * #at} entries, and these functions put them in order.
 */
public final class Listing {
  private static final String KEY = Listing.class.getName() + "#positions";

  private Listing() {}

  /** The position of a mailbox in the snapshot, for {@link #at}; computed once per check. */
  public static int position(Snapshot snapshot, Mailbox mailbox, SharedValues shared) {
    Map<Mailbox, Integer> positions =
        shared.once(
            KEY,
            () -> {
              Map<Mailbox, Integer> index = new IdentityHashMap<>();
              List<Mailbox> mailboxes =
                  snapshot.mailboxes() == null ? List.of() : snapshot.mailboxes();
              for (int i = 0; i < mailboxes.size(); i++) {
                index.put(mailboxes.get(i), i);
              }
              return Collections.unmodifiableMap(index);
            });
    return positions.getOrDefault(mailbox, Integer.MAX_VALUE);
  }

  /** A value with its position. */
  public static Map.Entry<Integer, Object> at(int position, Object value) {
    return Map.entry(position, value);
  }

  /** The values in position order, without repeats. */
  public static List<Object> inOrder(Collection<?> entries) {
    List<Map.Entry<Integer, Object>> sorted = new ArrayList<>();
    for (Object entry : entries) {
      @SuppressWarnings("unchecked")
      Map.Entry<Integer, Object> e = (Map.Entry<Integer, Object>) entry;
      sorted.add(e);
    }
    sorted.sort(Comparator.comparing(Map.Entry::getKey));
    LinkedHashSet<Object> values = new LinkedHashSet<>();
    sorted.forEach(e -> values.add(e.getValue()));
    return List.copyOf(values);
  }

  /** The first value in position order, or null when there is none. */
  public static Object first(Collection<?> entries) {
    List<Object> values = inOrder(entries);
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * At most {@code limit} values in position order, without repeats; when there are more, then
   * {@code rest} with {@code %d} replaced by how many were left out.
   */
  public static List<Object> first(Collection<?> entries, int limit, String rest) {
    List<Object> values = inOrder(entries);
    if (values.size() <= limit) {
      return values;
    }
    List<Object> shown = new ArrayList<>(values.subList(0, limit));
    shown.add(String.format(rest, values.size() - limit));
    return List.copyOf(shown);
  }
}
