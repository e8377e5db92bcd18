package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Report;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import io.mailready.spi.Engines;
import io.mailready.testkit.CaseFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine may evaluate a tenant's mailboxes in chunks, one rule session each: the report must
 * not depend on it. Every case snapshot and every example is checked in one session and with one
 * mailbox per session (on two threads); the reports must be equal. A rule that aggregates over the
 * session's mailbox facts instead of the snapshot's mailboxes fails here.
 */
class ChunkedEvaluationTest {
  private static final Engine ONE_MAILBOX_PER_SESSION =
      Engines.create(
          CheckerSettings.builder().mailboxesPerSession(1).executor(new ForkJoinPool(2)).build());
  private static final Engine ONE_SESSION =
      Engines.create(
          CheckerSettings.builder()
              .mailboxesPerSession(Integer.MAX_VALUE)
              .executor(Runnable::run)
              .build());

  @TestFactory
  Stream<DynamicTest> every_case_gives_the_same_report_in_chunks() throws Exception {
    return CaseFile.find(RequirementCasesTest.casesRoot()).stream()
        .map(
            path ->
                DynamicTest.dynamicTest(
                    path.getFileName().toString(),
                    path.toUri(),
                    () -> {
                      for (CaseFile.Case c : CaseFile.read(path).cases()) {
                        assertSameInChunks(c.snapshot(path), path + " [" + c.name() + "]");
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> every_example_gives_the_same_report_in_chunks() throws Exception {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(examples).isNotEmpty();
    return examples.stream()
        .map(
            path ->
                DynamicTest.dynamicTest(
                    path.getFileName().toString(),
                    () -> assertSameInChunks(Snapshots.read(path), path.toString())));
  }

  private static void assertSameInChunks(Snapshot snapshot, String what) {
    Report whole = ONE_SESSION.check(snapshot);
    Report chunked = ONE_MAILBOX_PER_SESSION.check(snapshot);
    assertThat(chunked.results()).as(what).containsExactlyElementsOf(whole.results());
    assertThat(chunked.findings()).as(what).containsExactlyElementsOf(whole.findings());
    assertThat(chunked).as(what).isEqualTo(whole);
  }
}
