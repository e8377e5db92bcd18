package io.mailready.bench;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.imports.SnapshotWriter;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The speed and memory targets of issue 12, measured in one run and printed as a Markdown table
 * (measured value, target, measured / target, met or missed) followed by the raw figures.
 *
 * <p>The in-process rows share one warm {@code Checker.standard()}; the rows that need a cold JVM
 * or another heap run in child JVMs started with the same {@code java} ({@link TargetChild}, the
 * CLI jar, {@code java -version}). A child that runs out of memory or time gives a row that says
 * so.
 *
 * <pre>
 * java -cp rules-bench/target/benchmarks.jar io.mailready.bench.Targets [--quick] [--jfr DIR]
 *     [--only ROW,...]
 * </pre>
 */
final class Targets {
  private static final String USAGE =
      "usage: Targets [--quick] [--jfr DIR] [--only "
          + String.join(",", Row.names())
          + "]\n"
          + "  --quick  fewer repetitions, 100 000 mailboxes instead of 1 000 000 for the big row\n"
          + "  --jfr    write a flight recording (settings=profile) of each row into DIR\n"
          + "  --only   measure only these rows";
  private static final long MIB = 1024 * 1024;
  private static final long GIB = 1024 * MIB;

  /** The rows, in the order of the table (the order). */
  enum Row {
    SMALL("small"),
    MILLION("million"),
    READ("read"),
    BUILD("build"),
    CLI("cli"),
    THREADS("threads");

    final String name;

    Row(String name) {
      this.name = name;
    }

    static List<String> names() {
      return Arrays.stream(values()).map(r -> r.name).toList();
    }

    static Row named(String name) {
      return Arrays.stream(values())
          .filter(r -> r.name.equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown row '" + name + "'"));
    }
  }

  /** The command line's options. */
  record Options(boolean quick, Path jfr, Set<Row> rows) {
    static Options parse(String... args) {
      boolean quick = false;
      Path jfr = null;
      Set<Row> rows = new LinkedHashSet<>(Arrays.asList(Row.values()));
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--quick" -> quick = true;
          case "--jfr" -> jfr = Path.of(value(args, ++i, "--jfr"));
          case "--only" -> {
            rows = new LinkedHashSet<>();
            for (String name : value(args, ++i, "--only").split(",")) {
              rows.add(Row.named(name.strip()));
            }
          }
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
      }
      return new Options(quick, jfr, rows);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  private final Options options;
  private final String java;
  private final Path root;
  private final List<String> jfrFiles = new ArrayList<>();
  private final TenantGenerator generator = TenantGenerator.contoso();
  private Checker checker;

  private Targets(Options options) {
    this.options = options;
    this.java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    this.root = repositoryRoot();
  }

  /** Measures the rows and prints the table. */
  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (options.jfr() != null) {
      Files.createDirectories(options.jfr());
    }
    new Targets(options).run();
  }

