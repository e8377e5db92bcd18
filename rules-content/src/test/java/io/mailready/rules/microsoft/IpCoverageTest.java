package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.IpRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpCoverageTest {
  private static final IpRange V4 = IpRange.parse("34.67.39.103");
  private static final IpRange V6 = IpRange.parse("2001:db8::10");
  private static final List<IpRange> RANGES =
      List.of(
          IpRange.parse("10.0.0.0/8"),
          IpRange.parse("34.67.0.0/16"),
          IpRange.parse("34.67.39.0/24"));

  @Test
  void an_address_is_covered_by_any_range_that_contains_it() {
    // GIVEN ranges of which two contain the IPv4 address WHEN / THEN it is covered, by the first
    assertThat(IpCoverage.anyContains(RANGES, V4)).isTrue();
    assertThat(IpCoverage.firstContaining(RANGES, V4)).isEqualTo(IpRange.parse("34.67.0.0/16"));
  }

  @Test
  void an_ipv4_range_never_covers_an_ipv6_address() {
    // GIVEN the whole IPv4 space WHEN / THEN it covers no IPv6 address
    List<IpRange> everything = List.of(IpRange.parse("0.0.0.0/0"));
    assertThat(IpCoverage.anyContains(everything, V6)).isFalse();
    assertThat(IpCoverage.firstContaining(everything, V6)).isNull();
    assertThat(IpCoverage.containsAny(IpRange.parse("::/0"), List.of(V4))).isFalse();
  }

  @Test
  void a_range_contains_any_of_the_addresses_or_none() {
    // GIVEN a /24 WHEN / THEN it holds one of the two addresses, and none of an empty list
    IpRange range = IpRange.parse("34.67.39.0/24");
    assertThat(IpCoverage.containsAny(range, List.of(V6, V4))).isTrue();
    assertThat(IpCoverage.containsAny(range, List.of(IpRange.parse("35.188.63.45")))).isFalse();
    assertThat(IpCoverage.containsAny(range, List.of())).isFalse();
  }
}
