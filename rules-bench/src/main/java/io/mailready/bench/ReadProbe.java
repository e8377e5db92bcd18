package io.mailready.bench;

import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A one-shot probe of how reading grows with the length of one value: for each length (default 1, 4
 * and 16 million characters; or the lengths given as arguments, in millions) it reads the same
 * snapshot as YAML with the value quoted, as YAML with a comment of that length, and as JSON, and
 * prints the best of 3 reads of each side by side. Linear reading keeps the time per million
 * characters flat as the length grows (SnakeYAML's own reader made it grow with the length).
 *
 * <pre>
 * java -cp rules-bench/target/benchmarks.jar io.mailready.bench.ReadProbe [MILLIONS...]
 * </pre>
 */
final class ReadProbe {
  private static final int RUNS = 3;

  private ReadProbe() {}

  /** Runs the probe; the arguments are value lengths in millions of characters. */
  public static void main(String[] args) {
    int[] millions =
        args.length == 0
            ? new int[] {1, 4, 16}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    // Warm-up on small documents, so that the first size does not pay for the JIT.
    for (int i = 0; i < 20; i++) {
      readAll(10_000);
    }
    System.out.printf(
        Locale.ROOT,
        "%12s %12s %12s %12s %14s%n",
        "characters",
        "yaml value",
        "yaml comment",
        "json value",
        "yaml ms per M");
    for (int m : millions) {
      long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
      for (int run = 0; run < RUNS; run++) {
        long[] times = readAll(m * 1_000_000);
        for (int i = 0; i < 3; i++) {
          best[i] = Math.min(best[i], times[i]);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%12d %9.0f ms %9.0f ms %9.0f ms %14.1f%n",
          m * 1_000_000L,
          best[0] / 1e6,
          best[1] / 1e6,
          best[2] / 1e6,
          best[0] / 1e6 / m);
    }
  }

  /** Nanoseconds to read each of the three documents with a value of {@code length}. */
  private static long[] readAll(int length) {
    String value = "x".repeat(length);
    String[] documents = {
      "schema: mailready/v1\nplatform: {}\ntenant:\n  name: \"" + value + "\"\n",
      "# " + value + "\nschema: mailready/v1\nplatform: {}\ntenant:\n  name: contoso.com\n",
      "{\"schema\": \"mailready/v1\", \"platform\": {}, \"tenant\": {\"name\": \"" + value + "\"}}"
    };
    long[] times = new long[documents.length];
    for (int i = 0; i < documents.length; i++) {
      byte[] bytes = documents[i].getBytes(StandardCharsets.UTF_8);
      long start = System.nanoTime();
      Snapshots.read(new ByteArrayInputStream(bytes), i == 2 ? "probe.json" : "probe.yaml");
      times[i] = System.nanoTime() - start;
    }
    return times;
  }
}