  private void run() {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = loadAverage();
    progress(
        "%s run, java %s, %d processors, max heap %d MiB, load average %s",
        options.quick ? "quick (--quick)" : "full",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / MIB,
        loadBefore);
    // Cold rows first, while this JVM is idle; the in-process rows after them; the big child last.
    Map<Row, List<TargetRow>> measured = new LinkedHashMap<>();
    for (Row row : List.of(Row.CLI, Row.BUILD, Row.SMALL, Row.THREADS, Row.READ, Row.MILLION)) {
      if (options.rows.contains(row)) {
        measured.put(row, measure(row));
      }
    }
    long seconds = Duration.between(started, Instant.now()).toSeconds();
    List<TargetRow> table =
        Arrays.stream(Row.values())
            .filter(measured::containsKey)
            .flatMap(r -> measured.get(r).stream())
            .toList();
    StringBuilder out = new StringBuilder();
    out.append("\n## Targets of issue 12\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%s (UTC), %s run in %d min %02d s; java %s (%s), %d processors, max heap %d MiB;"
                + " load average %s at the start, %s at the end.\n\n",
            started,
            options.quick ? "a quick (--quick)" : "a full",
            seconds / 60,
            seconds % 60,
            System.getProperty("java.version"),
            System.getProperty("java.vm.name"),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / MIB,
            loadBefore,
            loadAverage()));
    out.append(TargetRow.markdown(table));
    out.append("\nmeasured / target: above 1 misses an upper bound (<=), below 1 misses a lower")
        .append(" bound (>=).\n\n### Raw figures\n\n");
    String previous = null;
    for (TargetRow row : table) {
      if (!row.raw().equals(previous)) {
        out.append("- ").append(row.measure()).append(": ").append(row.raw()).append('\n');
      }
      previous = row.raw();
    }
    if (!jfrFiles.isEmpty()) {
      out.append("\n### Flight recordings\n\n");
      jfrFiles.forEach(f -> out.append("- ").append(f).append('\n'));
      out.append("\n`jfr print --stack-depth 200 --events jdk.ExecutionSample FILE` shows where")
          .append(" the time goes.\n");
    }
    System.out.print(out);
    System.out.flush();
  }

  private List<TargetRow> measure(Row row) {
    progress("measuring %s", row.name);
    try {
      return switch (row) {
        case SMALL -> small();
        case MILLION -> million();
        case READ -> read();
        case BUILD -> build();
        case CLI -> cli();
        case THREADS -> threads();
      };
    } catch (Exception | OutOfMemoryError e) {
      return List.of(
          TargetRow.failed(
              row.name,
              "",
              "not measured: " + e,
              Stream.of(e.getStackTrace()).limit(5).map(String::valueOf).toList().toString()));
    }
  }

  // ---- in process

  /** Row 1: p50 and p99 of single checks of a 10-mailbox tenant on a warm checker. */
  private List<TargetRow> small() {
    int warmUp = options.quick ? 1_000 : 2_000;
    int timed = options.quick ? 5_000 : 20_000;
    Snapshot tenant = generator.snapshot(10, 42);
    Checker checker = checker();
    long[] nanos =
        recorded(
            "small",
            () -> {
              for (int i = 0; i < warmUp; i++) {
                checker.check(tenant);
              }
              long[] samples = new long[timed];
              for (int i = 0; i < timed; i++) {
                long start = System.nanoTime();
                checker.check(tenant);
                samples[i] = System.nanoTime() - start;
              }
              return samples;
            });
    long p50 = Stats.percentile(nanos, 50);
    long p99 = Stats.percentile(nanos, 99);
    int findings = checker.check(tenant).findings().size();
    String detail =
        String.format(
            Locale.ROOT,
            "%,d timed checks after %,d to warm up; %d findings per check",
            timed,
            warmUp,
            findings);
    String raw =
        String.format(
            Locale.ROOT,
            "%,d checks: min %s, p50 %s, p90 %s, p99 %s, p99.9 %s, max %s",
            timed,
            Units.duration(Stats.percentile(nanos, 100.0 / timed)),
            Units.duration(p50),
            Units.duration(Stats.percentile(nanos, 90)),
            Units.duration(p99),
            Units.duration(Stats.percentile(nanos, 99.9)),
            Units.duration(Stats.percentile(nanos, 100)));
    return List.of(
        TargetRow.atMost(
            "check of a 10-mailbox tenant, in process, p50",
            Units.duration(p50),
            p50,
            "<= 100 µs",
            100_000,
            detail,
            raw),
        TargetRow.atMost(
            "check of a 10-mailbox tenant, in process, p99",
            Units.duration(p99),
            p99,
            "<= 300 µs",
            300_000,
            detail,
            raw));
  }

