package io.mailready.bench;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.snapshot.Snapshot;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH benchmark of {@link Checker#check} on generated tenants of 10 to 100 000 mailboxes.
 *
 * <p>Each size runs in its own fork with one checker, built once and warmed by the warm-up
 * iterations. Iterations are short (an iteration runs at least one check, so at 100 000 mailboxes
 * it is one check, 90 to 120 s on two shared cores): the 100 000 fork alone takes about 5 minutes,
 * the three smaller sizes about 1 minute together ({@code -p mailboxes=10,1000,10000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 2, time = 2)
public class CheckBenchmark {
  /** The number of mailboxes of the tenant. */
  @Param({"10", "1000", "10000", "100000"})
  public int mailboxes;

  private Checker checker;
  private Snapshot snapshot;

  /** Builds the checker and the tenant, outside the measurement. */
  @Setup
  public void setUp() {
    checker = Checker.standard();
    snapshot = TenantGenerator.contoso().snapshot(mailboxes, 42);
  }

  /** One check of the whole tenant; the report is returned so that it is not optimised away. */
  @Benchmark
  public Report check() {
    return checker.check(snapshot);
  }
}
