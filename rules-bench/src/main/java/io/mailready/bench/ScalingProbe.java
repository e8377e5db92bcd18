package io.mailready.bench;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.snapshot.Snapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;

/**
 * A one-shot probe of how the check time grows with the number of mailboxes.
 *
 * <p>For each size (default 1 000, 10 000, 100 000; or the sizes given as arguments) it prints the
 * median of 5 checks on one warm checker, the time per mailbox and its ratio to the previous size's
 * (1.0 is linear growth, 10 would be quadratic for a tenfold size), the heap still used with the
 * report alive after a GC and the peak heap during the checks. A size that runs out of heap is
 * reported and ends the probe.
 *
 * <pre>
 * java -cp rules-bench/target/benchmarks.jar io.mailready.bench.ScalingProbe [SIZE...]
 * </pre>
 */
final class ScalingProbe {
  private static final int RUNS = 5;
  private static final long MIB = 1024 * 1024;

  private ScalingProbe() {}

  /** Runs the probe; the arguments are mailbox counts. */
  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {1_000, 10_000, 100_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    TenantGenerator generator = TenantGenerator.contoso();
    long start = System.nanoTime();
    Checker checker = Checker.standard();
    System.out.printf(
        Locale.ROOT,
        "checker built in %.0f ms; max heap %d MiB; %d processors%n",
        (System.nanoTime() - start) / 1e6,
        Runtime.getRuntime().maxMemory() / MIB,
        Runtime.getRuntime().availableProcessors());
    // Warm-up: the JIT compiles the engine's paths on a small tenant first.
    Snapshot small = generator.snapshot(1_000, 7);
    for (int i = 0; i < 5; i++) {
      checker.check(small);
    }
    System.out.println(
        "mailboxes  median ms  min ms  max ms  us/mailbox  ratio  findings  live MiB  peak MiB");
    double previousPerMailbox = 0;
    for (int size : sizes) {
      Snapshot snapshot = generator.snapshot(size, 42);
      resetPeaks();
      long[] nanos = new long[RUNS];
      Report report = null;
      try {
        for (int i = 0; i < RUNS; i++) {
          report = null;
          long t = System.nanoTime();
          report = checker.check(snapshot);
          nanos[i] = System.nanoTime() - t;
        }
      } catch (OutOfMemoryError e) {
        report = null;
        System.out.printf(
            Locale.ROOT,
            "%9d  out of memory (max heap %d MiB): %s%n",
            size,
            Runtime.getRuntime().maxMemory() / MIB,
            e.getMessage());
        return;
      }
      long peak = peakHeap();
      System.gc();
      long live = usedHeap();
      Arrays.sort(nanos);
      double median = nanos[RUNS / 2] / 1e6;
      double perMailbox = median * 1000 / size;
      System.out.printf(
          Locale.ROOT,
          "%9d  %9.0f  %6.0f  %6.0f  %10.1f  %5s  %8d  %8d  %8d%n",
          size,
          median,
          nanos[0] / 1e6,
          nanos[RUNS - 1] / 1e6,
          perMailbox,
          previousPerMailbox == 0
              ? "-"
              : String.format(Locale.ROOT, "%.2f", perMailbox / previousPerMailbox),
          report.findings().size(),
          live / MIB,
          peak / MIB);
      previousPerMailbox = perMailbox;
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
