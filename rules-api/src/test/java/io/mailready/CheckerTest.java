package io.mailready;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.spi.ImmutableResultList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade without an engine, and the results a report keeps. */
class CheckerTest {
  private static final Result PASS =
      new Result("T-1", SubjectKind.TENANT, "contoso.com", Status.PASS, null, "pack");
  private static final Summary SUMMARY = new Summary(true, 0, 0, 0, 0, 0, 0, 0);

  @Test
  void building_without_an_engine_on_the_classpath_says_which_dependency_to_add() {
    // GIVEN rules-api alone WHEN a checker is built THEN the error names the engine module
    assertThatThrownBy(() -> Checker.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "no mailready engine on the classpath: add the dependency io.mailready:rules-engine");
  }

  @Test
  void a_builder_refuses_a_null_executor_and_bad_limits_at_once() {
    // GIVEN a builder WHEN it is given a null executor or a limit below one THEN it refuses it
    assertThatThrownBy(() -> Checker.builder().executor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("executor");
    assertThatThrownBy(() -> Checker.builder().firingLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firingLimit must be positive but was 0");
  }

  @Test
  void a_report_copies_a_users_list_of_results() {
    // GIVEN a mutable list of results
    List<Result> results = new ArrayList<>(List.of(PASS));
    // WHEN a report is made of it, and the list changes after
    Report report = report(results);
    results.clear();
    // THEN the report still has its result, in a list that cannot change
    assertThat(report.results()).containsExactly(PASS);
    assertThatThrownBy(() -> report.results().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_report_keeps_an_engines_immutable_result_list_without_a_copy() {
    // GIVEN an engine's immutable list of results
    List<Result> results =
        new ImmutableResultList() {
          @Override
          public Result get(int index) {
            return List.of(PASS).get(index);
          }

          @Override
          public int size() {
            return 1;
          }
        };
    // WHEN a report is made of it THEN the report holds that very list
    assertThat(report(results).results()).isSameAs(results).containsExactly(PASS);
    assertThat(report(results)).isEqualTo(report(List.of(PASS)));
  }

  private static Report report(List<Result> results) {
    return new Report(
        "contoso.com",
        LocalDate.of(2025, 6, 1),
        List.of(new PackInfo("pack", "1.0.0", "classpath:pack/")),
        SUMMARY,
        results,
        List.of(),
        List.of());
  }
}
