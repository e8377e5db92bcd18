package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mailready.Report;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executor of a checker evaluates the sessions of a chunked check besides the calling thread;
 * whatever it does, the check gives the same report and never waits for a session no thread took.
 */
class ExecutorTest {
  // A deadlock fails the test instead of hanging the build.
  private static final Duration AT_MOST = Duration.ofSeconds(60);

  @TempDir Path temp;
  private Path pack;
  private Report expected;

  @BeforeEach
  void oneSessionReport() throws Exception {
    DirectoryPackTest packs = new DirectoryPackTest();
    packs.temp = temp;
    pack = packs.pack();
    expected = DirectoryPackTest.checker(pack).check(snapshot());
  }

  @Test
  void sessions_are_given_to_the_executor_and_the_report_is_the_same() {
    // GIVEN an executor that records the tasks it runs, on a pool of two threads
    List<Thread> ran = new CopyOnWriteArrayList<>();
    Executor recording =
        task ->
            DirectoryPackTest.TWO_THREADS.execute(
                () -> {
                  ran.add(Thread.currentThread());
                  task.run();
                });
    // WHEN a snapshot of five mailboxes is checked in sessions of one
    Report report = assertTimeoutPreemptively(AT_MOST, () -> engine(recording).check(snapshot()));
    // THEN the report is the one-session report, and the executor's threads ran its tasks
    assertThat(report).isEqualTo(expected);
    long until = System.nanoTime() + AT_MOST.toNanos();
    while (ran.isEmpty() && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    assertThat(ran).isNotEmpty().doesNotContain(Thread.currentThread());
  }

  @Test
  void a_direct_executor_evaluates_every_session_on_the_calling_thread() {
    // GIVEN a direct executor, which runs a task before execute returns
    List<Thread> ran = new CopyOnWriteArrayList<>();
    Executor direct =
        task -> {
          ran.add(Thread.currentThread());
          task.run();
        };
    // WHEN a snapshot is checked in sessions of one mailbox
    Thread[] caller = new Thread[1];
    Report report =
        assertTimeoutPreemptively(
            AT_MOST,
            () -> {
              caller[0] = Thread.currentThread();
              return engine(direct).check(snapshot());
            });
    // THEN it did not wait for the first session's tenant results before evaluating it
    assertThat(report).isEqualTo(expected);
    assertThat(ran).isNotEmpty().containsOnly(caller[0]);
  }

  @Test
  void a_check_inside_the_executors_only_thread_does_not_wait_for_that_thread() {
    // GIVEN a pool of one thread, the checker's executor
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      Engine engine = engine(pool);
      // WHEN a check runs as a task of that pool, so its tasks queue behind it
      Report report =
          assertTimeoutPreemptively(
              AT_MOST, () -> pool.submit(() -> engine.check(snapshot())).get());
      // THEN the calling thread evaluated every session
      assertThat(report).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_check_inside_the_common_pool_with_the_common_pool_as_executor_completes() {
    // GIVEN the default executor, the common pool
    Engine engine =
        new DroolsCheckerFactory()
            .create(
                CheckerSettings.builder()
                    .rules(pack)
                    .clock(DirectoryPackTest.CLOCK)
                    .mailboxesPerSession(1)
                    .build());
    // WHEN checks run as tasks of the common pool, more of them than it has threads
    List<Report> reports =
        assertTimeoutPreemptively(
            AT_MOST,
            () -> {
              List<ForkJoinTask<Report>> checks = new ArrayList<>();
              for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism() + 2; i++) {
                checks.add(ForkJoinPool.commonPool().submit(() -> engine.check(snapshot())));
              }
              List<Report> done = new ArrayList<>();
              for (ForkJoinTask<Report> check : checks) {
                done.add(check.get());
              }
              return done;
            });
    // THEN every one gives the one-session report
    assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r).isEqualTo(expected));
  }

  @Test
  void a_busy_executor_leaves_the_sessions_to_the_calling_thread() throws Exception {
    // GIVEN a pool whose only thread waits until the check is over
    ForkJoinPool pool = new ForkJoinPool(1);
    CountDownLatch checked = new CountDownLatch(1);
    try {
      pool.execute(
          () -> {
            try {
              checked.await(AT_MOST.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      Engine engine = engine(pool);
      // WHEN a snapshot is checked in sessions of one mailbox
      Report report = assertTimeoutPreemptively(AT_MOST, () -> engine.check(snapshot()));
      // THEN the calling thread evaluated them all
      assertThat(report).isEqualTo(expected);
    } finally {
      checked.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void an_executor_that_rejects_leaves_the_sessions_to_the_calling_thread() {
    // GIVEN an executor that rejects every task, as a shut-down pool does
    Executor rejecting =
        task -> {
          throw new RejectedExecutionException("shut down");
        };
    // WHEN a snapshot is checked in sessions of one mailbox THEN the report is the same
    assertThat(assertTimeoutPreemptively(AT_MOST, () -> engine(rejecting).check(snapshot())))
        .isEqualTo(expected);
  }

  private Engine engine(Executor executor) {
    return new DroolsCheckerFactory()
        .create(
            CheckerSettings.builder()
                .rules(pack)
                .clock(DirectoryPackTest.CLOCK)
                .mailboxesPerSession(1)
                .executor(executor)
                .build());
  }

  private static io.mailready.snapshot.Snapshot snapshot() {
    return DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT);
  }
}
