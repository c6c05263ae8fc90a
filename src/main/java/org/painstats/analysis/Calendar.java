package org.painstats.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.painstats.diary.Diary;

/**
 * A diary laid on consecutive calendar days from its first to its last date: a day without an entry
 * is NaN, never skipped over, so a lag of k days pairs day t-k with day t by date.
 */
final class Calendar {
  final LocalDate first;
  final int length;
  private final int[] index;
  private final Diary diary;

  Calendar(Diary diary) {
    this.diary = diary;
    List<LocalDate> dates = diary.dates();
    this.first = dates.isEmpty() ? LocalDate.EPOCH : dates.get(0);
    this.length =
        dates.isEmpty() ? 0 : (int) ChronoUnit.DAYS.between(first, dates.get(dates.size() - 1)) + 1;
    this.index = new int[dates.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = (int) ChronoUnit.DAYS.between(first, dates.get(i));
    }
  }

  /** A numeric column by calendar day. */
  double[] series(String column) {
    return spread(diary.values(column));
  }

  double[] spread(double[] byRow) {
    double[] out = new double[length];
    Arrays.fill(out, Double.NaN);
    for (int i = 0; i < index.length; i++) {
      out[index[i]] = byRow[i];
    }
    return out;
  }

  /** The approach by calendar day, null on days without an entry. */
  String[] approaches() {
    String[] out = new String[length];
    List<String> a = diary.approachByDay();
    for (int i = 0; i < index.length; i++) {
      out[index[i]] = a.get(i);
    }
    return out;
  }

  LocalDate date(int day) {
    return first.plusDays(day);
  }

  /** The series moved later by {@code lag} days: out[t] = x[t - lag]. */
  static double[] lag(double[] x, int lag) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    if (lag < x.length) {
      System.arraycopy(x, 0, out, lag, x.length - lag);
    }
    return out;
  }

  /** Days 0, 1, 2... as doubles. */
  double[] days() {
    double[] t = new double[length];
    for (int i = 0; i < length; i++) {
      t[i] = i;
    }
    return t;
  }

  /**
   * The series minus the mean of its approach period: each approach is one period and the days
   * without an approach another, so a change of level between periods (what the approach analysis
   * is about) does not pass for day-to-day association. Unchanged when there are no approaches.
   */
  double[] withoutPeriodMeans(double[] y) {
    String[] by = approaches();
    java.util.Map<String, double[]> sums = new java.util.HashMap<>();
    for (int t = 0; t < y.length; t++) {
      if (by[t] != null && !Double.isNaN(y[t])) {
        double[] s = sums.computeIfAbsent(by[t], k -> new double[2]);
        s[0] += y[t];
        s[1]++;
      }
    }
    if (sums.size() < 2) {
      return y;
    }
    double[] out = new double[y.length];
    for (int t = 0; t < y.length; t++) {
      out[t] =
          by[t] == null || Double.isNaN(y[t])
              ? Double.NaN
              : y[t] - sums.get(by[t])[0] / sums.get(by[t])[1];
    }
    return out;
  }
}
