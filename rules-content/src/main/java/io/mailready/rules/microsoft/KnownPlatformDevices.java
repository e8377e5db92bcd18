package io.mailready.rules.microsoft;

import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.Snapshot;
import java.util.List;

/**
 * {@code knownPlatformDevices}: the platform's ActiveSync devices over every mailbox, derived once
 * per snapshot so that mailbox rules do not scan every other mailbox.
 *
 * <p>Only what device access rules match on matters (user agent, type, model), so devices that
 * agree on all three are kept once: a tenant of a million mailboxes has a handful of distinct
 * platform devices, and every mailbox's access decision consults them.
 *
 * @param devices one device per distinct (user agent, type, model), in snapshot order
 */
public record KnownPlatformDevices(List<MobileDevice> devices) {
  public KnownPlatformDevices {
    devices = List.copyOf(devices);
  }

  /** Collects the platform devices of a snapshot. */
  public static KnownPlatformDevices of(Snapshot snapshot) {
    if (snapshot.mailboxes() == null) {
      return new KnownPlatformDevices(List.of());
    }
    return new KnownPlatformDevices(
        snapshot.mailboxes().stream()
            .filter(m -> m.mobileDevices() != null)
            .flatMap(m -> m.mobileDevices().stream())
            .filter(d -> AccessDecision.isPlatformDevice(snapshot.platform(), d))
            .collect(
                java.util.stream.Collectors.toMap(
                    d ->
                        java.util.Arrays.asList(
                            d.deviceUserAgent(), d.deviceType(), d.deviceModel()),
                    d -> d,
                    (first, second) -> first,
                    java.util.LinkedHashMap::new))
            .values()
            .stream()
            .toList());
  }
}
