package org.painstats.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.painstats.PainStats;
import org.painstats.analysis.AnalysisOptions;
import org.painstats.diary.Diary;

/**
 * Thread CPU time of AnalysisBenchmark's two analyses, for a loaded machine where JMH's wall times
 * measure the other processes as much as this one: a warm-up, then the median and minimum CPU time
 * of the calls that follow. Run: {@code java -cp target/benchmarks.jar
 * org.painstats.bench.AnalysisCpuTime [warm-up calls] [measured calls]}.
 */
public final class AnalysisCpuTime {
  private AnalysisCpuTime() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    AnalysisOptions lags = AnalysisOptions.withDefaults().withLags(0, 1, 2);
    report("tenYearDiary", BenchDiaries.of(3650, 30, 10, 6, 42), lags, warmUp, measured);
    report("oneYearDiary", BenchDiaries.of(365, 8, 7, 6, 42), lags, 10 * warmUp, 10 * measured);
  }

  private static void report(
      String name, Diary diary, AnalysisOptions lags, int warmUp, int measured) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmUp; i++) {
      PainStats.analyse(diary, lags);
    }
    double[] cpu = new double[measured];
    double[] wall = new double[measured];
    for (int i = 0; i < measured; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      PainStats.analyse(diary, lags);
      cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
      wall[i] = (System.nanoTime() - w0) / 1e6;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(
        Locale.ROOT,
        "%s: thread CPU median %.1f ms, min %.1f ms; wall median %.1f ms (%d calls after %d)%n",
        name,
        cpu[measured / 2],
        cpu[0],
        wall[measured / 2],
        measured,
        warmUp);
  }
}
