package io.mailready.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.snapshot.Snapshot;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The measurements of {@link Targets} that need a JVM of their own (a cold start, or a heap limit):
 * started by {@code Targets} with the same {@code java}, it prints its figures as lines {@code
 * targets key=value ...} on standard output, one as soon as it is measured, so that a child that
 * runs out of time still leaves the runs it finished.
 *
 * <pre>
 * java [-Xmx2g] -cp benchmarks.jar io.mailready.bench.TargetChild check MAILBOXES RUNS
 * java -cp benchmarks.jar io.mailready.bench.TargetChild build [PACK_DIR]
 * </pre>
 */
final class TargetChild {
  private TargetChild() {}

  /** Runs one measurement; see the class comment. */
  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("build")) {
      build(args.length > 1 ? Path.of(args[1]) : null);
    } else if (args.length == 3 && args[0].equals("check")) {
      check(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    } else {
      System.err.println("usage: TargetChild check MAILBOXES RUNS | build [PACK_DIR]");
      System.exit(2);
    }
  }

  /** Builds the bundled checker, or the bundled one with a directory pack, once. */
  private static void build(Path pack) {
    long start = System.nanoTime();
    Checker checker = pack == null ? Checker.standard() : Checker.builder().rules(pack).build();
    long nanos = System.nanoTime() - start;
    long cpu =
        ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    emit(
        "build",
        "ns=" + nanos,
        "processCpuNs=" + cpu,
        "uptimeMs=" + ManagementFactory.getRuntimeMXBean().getUptime(),
        "checker=" + checker.getClass().getSimpleName());
  }

  /**
   * Checks one generated tenant {@code runs} times on a checker warmed on 10 000 mailboxes; with
   * each run, the heap so far since the tenant was generated: the largest heap in use (before a
   * collection, or now), and the sum of the heap pools' peaks (an upper bound).
   */
  private static void check(int mailboxes, int runs) {
    phase("building the checker");
    Checker checker = Checker.standard();
    phase("warming up");
    TenantGenerator generator = TenantGenerator.contoso();
    Snapshot warm = generator.snapshot(10_000, 7);
    for (int i = 0; i < 3; i++) {
      checker.check(warm);
    }
    warm = null;
    phase("generating " + mailboxes + " mailboxes");
    Snapshot snapshot = generator.snapshot(mailboxes, 42);
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong beforeGc = watchHeapBeforeCollections();
    emit(
        "ready",
        "mailboxes=" + mailboxes,
        "maxHeap=" + Runtime.getRuntime().maxMemory(),
        "liveAfterGenerating=" + heapUsed());
    for (int i = 1; i <= runs; i++) {
      phase("check " + i);
      long start = System.nanoTime();
      Report report = checker.check(snapshot);
      long nanos = System.nanoTime() - start;
      int findings = report.findings().size();
      long inUse = Math.max(beforeGc.get(), heapUsed());
      report = null;
      emit(
          "run",
          "ns=" + nanos,
          "findings=" + findings,
          "beforeGcMax=" + inUse,
          "poolPeaks=" + poolPeaks());
    }
  }

  /**
   * Says what the child does now, before it does it: a child that runs out of memory (started with
   * {@code -XX:+ExitOnOutOfMemoryError}) has no heap left to say where it was.
   */
  private static void phase(String name) {
    emit("phase", "name=" + name.replace(' ', '_'));
  }

  /** The largest heap occupancy seen just before a garbage collection, updated as they happen. */
  private static AtomicLong watchHeapBeforeCollections() {
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    AtomicLong max = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (!notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                var info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used =
                    info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey()))
                        .map(java.util.Map.Entry::getValue)
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                max.accumulateAndGet(used, Math::max);
              },
              null,
              null);
    }
    return max;
  }

  private static long poolPeaks() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void emit(String kind, String... fields) {
    System.out.println("targets " + kind + " " + String.join(" ", fields));
    System.out.flush();
  }
}
