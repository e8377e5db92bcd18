package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.SnapshotException;
import io.mailready.snapshot.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Snapshots written by an attacker or found by fuzzing (src/test/resources/hostile): each is either
 * refused by the reader with positions, or checked within a few seconds with a status for every
 * result. A file whose name starts with {@code bad-} must be refused; any other must be checked.
 */
class HostileSnapshotsTest {
  private static final Checker CHECKER = Checker.standard();
  private static final Duration BOUND = Duration.ofSeconds(10);

  @TestFactory
  Stream<DynamicTest> every_hostile_snapshot_is_refused_or_checked_in_bounded_time()
      throws Exception {
    Path root = Path.of("src", "test", "resources", "hostile");
    List<Path> files;
    try (Stream<Path> list = Files.list(root)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    file.toUri(),
                    () -> assertTimeoutPreemptively(BOUND, () -> refusedOrChecked(file))));
  }

  private static void refusedOrChecked(Path file) throws Exception {
    // GIVEN a hostile snapshot
    boolean bad = file.getFileName().toString().startsWith("bad-");
    try {
      // WHEN it is read and checked
      Report report = CHECKER.check(Snapshots.read(file));
      // THEN a good one has a status for every result and was expected to be read
      assertThat(bad).as("read although it should have been refused").isFalse();
      assertThat(report.results()).isNotEmpty().extracting(Result::status).doesNotContainNull();
      assertThat(report.results())
          .filteredOn(r -> r.status() == Status.ERROR)
          .as("no rule fails on it")
          .isEmpty();
    } catch (SnapshotException e) {
      // THEN a bad one is refused with positions
      assertThat(bad).as("refused: %s", e.getMessage()).isTrue();
      assertThat(e.problems()).isNotEmpty().allMatch(p -> p.matches("(?s).+:\\d+:\\d+: .+"));
    }
  }
}
