package io.mailready.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One long value or comment reads in linear time (SnakeYAML's reader took 34 s for 16 M characters,
 * quadratic), and positions after it stay right.
 */
class LongValuesTest {
  private static Snapshot read(String text, String name) {
    return Snapshots.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  @Test
  void a_value_and_a_comment_of_16_million_characters_read_in_seconds() {
    // GIVEN a YAML snapshot with a 16 M-character comment and a 16 M-character quoted value
    String value = "x".repeat(16_000_000);
    String yaml =
        "# " + value + "\nschema: mailready/v1\nplatform: {}\ntenant:\n  name: \"" + value + "\"\n";
    // WHEN it is read THEN it takes seconds, not minutes
    Snapshot snapshot =
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> read(yaml, "t.yaml"));
    assertThat(snapshot.tenant().name()).hasSize(16_000_000);
  }

  @Test
  void positions_after_a_long_value_are_right() {
    // GIVEN a bad value on the line after a 100 000-character one, with a CRLF line end
    String yaml =
        "schema: mailready/v1\r\nplatform: { name: \""
            + "y".repeat(100_000)
            + "\" }\r\ntenant: { name: t, deployment: nowhere }\r\n";
    // WHEN it is read THEN the problem is on line 3, at the column of the value
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    SnapshotException.class, () -> read(yaml, "t.yaml"))
                .problems())
        .singleElement()
        .asString()
        .startsWith("t.yaml:3:32: tenant.deployment must be one of");
  }
}