  /** Row 6: 10 000 distinct small tenants on one checker, on 1 and on 2 threads of our own. */
  private List<TargetRow> threads() throws InterruptedException, ExecutionException {
    int count = 10_000;
    int passes = options.quick ? 1 : 3;
    List<Snapshot> tenants = new ArrayList<>(count);
    for (int seed = 0; seed < count; seed++) {
      tenants.add(generator.snapshot(10, 1_000 + seed));
    }
    Checker checker = checker();
    ExecutorService one = Executors.newFixedThreadPool(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Long> onThreads1 = new ArrayList<>();
      List<Long> onThreads2 = new ArrayList<>();
      LongAdder findings = new LongAdder();
      pass(one, 1, checker, tenants, findings); // warm-up, on both executors
      long perPass = findings.sum();
      pass(two, 2, checker, tenants, findings);
      recordedRun(
          "threads",
          () -> {
            for (int i = 0; i < passes; i++) {
              onThreads1.add(pass(one, 1, checker, tenants, findings));
              onThreads2.add(pass(two, 2, checker, tenants, findings));
            }
          });
      double t1 = Stats.median(onThreads1);
      double t2 = Stats.median(onThreads2);
      double speedup = t1 / t2;
      String detail =
          String.format(
              Locale.ROOT,
              "1 thread: %,.0f tenants/s, 2 threads: %,.0f tenants/s; median of %d passes over"
                  + " %,d tenants of 10 mailboxes each (%,d findings a pass), interleaved, after"
                  + " a warm-up pass",
              count / (t1 / 1e9),
              count / (t2 / 1e9),
              passes,
              count,
              perPass);
      String raw =
          "pass times, 1 thread: "
              + durations(onThreads1)
              + "; 2 threads: "
              + durations(onThreads2);
      return List.of(
          TargetRow.atLeast(
              "10,000 small tenants, 2 threads vs 1 (throughput)",
              Units.times(speedup),
              speedup,
              ">= 1.8x",
              1.8,
              detail,
              raw));
    } finally {
      one.shutdownNow();
      two.shutdownNow();
    }
  }

  /** One pass over the tenants on {@code threads} workers that take the next tenant. */
  private static long pass(
      ExecutorService executor,
      int threads,
      Checker checker,
      List<Snapshot> tenants,
      LongAdder findings)
      throws InterruptedException, ExecutionException {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          executor.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < tenants.size();
                    i = next.getAndIncrement()) {
                  findings.add(checker.check(tenants.get(i)).findings().size());
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    return System.nanoTime() - start;
  }

