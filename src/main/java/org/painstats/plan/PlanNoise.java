package org.painstats.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;

/**
 * The day-to-day noise of a person's outcome, as an AR(1) process, to simulate trials of a plan
 * with it: the outcome less the mean of each approach period (and of the days without one), its
 * lag-1 autocorrelation over pairs of consecutive calendar days, and its standard deviation.
 *
 * @param phi the lag-1 autocorrelation, kept within 0 to 0.95 (a negative one is taken as 0)
 * @param sd the standard deviation of the outcome around its period means
 * @param days the days with an outcome it was estimated from
 */
public record PlanNoise(double phi, double sd, int days) {
  /** The fewest days with an outcome to estimate the noise from. */
  public static final int MIN_DAYS = 14;

  /** The noise of a diary's outcome. */
  public static PlanNoise of(Diary diary) {
    double[] y = diary.outcomeValues();
    List<String> approach = diary.approachByDay();
    List<LocalDate> dates = diary.dates();
    Map<String, double[]> sums = new HashMap<>();
    int n = 0;
    for (int i = 0; i < y.length; i++) {
      if (!Double.isNaN(y[i])) {
        double[] s = sums.computeIfAbsent(approach.get(i), k -> new double[2]);
        s[0] += y[i];
        s[1]++;
        n++;
      }
    }
    if (n < MIN_DAYS) {
      throw new DiaryFormatException(
          diary.source()
              + ": "
              + n
              + " days with "
              + diary.outcome()
              + "; the day-to-day noise needs at least "
              + MIN_DAYS);
    }
    double[] e = new double[y.length];
    double ss = 0;
    for (int i = 0; i < y.length; i++) {
      double[] s = sums.get(approach.get(i));
      e[i] = Double.isNaN(y[i]) ? Double.NaN : y[i] - s[0] / s[1];
      ss += Double.isNaN(e[i]) ? 0 : e[i] * e[i];
    }
    double lagged = 0;
    double laggedSquares = 0;
    for (int i = 1; i < y.length; i++) {
      boolean next = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)) == 1;
      if (next && !Double.isNaN(e[i]) && !Double.isNaN(e[i - 1])) {
        lagged += e[i] * e[i - 1];
        laggedSquares += (e[i] * e[i] + e[i - 1] * e[i - 1]) / 2;
      }
    }
    double phi = laggedSquares == 0 ? 0 : lagged / laggedSquares;
    double sd = Math.sqrt(ss / Math.max(1, n - sums.size()));
    return new PlanNoise(Math.max(0, Math.min(0.95, phi)), sd, n);
  }
}
