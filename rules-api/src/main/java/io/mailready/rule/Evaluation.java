package io.mailready.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The context of one check, inserted as a fact: the evaluation date and the packs' configuration.
 * Date-dependent rules read {@link #today()}, never the system clock.
 *
 * <p>The engine evaluates a large tenant's mailboxes in chunks, one session each, all sharing this
 * object. A session sees the whole {@code Snapshot} but only its chunk's {@code Mailbox} facts, so
 * a fact that aggregates over mailboxes must be computed from {@code Snapshot.mailboxes()}, and
 * {@link #once} computes it once for the whole check instead of once per chunk.
 */
public final class Evaluation {
  private final LocalDate today;
  private final Config config;
  private final Map<Object, Supplier<Object>> shared = new ConcurrentHashMap<>();

  /**
   * @param today the UTC date of the snapshot's {@code evaluatedAt}, else of the checker's clock
   * @param config the configuration values of the loaded packs
   */
  public Evaluation(LocalDate today, Config config) {
    this.today = checkNotNull(today, "today");
    this.config = checkNotNull(config, "config");
  }

  /** The evaluation date. */
  public LocalDate today() {
    return today;
  }

  /** The configuration values of the loaded packs. */
  public Config config() {
    return config;
  }

  /** True when today is on or after the configured date {@code key} ("from D"). */
  public boolean reached(String key) {
    return !today.isBefore(config.date(key));
  }

  /** True when today is before the configured date {@code key} ("before D"). */
  public boolean notYet(String key) {
    return today.isBefore(config.date(key));
  }

  /**
   * The value of {@code compute}, computed at most once per check for an equal {@code key}, also
   * when sessions run in parallel: for aggregates over every mailbox of the snapshot. The value
   * must be immutable, and {@code compute} may itself call {@code once} with other keys.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object key, Supplier<T> compute) {
    checkNotNull(key, "key");
    checkNotNull(compute, "compute");
    // The map only holds memoizing suppliers, so that computing (which may recurse into once)
    // happens outside the map's own locks.
    return (T) shared.computeIfAbsent(key, k -> Suppliers.memoize(compute::get)).get();
  }

  @Override
  public String toString() {
    return "Evaluation[today=" + today + "]";
  }
}
