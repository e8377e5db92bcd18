package io.mailready.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of measured samples. */
final class Stats {
  private Stats() {}

  /** The median; the mean of the two middle values when the count is even. */
  static double median(long[] samples) {
    long[] sorted = sorted(samples);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
  }

  /** The median of a list of samples. */
  static double median(List<Long> samples) {
    return median(samples.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * The {@code p}-th percentile by the nearest-rank method: the smallest sample such that at least
   * {@code p}% of the samples are less than or equal to it (so the 99th of 20 000 is the 19 800th).
   */
  static long percentile(long[] samples, double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
    }
    long[] sorted = sorted(samples);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[rank - 1];
  }

  private static long[] sorted(long[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    return sorted;
  }
}