  /** Row 3: a warm check of 100 000 mailboxes against reading them from YAML. */
  private List<TargetRow> read() throws IOException {
    int mailboxes = 100_000;
    int runs = options.quick ? 1 : 3;
    Path file = Files.createTempFile("targets-100000-", ".yaml");
    try {
      Files.writeString(
          file, SnapshotWriter.yaml(generator.snapshot(mailboxes, 42)), StandardCharsets.UTF_8);
      long fileSize = Files.size(file);
      Snapshot snapshot = Snapshots.read(file); // not timed: warms the reader up
      if (snapshot.mailboxes().size() != mailboxes) {
        throw new IllegalStateException(
            "read back " + snapshot.mailboxes().size() + " mailboxes, wrote " + mailboxes);
      }
      Checker checker = checker();
      Snapshot medium = generator.snapshot(10_000, 7);
      checker.check(medium); // not timed: warms the large-tenant paths up
      checker.check(medium);
      List<Long> reads = new ArrayList<>();
      List<Long> checks = new ArrayList<>();
      int[] findings = new int[1];
      recordedRun(
          "read",
          () -> {
            for (int i = 0; i < runs; i++) {
              long start = System.nanoTime();
              Snapshots.read(file);
              reads.add(System.nanoTime() - start);
            }
            for (int i = 0; i < runs; i++) {
              long start = System.nanoTime();
              Report report = checker.check(snapshot);
              checks.add(System.nanoTime() - start);
              findings[0] = report.findings().size();
            }
          });
      double read = Stats.median(reads);
      double check = Stats.median(checks);
      double ratio = check / read;
      String detail =
          String.format(
              Locale.ROOT,
              "check %s (warm checker, %,d findings), Snapshots.read %s of a %s YAML file;"
                  + " median of %d each",
              Units.duration(check),
              findings[0],
              Units.duration(read),
              Units.bytes(fileSize),
              runs);
      String raw = "reads: " + durations(reads) + "; checks: " + durations(checks);
      return List.of(
          TargetRow.atMost(
              "check time / YAML read time, 100,000 mailboxes",
              String.format(Locale.ROOT, "%.2f", ratio),
              ratio,
              "<= 1",
              1,
              detail,
              raw));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  // ---- in child JVMs

  /** Row 2: a warm check of a million mailboxes in a JVM limited to 2 GiB of heap. */
  private List<TargetRow> million() {
    int mailboxes = options.quick ? 100_000 : 1_000_000;
    int runs = options.quick ? 2 : 3;
    Duration timeout = Duration.ofSeconds(options.quick ? 180 : 300);
    double targetNanos = 10e9 * mailboxes / 1_000_000;
    String size = String.format(Locale.ROOT, "%,d", mailboxes);
    String label = options.quick ? " (--quick: the target is for 1,000,000)" : "";
    String timeMeasure = "check of " + size + " mailboxes, warm, -Xmx2g: time" + label;
    String heapMeasure = "check of " + size + " mailboxes, warm, -Xmx2g: heap" + label;
    String timeTarget = "<= " + Units.duration(targetNanos);
    String heapTarget = "within 2 GiB";

    // Any OutOfMemoryError ends the child: a heap exhausted anywhere is not "within 2 GiB".
    List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-XX:+ExitOnOutOfMemoryError"));
    command.addAll(jfrOption("million"));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            TargetChild.class.getName(),
            "check",
            Integer.toString(mailboxes),
            Integer.toString(runs)));
    ChildProcess.Outcome outcome = ChildProcess.run(command, timeout);
    List<Map<String, String>> done = outcome.all("run");
    List<Long> nanos = done.stream().map(r -> Long.parseLong(r.get("ns"))).toList();
    String raw =
        String.format(
            Locale.ROOT,
            "child JVM -Xmx2g, %d of %d checks done%s, exit %s, wall %s",
            done.size(),
            runs,
            nanos.isEmpty() ? "" : " (" + durations(nanos) + ")",
            outcome.timedOut() ? "none (stopped)" : outcome.exitCode(),
            Units.duration(outcome.wallNanos()));
    List<Map<String, String>> phases = outcome.all("phase");
    String where =
        phases.isEmpty()
            ? ""
            : " while " + phases.get(phases.size() - 1).get("name").replace('_', ' ');
    if (outcome.outOfMemory()
        || done.isEmpty()
        || (outcome.exitCode() != 0 && !outcome.timedOut())) {
      String why =
          outcome.outOfMemory()
              ? "OutOfMemoryError at -Xmx2g" + where
              : outcome.timedOut()
                  ? "did not finish in " + timeout.toSeconds() + " s (stopped" + where + ")"
                  : "failed: exit " + outcome.exitCode() + where + ", " + outcome.lastErrorLine();
      return List.of(
          TargetRow.failed(timeMeasure, timeTarget, why, raw),
          TargetRow.failed(heapMeasure, heapTarget, why, raw));
    }
    Map<String, String> last = done.get(done.size() - 1);
    long inUse = Long.parseLong(last.get("beforeGcMax"));
    long poolPeaks = Long.parseLong(last.get("poolPeaks"));
    double median = Stats.median(nanos);
    String partial =
        outcome.timedOut()
            ? String.format(
                Locale.ROOT,
                "; only %d of %d checks finished in %d s",
                done.size(),
                runs,
                timeout.toSeconds())
            : "";
    String timeDetail =
        String.format(
            Locale.ROOT,
            "median of %d checks of one generated tenant (%s findings), in a child JVM warmed"
                + " on 10 000 mailboxes%s",
            done.size(),
            String.format(Locale.ROOT, "%,d", Long.parseLong(last.get("findings"))),
            partial);
    String heapDetail =
        String.format(
            Locale.ROOT,
            "largest heap in use (just before a collection) with the snapshot and a check;"
                + " sum of the heap pools' peaks %s (an upper bound)",
            Units.bytes(poolPeaks));
    return List.of(
        TargetRow.atMost(
            timeMeasure, Units.duration(median), median, timeTarget, targetNanos, timeDetail, raw),
        TargetRow.atMost(
            heapMeasure,
            Units.bytes(inUse),
            inUse,
            heapTarget,
            2 * GIB,
            heapDetail,
            raw
                + String.format(
                    Locale.ROOT,
                    ", in use %d MiB, pool peaks %d MiB",
                    inUse / MIB,
                    poolPeaks / MIB)));
  }

