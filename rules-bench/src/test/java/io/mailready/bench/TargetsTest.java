package io.mailready.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.bench.Targets.Options;
import io.mailready.bench.Targets.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {
  @Test
  void withoutOptionsEveryRowIsMeasuredInFull() {
    Options options = Options.parse();

    assertThat(options.quick()).isFalse();
    assertThat(options.jfr()).isNull();
    assertThat(options.rows()).containsExactly(Row.values());
  }

  @Test
  void optionsSelectQuickRecordingsAndRows() {
    Options options = Options.parse("--quick", "--jfr", "out", "--only", "cli, million");

    assertThat(options.quick()).isTrue();
    assertThat(options.jfr()).isEqualTo(Path.of("out"));
    assertThat(options.rows()).containsExactly(Row.CLI, Row.MILLION);
  }

  @Test
  void anUnknownOptionOrRowOrAMissingValueIsAnError() {
    assertThatThrownBy(() -> Options.parse("--fast")).hasMessage("unknown option '--fast'");
    assertThatThrownBy(() -> Options.parse("--only", "cli,huge")).hasMessage("unknown row 'huge'");
    assertThatThrownBy(() -> Options.parse("--jfr")).hasMessage("--jfr needs a value");
  }

  @Test
  void aChildsRecordsAreItsTargetsLinesAndNothingElse() {
    // GIVEN a child's output with a log line between its records
    String output =
        """
        targets phase name=check_1
        [main] INFO org.drools - something targets x=y
        targets run ns=123 findings=45 beforeGcMax=67

        targets heap
        """;

    // WHEN read THEN three records, their kinds and fields in order
    List<Map<String, String>> records = ChildProcess.records(output);

    assertThat(records)
        .containsExactly(
            Map.of("kind", "phase", "name", "check_1"),
            Map.of("kind", "run", "ns", "123", "findings", "45", "beforeGcMax", "67"),
            Map.of("kind", "heap"));
  }
}
