package io.mailready.rules.microsoft;

import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.Snapshot;
import io.mailready.spi.SharedValues;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mobile devices of every mailbox of a snapshot, without the repeats that only differ in their
 * device id, computed once per check: a rule that looks at every mailbox's devices (the known
 * platform devices of {@code requirements.md} 1.2) reads a handful of devices instead of a million.
 */
public final class DistinctDevices {
  private static final String KEY = DistinctDevices.class.getName();

  private DistinctDevices() {}

  /**
   * One device per distinct (user agent, type, model, not-collected fields), in snapshot order; a
   * device whose id ≈ {@code keepId} is kept apart from the others (it may matter by its id).
   */
  public static List<MobileDevice> of(Snapshot snapshot, String keepId, SharedValues shared) {
    return shared.once(List.of(KEY, String.valueOf(keepId)), () -> distinct(snapshot, keepId));
  }

  static List<MobileDevice> distinct(Snapshot snapshot, String keepId) {
    if (snapshot.mailboxes() == null) {
      return List.of();
    }
    Map<List<Object>, MobileDevice> distinct = new LinkedHashMap<>();
    for (Mailbox mailbox : snapshot.mailboxes()) {
      if (mailbox.mobileDevices() == null) {
        continue;
      }
      for (MobileDevice d : mailbox.mobileDevices()) {
        boolean kept = Texts.same(d.deviceId(), keepId);
        List<Object> key =
            Arrays.asList(
                d.deviceUserAgent(),
                d.deviceType(),
                d.deviceModel(),
                d.notCollected(),
                kept ? d.deviceId() : null);
        distinct.putIfAbsent(key, d);
      }
    }
    return List.copyOf(distinct.values());
  }
}
