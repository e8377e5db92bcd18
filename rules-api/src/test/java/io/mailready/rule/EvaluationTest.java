package io.mailready.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final Config CONFIG = Config.of(Map.of("EWS_OFF", LocalDate.of(2027, 4, 1)));

  @Test
  void a_configured_date_is_reached_on_that_day_and_not_yet_the_day_before() {
    // GIVEN the day before and the day itself
    Evaluation before = new Evaluation(LocalDate.of(2027, 3, 31), CONFIG);
    Evaluation on = new Evaluation(LocalDate.of(2027, 4, 1), CONFIG);
    // THEN "from D" holds from D on, and "before D" only before it
    assertThat(before.reached("EWS_OFF")).isFalse();
    assertThat(before.notYet("EWS_OFF")).isTrue();
    assertThat(on.reached("EWS_OFF")).isTrue();
    assertThat(on.notYet("EWS_OFF")).isFalse();
  }
}