  /** Row 4: building with a one-requirement directory pack against the bundled build, cold. */
  private List<TargetRow> build() throws IOException {
    String measure = "build with a one-requirement directory pack / bundled build (cold JVMs)";
    String target = "<= 1.5x";
    int runs = options.quick ? 3 : 5;
    Duration timeout = Duration.ofSeconds(180);
    Path pack = Files.createTempDirectory("targets-pack-");
    try {
      String stem = OneRequirementPack.write(pack, OneRequirementPack.REQUIREMENT);
      List<String> bundled = buildCommand(null, List.of());
      List<String> withPack = buildCommand(pack, List.of());
      List<Long> bundledBuild = new ArrayList<>();
      List<Long> packBuild = new ArrayList<>();
      List<Long> bundledCpu = new ArrayList<>();
      List<Long> packCpu = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        for (boolean isPack : new boolean[] {false, true}) {
          ChildProcess.Outcome outcome = ChildProcess.run(isPack ? withPack : bundled, timeout);
          List<Map<String, String>> built = outcome.all("build");
          if (built.isEmpty()) {
            String why =
                outcome.timedOut()
                    ? "did not finish in " + timeout.toSeconds() + " s"
                    : "failed: exit " + outcome.exitCode() + ", " + outcome.lastErrorLine();
            return List.of(
                TargetRow.failed(
                    measure,
                    target,
                    (isPack ? "directory pack build " : "bundled build ") + why,
                    outcome.stderr()));
          }
          (isPack ? packBuild : bundledBuild).add(Long.parseLong(built.get(0).get("ns")));
          (isPack ? packCpu : bundledCpu).add(Long.parseLong(built.get(0).get("processCpuNs")));
        }
      }
      if (options.jfr != null) {
        ChildProcess.run(buildCommand(null, jfrOption("build-bundled")), timeout);
        ChildProcess.run(buildCommand(pack, jfrOption("build-pack")), timeout);
      }
      double packMedian = Stats.median(packBuild);
      double bundledMedian = Stats.median(bundledBuild);
      double ratio = packMedian / bundledMedian;
      String detail =
          String.format(
              Locale.ROOT,
              "Checker.builder().rules(dir).build() with %s copied unchanged: %s (process CPU"
                  + " %s); Checker.standard(): %s (process CPU %s); median of %d fresh JVMs"
                  + " each, interleaved",
              stem,
              Units.duration(packMedian),
              Units.duration(Stats.median(packCpu)),
              Units.duration(bundledMedian),
              Units.duration(Stats.median(bundledCpu)),
              runs);
      String raw =
          "build, directory pack: "
              + durations(packBuild)
              + "; bundled: "
              + durations(bundledBuild)
              + "; process CPU at the end of the build, directory pack: "
              + durations(packCpu)
              + "; bundled: "
              + durations(bundledCpu);
      return List.of(
          TargetRow.atMost(measure, Units.times(ratio), ratio, target, 1.5, detail, raw));
    } finally {
      deleteTree(pack);
    }
  }

  private List<String> buildCommand(Path pack, List<String> jvmOptions) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp", System.getProperty("java.class.path"), TargetChild.class.getName(), "build"));
    if (pack != null) {
      command.add(pack.toString());
    }
    return command;
  }

  /** Row 5: the CLI's check of the bundled example against a bare JVM start, both cold. */
  private List<TargetRow> cli() throws IOException {
    String measure = "CLI `check` of a bundled example / bare `java -version` (cold)";
    String target = "<= 6x";
    Path jar = root.resolve("rules-cli/target/mailready.jar");
    Path example = root.resolve("examples/contoso-online.yaml");
    if (!Files.isRegularFile(jar)) {
      return List.of(
          TargetRow.notMeasured(
              measure, target, "not measured: build rules-cli first", jar + " is missing"));
    }
    int runs = options.quick ? 3 : 7;
    Duration timeout = Duration.ofSeconds(60);
    List<String> check = List.of(java, "-jar", jar.toString(), "check", example.toString());
    // As users run it: the distribution's launcher, whose first run makes the CDS archive.
    Path dir = Files.createTempDirectory("targets-dist-");
    try {
      return cli(measure, target, check, installedDistribution(dir), runs, timeout);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private List<TargetRow> cli(
      String measure,
      String target,
      List<String> check,
      Path installed,
      int runs,
      Duration timeout) {
    List<String> bare = List.of(java, "-Xshare:auto", "-version");
    List<String> launcher =
        installed == null
            ? null
            : List.of(
                "env",
                "XDG_CACHE_HOME=" + installed.resolveSibling("cache"),
                "JAVA_HOME=" + Path.of(java).getParent().getParent(),
                "sh",
                installed.resolve("bin/mailready").toString(),
                "check",
                check.get(check.size() - 1));
    if (launcher != null) {
      ChildProcess.run(launcher, timeout); // not timed: makes the archive
    }
    List<Long> bareNanos = new ArrayList<>();
    List<Long> checkNanos = new ArrayList<>();
    List<Long> launcherNanos = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ChildProcess.Outcome b = ChildProcess.time(bare, timeout);
      ChildProcess.Outcome c = ChildProcess.time(check, timeout);
      ChildProcess.Outcome l = launcher == null ? c : ChildProcess.time(launcher, timeout);
      // check exits 1 when the tenant is not ready (the example is not); 2 and 3 are errors.
      for (ChildProcess.Outcome o : List.of(b, c, l)) {
        if (o == b ? o.exitCode() != 0 : o.exitCode() < 0 || o.exitCode() > 1) {
          List<String> command = o == b ? bare : o == c ? check : launcher;
          ChildProcess.Outcome failed = ChildProcess.run(command, timeout);
          return List.of(
              TargetRow.failed(
                  measure,
                  target,
                  "failed: exit " + failed.exitCode() + " from " + String.join(" ", command),
                  failed.stderr()));
        }
      }
      bareNanos.add(b.wallNanos());
      checkNanos.add(c.wallNanos());
      launcherNanos.add(l.wallNanos());
    }
    if (options.jfr != null) {
      List<String> profiled = new ArrayList<>(List.of(java));
      profiled.addAll(jfrOption("cli-check"));
      profiled.addAll(check.subList(1, check.size()));
      ChildProcess.time(profiled, timeout);
    }
    double bareMedian = Stats.median(bareNanos);
    List<TargetRow> rows = new ArrayList<>();
    double checkMedian = Stats.median(checkNanos);
    double ratio = checkMedian / bareMedian;
    String detail =
        String.format(
            Locale.ROOT,
            "java -jar rules-cli/target/mailready.jar check examples/contoso-online.yaml: %s;"
                + " java -Xshare:auto -version: %s; median of %d cold runs each, interleaved",
            Units.duration(checkMedian),
            Units.duration(bareMedian),
            runs);
    String raw = "check: " + durations(checkNanos) + "; java -version: " + durations(bareNanos);
    rows.add(TargetRow.atMost(measure, Units.times(ratio), ratio, target, 6, detail, raw));
    if (launcher == null) {
      rows.add(
          TargetRow.notMeasured(
              measure + ", `bin/mailready`",
              target,
              "not measured: package mailready-dist first",
              "mailready-dist/target/mailready-*.zip is missing"));
    } else {
      double launcherMedian = Stats.median(launcherNanos);
      double launcherRatio = launcherMedian / bareMedian;
      rows.add(
          TargetRow.atMost(
              measure + ", `bin/mailready`",
              Units.times(launcherRatio),
              launcherRatio,
              target,
              6,
              String.format(
                  Locale.ROOT,
                  "bin/mailready check examples/contoso-online.yaml (its CDS archive made by an"
                      + " earlier run): %s; java -version: %s; median of %d cold runs each",
                  Units.duration(launcherMedian),
                  Units.duration(bareMedian),
                  runs),
              "bin/mailready check: " + durations(launcherNanos)));
    }
    return rows;
  }

  /** The distribution zip unpacked into {@code dir}, or null when it is not built. */
  private Path installedDistribution(Path dir) throws IOException {
    Path zip;
    try (Stream<Path> files = Files.list(root.resolve("mailready-dist/target"))) {
      zip =
          files
              .filter(f -> f.getFileName().toString().matches("mailready-.*\\.zip"))
              .findFirst()
              .orElse(null);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    if (zip == null) {
      return null;
    }
    Path home = null;
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Path target = dir.resolve("install").resolve(entry.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("zip entry outside the folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
          if (entry.getName().endsWith("bin/mailready")) {
            home = target.getParent().getParent();
          }
        }
      }
    }
    return home;
  }

  // ---- helpers

  private Checker checker() {
    if (checker == null) {
      long start = System.nanoTime();
      checker = Checker.standard();
      progress("checker built in %s", Units.duration(System.nanoTime() - start));
    }
    return checker;
  }

  /** Runs an in-process measurement, in a flight recording when --jfr is given. */
  private <T> T recorded(String name, Supplier<T> measurement) {
    if (options.jfr == null) {
      return measurement.get();
    }
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      Path file = options.jfr.resolve(name + ".jfr").toAbsolutePath();
      recording.setDestination(file);
      recording.start();
      T result = measurement.get();
      recording.stop();
      jfrFiles.add(file.toString());
      return result;
    } catch (IOException | java.text.ParseException e) {
      throw new IllegalStateException("cannot record " + name + ": " + e.getMessage(), e);
    }
  }

  /** A measurement that may throw, recorded as {@link #recorded}. */
  private interface Measurement {
    void run() throws Exception;
  }

  private void recordedRun(String name, Measurement measurement) {
    recorded(
        name,
        () -> {
          try {
            measurement.run();
            return null;
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** The JVM option that records a child, when --jfr is given. */
  private List<String> jfrOption(String name) {
    if (options.jfr == null) {
      return List.of();
    }
    Path file = options.jfr.resolve(name + ".jfr").toAbsolutePath();
    jfrFiles.add(file.toString());
    return List.of("-XX:StartFlightRecording=filename=" + file + ",settings=profile");
  }

  private static String durations(List<Long> nanos) {
    return nanos.stream().map(Units::duration).collect(Collectors.joining(", "));
  }

  private static void progress(String format, Object... args) {
    System.out.printf(Locale.ROOT, "# " + format + "%n", args);
    System.out.flush();
  }

  /** The load averages over 1, 5 and 15 minutes, or over one minute where /proc is missing. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** The checkout: the working directory, or the one the benchmarks jar was built in. */
  private static Path repositoryRoot() {
    Path cwd = Path.of("").toAbsolutePath();
    if (Files.isDirectory(cwd.resolve("rules-cli"))) {
      return cwd;
    }
    try {
      Path jar = Path.of(Targets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("rules-cli")) && Files.isDirectory(p.resolve("examples"))) {
          return p;
        }
      }
    } catch (Exception e) {
      // fall through: the working directory
    }
    return cwd;
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
