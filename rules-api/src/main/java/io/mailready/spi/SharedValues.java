package io.mailready.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed once per check and shared by all its sessions, for a pack's Java helpers (an
 * index over every mailbox of the snapshot, say). An engine inserts one into every session of a
 * check, so DRL passes it on: {@code $shared : SharedValues()}. Rule decisions do not belong here;
 * this only saves repeating a computation in each session.
 */
public final class SharedValues {
  private final Map<Object, Supplier<Object>> values = new ConcurrentHashMap<>();

  /**
   * The value of {@code compute}, computed at most once per check for an equal {@code key}, also
   * when sessions run in parallel. The value must be immutable, and {@code compute} may itself call
   * {@code once} with other keys.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object key, Supplier<T> compute) {
    checkNotNull(key, "key");
    checkNotNull(compute, "compute");
    // The map only holds memoizing suppliers, so that computing (which may recurse into once)
    // happens outside the map's own locks.
    return (T) values.computeIfAbsent(key, k -> Suppliers.memoize(compute::get)).get();
  }

  @Override
  public String toString() {
    return "SharedValues[" + values.size() + "]";
  }
}
