package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Summary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
  private static final Result TENANT =
      new Result("T-1", SubjectKind.TENANT, "contoso.com", Status.PASS, null, "pack");
  private static final Result ALICE =
      new Result("M-1", SubjectKind.MAILBOX, "alice@contoso.com", Status.FAIL, null, "pack");
  private static final Result BOB =
      new Result("M-1", SubjectKind.MAILBOX, "bob@contoso.com", Status.NOT_APPLICABLE, "why", null);

  @Test
  void a_table_gives_back_the_results_it_was_made_of_and_equals_their_list() {
    // GIVEN results of two requirements, one without a pack
    List<Result> results = List.of(TENANT, ALICE, BOB);
    // WHEN they are stored by column
    ResultTable table = ResultTable.of(results);
    // THEN the table is a list equal to theirs, with the columns readable without objects
    assertThat(table).containsExactly(TENANT, ALICE, BOB);
    assertThat(table).isEqualTo(results).hasSameHashCodeAs(results);
    assertThat(table.requirement(2)).isEqualTo("M-1");
    assertThat(table.status(2)).isEqualTo(Status.NOT_APPLICABLE);
    assertThatThrownBy(() -> table.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void tables_appended_to_a_builder_keep_their_order_and_a_status_can_be_replaced() {
    // GIVEN two tables
    ResultTable first = ResultTable.of(List.of(TENANT));
    ResultTable second = ResultTable.of(List.of(ALICE, BOB));
    // WHEN a builder with too little room appends both, then waives alice's result
    ResultTable.Builder builder = ResultTable.builder(1).addAll(first).addAll(second);
    builder.set(1, Status.WAIVED, "waived");
    // THEN the results follow in order, alice's WAIVED, and the tables are unchanged
    assertThat(builder.build())
        .containsExactly(
            TENANT,
            new Result(
                "M-1", SubjectKind.MAILBOX, "alice@contoso.com", Status.WAIVED, "waived", "pack"),
            BOB);
    assertThat(second).containsExactly(ALICE, BOB);
  }

  @Test
  void a_report_keeps_a_table_as_it_is() {
    // GIVEN a table of results
    ResultTable table = ResultTable.of(List.of(TENANT, ALICE, BOB));
    // WHEN a report is made of it
    Report report =
        new Report(
            "contoso.com",
            LocalDate.of(2025, 6, 1),
            List.of(),
            new Summary(false, 0, 0, 0, 0, 0, 0, 0),
            table,
            List.of(),
            List.of());
    // THEN the report holds the table itself: a copy would make every result an object
    assertThat(report.results()).isSameAs(table);
  }
}
