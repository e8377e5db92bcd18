package io.mailready.rules.microsoft;

import io.mailready.rule.Config;
import io.mailready.rule.Evaluation;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Snapshots and evaluations for the unit tests of the Exchange helpers. */
final class ExchangeFixtures {
  private ExchangeFixtures() {}

  /** A snapshot from YAML, with {@code schema} added. */
  static Snapshot snapshot(String yaml) {
    String text = "schema: mailready/v1\n" + yaml;
    return Snapshots.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  /** The evaluation on {@code today} with the pack's defaults for the keys the helpers read. */
  static Evaluation evaluation(String today) {
    return new Evaluation(
        LocalDate.parse(today),
        Config.of(
            Map.of(
                "NYLAS_BASIC_CUTOFF", LocalDate.parse("2022-09-30"),
                "queryStringCaseInsensitive", true,
                "ewsGlobCaseInsensitive", true)));
  }
}
