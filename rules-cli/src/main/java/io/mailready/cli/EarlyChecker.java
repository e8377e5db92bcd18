package io.mailready.cli;

import io.mailready.Checker;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The standard checker, started before the command line is even parsed when {@code check} will need
 * it: loading the rules is most of a run's time, and it overlaps parsing and reading the snapshots
 * this way.
 */
final class EarlyChecker {
  private static volatile CompletableFuture<Checker> standard;

  private EarlyChecker() {}

  /** Starts building the standard checker if {@code args} are a plain {@code check}. */
  static void startIfUseful(String[] args) {
    List<String> list = List.of(args);
    if (!list.isEmpty()
        && list.get(0).equals("check")
        && list.stream()
            .noneMatch(
                a ->
                    a.startsWith("--rules")
                        || a.startsWith("--policy")
                        || a.startsWith("--firing-limit")
                        || a.startsWith("--time-budget")
                        || a.startsWith("-h")
                        || a.startsWith("--help"))) {
      standard = CompletableFuture.supplyAsync(Checker::standard);
    }
  }

  /** The early standard checker, or null when none was started. */
  static CompletableFuture<Checker> standard() {
    return standard;
  }
}
