package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.AllowlistPurpose;
import io.mailready.snapshot.IpAllowlist;
import io.mailready.snapshot.IpAllowlistEntry;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.PlatformIpAddresses;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkAccessTest {
  private static Platform platform(PlatformIpAddresses addresses) {
    return new Platform("Nylas", null, null, null, null, null, null, null, addresses);
  }

  @Test
  void platformIps_are_the_listed_addresses() {
    // GIVEN a platform list of two addresses
    List<IpRange> ips = List.of(IpRange.parse("34.67.39.103"), IpRange.parse("2001:db8::1"));
    // WHEN / THEN platformIps is that list
    assertThat(
            NetworkAccess.platformIps(
                platform(new PlatformIpAddresses(ips, Instant.ofEpochSecond(1738368000)))))
        .isEqualTo(ips);
  }

  @Test
  void platformIps_are_unknown_when_not_collected_or_empty() {
    // GIVEN no platform list, and an empty one
    // WHEN / THEN platformIps is unknown (null) for both
    assertThat(NetworkAccess.platformIps(platform(null))).isNull();
    assertThat(NetworkAccess.platformIps(platform(new PlatformIpAddresses(List.of(), null))))
        .isNull();
  }

  @Test
  void platformEntries_are_the_entries_with_purpose_platform_only() {
    // GIVEN entries of purpose platform, other and unset (read as other)
    IpAllowlistEntry platformEntry =
        new IpAllowlistEntry(IpRange.parse("34.67.39.0/24"), AllowlistPurpose.PLATFORM);
    IpAllowlist allowlist =
        new IpAllowlist(
            null,
            List.of(
                platformEntry,
                new IpAllowlistEntry(IpRange.parse("10.0.0.0/8"), AllowlistPurpose.OTHER),
                new IpAllowlistEntry(IpRange.parse("35.188.63.45"), null)));
    // WHEN / THEN only the platform entry is a platform entry
    assertThat(NetworkAccess.platformEntries(allowlist)).containsExactly(platformEntry);
  }
}
