package io.mailready.rules.microsoft;

import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.Snapshot;
import java.util.List;

/**
 * {@code knownPlatformDevices}: the platform's ActiveSync devices over every mailbox, derived once
 * per snapshot so that mailbox rules do not scan every other mailbox.
 *
 * @param devices the devices, in snapshot order
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
            .toList());
  }
}
