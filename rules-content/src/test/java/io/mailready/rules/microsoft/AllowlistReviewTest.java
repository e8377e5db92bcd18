package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.AllowlistPurpose;
import io.mailready.snapshot.IpAllowlist;
import io.mailready.snapshot.IpAllowlistEntry;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.PlatformIpAddresses;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowlistReviewTest {
  // 1738368000 = 2025-02-01T00:00:00Z
  private static final PlatformIpAddresses PLATFORM =
      new PlatformIpAddresses(
          List.of(IpRange.parse("34.67.39.103"), IpRange.parse("35.188.63.45")),
          Instant.ofEpochSecond(1738368000L));

  private static IpAllowlistEntry entry(String cidr, AllowlistPurpose purpose) {
    return new IpAllowlistEntry(IpRange.parse(cidr), purpose);
  }

  @Test
  void platform_entries_containing_no_current_address_are_stale() {
    // GIVEN platform entries inside, around and outside the current addresses, and other entries
    IpAllowlist allowlist =
        new IpAllowlist(
            null,
            List.of(
                entry("34.67.39.0/24", AllowlistPurpose.PLATFORM),
                entry("35.188.63.45", AllowlistPurpose.PLATFORM),
                entry("104.154.0.0/16", AllowlistPurpose.PLATFORM),
                entry("10.0.0.0/8", AllowlistPurpose.OTHER),
                entry("172.16.0.0/12", null)));
    // WHEN the stale entries are listed
    // THEN only the platform entry that contains no current address is
    assertThat(AllowlistReview.staleEntries(allowlist, PLATFORM))
        .extracting(IpRange::toString)
        .containsExactly("104.154.0.0/16");
  }

  @Test
  void platform_list_date_is_the_utc_date_of_updated_at() {
    // GIVEN a platform list updated at 23:59:59 UTC, and one without updated_at
    PlatformIpAddresses late =
        new PlatformIpAddresses(PLATFORM.ipAddresses(), Instant.ofEpochSecond(1738454399L));
    PlatformIpAddresses unknown = new PlatformIpAddresses(PLATFORM.ipAddresses(), null);
    // WHEN their dates are read
    // THEN the first is that UTC day and the second unknown
    assertThat(AllowlistReview.updated(late)).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(AllowlistReview.updated(unknown)).isNull();
  }

  @Test
  void a_review_before_the_platform_change_is_overdue_and_one_on_that_day_is_not() {
    // GIVEN reviews the day before, on the day of the platform change, and none
    IpAllowlist before = new IpAllowlist(LocalDate.of(2025, 1, 31), List.of());
    IpAllowlist sameDay = new IpAllowlist(LocalDate.of(2025, 2, 1), List.of());
    IpAllowlist never = new IpAllowlist(null, List.of());
    // WHEN each is compared with the platform list date
    // THEN only the review before the change is overdue
    assertThat(AllowlistReview.changedSinceReview(before, PLATFORM)).isTrue();
    assertThat(AllowlistReview.changedSinceReview(sameDay, PLATFORM)).isFalse();
    assertThat(AllowlistReview.changedSinceReview(never, PLATFORM)).isFalse();
    assertThat(
            AllowlistReview.changedSinceReview(
                before, new PlatformIpAddresses(PLATFORM.ipAddresses(), null)))
        .isFalse();
  }
}
