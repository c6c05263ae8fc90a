package org.painstats.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import org.painstats.PainStats;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;
import org.painstats.stats.RollingMean;

/** The diaries the chart tests draw: the sample, and small ones written in code. */
final class ChartDiaries {
  private ChartDiaries() {}

  static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static Report sample;

  /** The bundled sample diary's report (analysed once). */
  static synchronized Report sample() {
    if (sample == null) {
      sample = PainStats.analyse(PainStats.read(Path.of("sample-data/diary.csv")));
    }
    return sample;
  }

  /** Three days with a factor, an activity and an approach: too few for any statistic. */
  static Report threeDays() {
    DiaryBuilder b = Diary.builder("three");
    for (int i = 0; i < 3; i++) {
      b.day(START.plusDays(i))
          .pain(i + 3)
          .factor("sleep_hours", 7 + i)
          .activity("walk")
          .approach(i > 0 ? "McKenzie exercises" : "");
    }
    return PainStats.analyse(b.build());
  }

  /** Sixty days of pain alone: no factor, no activity, no approach. */
  static Report painOnly() {
    DiaryBuilder b = Diary.builder("pain-only");
    for (int i = 0; i < 60; i++) {
      b.day(START.plusDays(i)).pain((i * 7) % 11);
    }
    return PainStats.analyse(b.build());
  }

  /** Sixty days of pain and a factor that has nothing to do with it. */
  static Report painOnlyWithNoise() {
    DiaryBuilder b = Diary.builder("noise");
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < 60; i++) {
      b.day(START.plusDays(i)).pain(r.nextInt(11)).factor("coffee", r.nextInt(5));
    }
    return PainStats.analyse(b.build());
  }

  /** One day. */
  static Report oneDay() {
    return PainStats.analyse(Diary.builder("one").day(START).pain(4).build());
  }

  /** Days without any pain written. */
  static Report noPain() {
    DiaryBuilder b = Diary.builder("no-pain");
    for (int i = 0; i < 20; i++) {
      b.day(START.plusDays(i)).pain(Double.NaN).factor("stress", i % 5);
    }
    return PainStats.analyse(b.build());
  }

  /** Whether two arrays are equal, NaN equal to NaN, within a tolerance. */
  static boolean sameValues(double[] a, double[] b, double tolerance) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      boolean bothNaN = Double.isNaN(a[i]) && Double.isNaN(b[i]);
      if (!bothNaN && !(Math.abs(a[i] - b[i]) <= tolerance)) {
        return false;
      }
    }
    return true;
  }

  static double[] rolling(double[] y) {
    return RollingMean.trailing(y, 7);
  }
}
