package org.painstats.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.painstats.PainStats;
import org.painstats.analysis.Report;
import org.painstats.chart.ChartOptions;
import org.painstats.chart.Charts;
import org.painstats.chart.RenderedChart;

/** Issue 4's target: all charts of a ten-year diary rendered in under 1 s in a warm JVM. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ChartsBenchmark {
  private Report tenYears;
  private Report oneYear;

  @Setup
  public void setUp() {
    tenYears = PainStats.analyse(BenchDiaries.of(3650, 10, 6, 6, 42));
    oneYear = PainStats.analyse(BenchDiaries.of(365, 8, 7, 6, 42));
  }

  @Benchmark
  public List<RenderedChart> tenYearDiaryPng() {
    return Charts.renderAll(tenYears, ChartOptions.withDefaults());
  }

  @Benchmark
  public List<RenderedChart> oneYearDiaryPng() {
    return Charts.renderAll(oneYear, ChartOptions.withDefaults());
  }
}
