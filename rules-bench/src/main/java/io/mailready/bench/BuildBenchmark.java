package io.mailready.bench;

import io.mailready.Checker;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH benchmark of building the standard checker ({@link Checker#standard()}).
 *
 * <p>{@link #cold} is what an application pays once at start: the first build in a fresh JVM, one
 * per fork. {@link #warm} is a build repeated in a JVM that has built checkers before.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

  /** The first build in a fresh JVM. */
  @Benchmark
  @Fork(3)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Checker cold() {
    return Checker.standard();
  }

  /** A build in a JVM that has already built a few checkers. */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public Checker warm() {
    return Checker.standard();
  }
}
