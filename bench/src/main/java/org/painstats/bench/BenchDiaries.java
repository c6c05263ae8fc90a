package org.painstats.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;

/**
 * Seeded diaries of a given size for benchmarks: pain and factors as AR(1) series, activities on
 * a third of days, approaches in periods of about two months with gaps, a few missing days.
 */
public final class BenchDiaries {
  private BenchDiaries() {}

  public static Diary of(int days, int factors, int activities, int approaches, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DiaryBuilder b = Diary.builder("bench-" + days + "d");
    LocalDate start = LocalDate.of(2015, 1, 1);
    double[] latent = new double[factors];
    double noise = 0;
    int period = Math.max(1, days / (approaches * 2 + 1));
    for (int i = 0; i < days; i++) {
      noise = 0.6 * noise + 0.8 * gaussian(r);
      for (int f = 0; f < factors; f++) {
        latent[f] = 0.5 * latent[f] + 0.87 * gaussian(r);
      }
      if (r.nextDouble() < 0.04) {
        continue; // a day without an entry
      }
      b.day(start.plusDays(i)).pain(Math.max(0, Math.min(10, Math.round(5 + noise - 0.4 * latent[0]))));
      for (int f = 0; f < factors; f++) {
        b.factor("factor_" + f, Math.round(5 + 2 * latent[f]));
      }
      for (int a = 0; a < activities; a++) {
        if (r.nextDouble() < 0.33) {
          b.activity("activity_" + a);
        } else {
          b.declareActivity("activity_" + a);
        }
      }
      int block = i / period;
      if (block % 2 == 1) {
        b.approach("approach_" + ((block / 2) % approaches));
      }
    }
    return b.build();
  }

  public static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
