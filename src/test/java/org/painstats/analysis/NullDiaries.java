package org.painstats.analysis;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;

/** Seeded diaries in which nothing is true: every series independent of pain. */
final class NullDiaries {
  private NullDiaries() {}

  static double[] ar1(SplittableRandom r, int n, double phi) {
    double[] x = new double[n];
    double sd = Math.sqrt(1 - phi * phi);
    x[0] = gaussian(r);
    for (int i = 1; i < n; i++) {
      x[i] = phi * x[i - 1] + sd * gaussian(r);
    }
    return x;
  }

  static double[] randomWalk(SplittableRandom r, int n) {
    double[] x = new double[n];
    for (int i = 1; i < n; i++) {
      x[i] = x[i - 1] + gaussian(r);
    }
    return x;
  }

  static double gaussian(SplittableRandom r) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * Pain and 8 factors as independent AR(1) series (or random walks), plus 4 activities done at
   * random on 30% of days.
   */
  static Diary of(long seed, int days, boolean randomWalks) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] pain = randomWalks ? randomWalk(r, days) : ar1(r, days, 0.7);
    double[][] factors = new double[8][];
    for (int f = 0; f < factors.length; f++) {
      factors[f] = randomWalks ? randomWalk(r, days) : ar1(r, days, 0.7);
    }
    DiaryBuilder b = Diary.builder("null-" + seed);
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < days; i++) {
      b.day(start.plusDays(i)).pain(5 + pain[i]);
      for (int f = 0; f < factors.length; f++) {
        b.factor("factor_" + f, factors[f][i]);
      }
      for (int a = 0; a < 4; a++) {
        if (r.nextDouble() < 0.3) {
          b.activity("activity_" + a);
        } else {
          b.declareActivity("activity_" + a);
        }
      }
    }
    return b.build();
  }
}
