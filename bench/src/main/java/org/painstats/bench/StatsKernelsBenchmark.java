package org.painstats.bench;

import java.util.SplittableRandom;
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
import org.painstats.stats.Ar1Trend;
import org.painstats.stats.LinkTest;
import org.painstats.stats.MeanDifference;

/** The statistics kernels one analysis calls most, on a year and on ten years of days. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatsKernelsBenchmark {
  @Param({"365", "3650"})
  int days;

  private double[] pain;
  private double[] factor;
  private double[] activity;

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(7);
    pain = new double[days];
    factor = new double[days];
    activity = new double[days];
    double e = 0;
    double f = 0;
    for (int t = 0; t < days; t++) {
      e = 0.6 * e + 0.8 * BenchDiaries.gaussian(r);
      f = 0.5 * f + 0.87 * BenchDiaries.gaussian(r);
      factor[t] = Math.round(5 + 2 * f);
      activity[t] = r.nextDouble() < 0.3 ? 1 : 0;
      pain[t] = r.nextDouble() < 0.04 ? Double.NaN : Math.round(5 + e - 0.3 * f);
    }
  }

  @Benchmark
  public MeanDifference meanDifference() {
    return MeanDifference.of(pain, activity);
  }

  @Benchmark
  public Ar1Trend ar1Trend() {
    return Ar1Trend.of(pain, 0);
  }

  @Benchmark
  public LinkTest linkTest() {
    return LinkTest.of(pain, factor, 1, 0.6);
  }
}
