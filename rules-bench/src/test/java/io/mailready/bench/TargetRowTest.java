package io.mailready.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.bench.TargetRow.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRowTest {
  @Test
  void anUpperBoundIsMetUpToARatioOfOne() {
    assertThat(TargetRow.atMost("m", "100 µs", 100_000, "<= 100 µs", 100_000, "", "").verdict())
        .isEqualTo(Verdict.MET);

    TargetRow missed = TargetRow.atMost("m", "850 µs", 850_000, "<= 100 µs", 100_000, "", "");
    assertThat(missed.verdict()).isEqualTo(Verdict.MISSED);
    assertThat(missed.ratio()).isEqualTo(8.5);
  }

  @Test
  void aLowerBoundIsMetFromARatioOfOne() {
    TargetRow met = TargetRow.atLeast("m", "1.98x", 1.98, ">= 1.8x", 1.8, "", "");
    TargetRow missed = TargetRow.atLeast("m", "1.44x", 1.44, ">= 1.8x", 1.8, "", "");

    assertThat(met.verdict()).isEqualTo(Verdict.MET);
    assertThat(missed.verdict()).isEqualTo(Verdict.MISSED);
    assertThat(missed.ratio()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theTableHasAHeaderAndOneLinePerRowWithTheRatioToTwoDecimals() {
    // GIVEN a met row, a missed row, a failed row and a row not measured
    List<TargetRow> rows =
        List.of(
            TargetRow.atMost("p50", "90 µs", 90_000, "<= 100 µs", 100_000, "20,000 checks", "r1"),
            TargetRow.atMost("cli", "13.46x", 13.46, "<= 6x", 6, "medians", "r2"),
            TargetRow.failed("1M", "<= 10 s", "OutOfMemoryError at -Xmx2g", "r3"),
            TargetRow.notMeasured("cli", "<= 6x", "not measured: build rules-cli first", "r4"));

    // WHEN formatted
    String table = TargetRow.markdown(rows);

    // THEN
    assertThat(table)
        .isEqualTo(
            """
            | measure | measured | target | measured / target | result | detail |
            |---|---:|---:|---:|---|---|
            | p50 | 90 µs | <= 100 µs | 0.90 | met | 20,000 checks |
            | cli | 13.46x | <= 6x | 2.24 | **missed** | medians |
            | 1M | OutOfMemoryError at -Xmx2g | <= 10 s | – | **missed** |  |
            | cli | not measured: build rules-cli first | <= 6x | – | not measured |  |
            """);
  }

  @Test
  void aCellIsOneLineWithItsBarsEscaped() {
    assertThat(TargetRow.cell(" a | b\r\nc ")).isEqualTo("a \\| b c");
  }

  @Test
  void unitsReadAsPeopleWriteThem() {
    assertThat(Units.duration(850_000)).isEqualTo("850 µs");
    assertThat(Units.duration(1_304_000)).isEqualTo("1.30 ms");
    assertThat(Units.duration(412_000_000)).isEqualTo("412 ms");
    assertThat(Units.duration(4_310_000_000L)).isEqualTo("4.31 s");
    assertThat(Units.duration(312e9)).isEqualTo("312 s");
    assertThat(Units.bytes(812 * 1024 * 1024)).isEqualTo("812 MiB");
    assertThat(Units.bytes(1.73 * 1024 * 1024 * 1024)).isEqualTo("1.73 GiB");
    assertThat(Units.times(13.456)).isEqualTo("13.46x");
  }
}
