package io.mailready.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
    // GIVEN unsorted samples WHEN the median is taken THEN it is the middle one once sorted
    assertThat(Stats.median(new long[] {9, 1, 5})).isEqualTo(5.0);
    assertThat(Stats.median(List.of(7L))).isEqualTo(7.0);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(Stats.median(new long[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(Stats.median(List.of(10L, 20L))).isEqualTo(15.0);
  }

  @Test
  void medianDoesNotReorderTheCallersSamples() {
    long[] samples = {3, 1, 2};

    Stats.median(samples);

    assertThat(samples).containsExactly(3, 1, 2);
  }

  @Test
  void percentileIsTheNearestRank() {
    // GIVEN 1..20000 in reverse order
    long[] samples = LongStream.rangeClosed(1, 20_000).map(i -> 20_001 - i).toArray();

    // THEN p50 is the 10 000th value, p99 the 19 800th, p100 the largest
    assertThat(Stats.percentile(samples, 50)).isEqualTo(10_000);
    assertThat(Stats.percentile(samples, 99)).isEqualTo(19_800);
    assertThat(Stats.percentile(samples, 100)).isEqualTo(20_000);
    assertThat(Stats.percentile(samples, 100.0 / 20_000)).isEqualTo(1);
  }

  @Test
  void percentileOfFewSamplesRoundsTheRankUp() {
    // GIVEN 5 samples WHEN p99 THEN rank ceil(4.95) = 5, the largest; p50: rank ceil(2.5) = 3
    long[] samples = {50, 10, 40, 20, 30};

    assertThat(Stats.percentile(samples, 99)).isEqualTo(50);
    assertThat(Stats.percentile(samples, 50)).isEqualTo(30);
    assertThat(Stats.percentile(samples, 20)).isEqualTo(10);
  }

  @Test
  void noSamplesOrAPercentileOutOfRangeIsAnError() {
    assertThatThrownBy(() -> Stats.median(new long[0])).hasMessage("no samples");
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 0))
        .hasMessage("percentile must be in (0, 100], was 0.0");
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 101))
        .hasMessageContaining("was 101.0");
  }
}
