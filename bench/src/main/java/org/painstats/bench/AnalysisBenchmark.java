package org.painstats.bench;

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
import org.painstats.analysis.AnalysisOptions;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;

/** Issue 3's target: a ten-year diary (3,650 days, 30 factors, 10 activities, 3 lags) < 200 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {
  private Diary tenYears;
  private Diary oneYear;
  private final AnalysisOptions lags = AnalysisOptions.withDefaults().withLags(0, 1, 2);

  @Setup
  public void setUp() {
    tenYears = BenchDiaries.of(3650, 30, 10, 6, 42);
    oneYear = BenchDiaries.of(365, 8, 7, 6, 42);
  }

  @Benchmark
  public Report tenYearDiary() {
    return PainStats.analyse(tenYears, lags);
  }

  @Benchmark
  public Report oneYearDiary() {
    return PainStats.analyse(oneYear, lags);
  }
}
