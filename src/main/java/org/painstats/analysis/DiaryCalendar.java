package org.painstats.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.painstats.diary.Diary;

/**
 * A diary laid on consecutive calendar days from its first to its last date: a day without an entry
 * is NaN, never skipped over, so a lag of k days pairs day t-k with day t by date. The analyses and
 * the charts read the diary through it.
 */
public final class DiaryCalendar {
  private final LocalDate first;
  private final int length;
  private final int[] index;
  private final Diary diary;

  /** The calendar of a diary. */
  public static DiaryCalendar of(Diary diary) {
    return new DiaryCalendar(diary);
  }

  private DiaryCalendar(Diary diary) {
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

  /** The number of calendar days from the first entry to the last (0 for an empty diary). */
  public int length() {
    return length;
  }

  /** Whether calendar day t has an entry in the diary. */
  public boolean hasEntry(int t) {
    return Arrays.binarySearch(index, t) >= 0;
  }

  /** A numeric column by calendar day, NaN on days without an entry. */
  public double[] series(String column) {
    return spread(diary.values(column));
  }

  private double[] spread(double[] byRow) {
    double[] out = new double[length];
    Arrays.fill(out, Double.NaN);
    for (int i = 0; i < index.length; i++) {
      out[index[i]] = byRow[i];
    }
    return out;
  }

  /** The approach by calendar day, null on days without an entry. */
  public String[] approaches() {
    String[] out = new String[length];
    List<String> a = diary.approachByDay();
    for (int i = 0; i < index.length; i++) {
      out[index[i]] = a.get(i);
    }
    return out;
  }

  /** The date of calendar day t (0 is the first entry's day). */
  public LocalDate date(int day) {
    return first.plusDays(day);
  }

  /** The series moved later by {@code lag} days: out[t] = x[t - lag]. */
  public static double[] lag(double[] x, int lag) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    if (lag < x.length) {
      System.arraycopy(x, 0, out, lag, x.length - lag);
    }
    return out;
  }

  /** Days 0, 1, 2... as doubles. */
  public double[] days() {
    double[] t = new double[length];
    for (int i = 0; i < length; i++) {
      t[i] = i;
    }
    return t;
  }

  /** The period key of the days before any approach. */
  static final String BASELINE = " baseline";

  /** The period key of the days without an approach after the first one. */
  static final String BETWEEN = " between";

  /**
   * The period of each calendar day: {@link #BASELINE}, an approach's name, or {@link #BETWEEN};
   * {@code null} on a day without an entry. (Approach names are stripped, so the keys with a
   * leading space cannot clash with them.)
   */
  String[] periods() {
    String[] by = approaches();
    String[] out = new String[length];
    boolean started = false;
    for (int t = 0; t < length; t++) {
      started |= by[t] != null && !by[t].isEmpty();
      out[t] = by[t] == null ? null : !by[t].isEmpty() ? by[t] : started ? BETWEEN : BASELINE;
    }
    return out;
  }

  /**
   * The series minus the mean of its period (see {@link #periods()}), so a change of level between
   * periods, which the approach analysis is about, does not pass for day-to-day association.
   * Unchanged when the diary has no approach.
   */
  double[] withoutPeriodMeans(double[] y) {
    return hasApproaches() ? Series.minusGroupMeans(y, periods()) : y;
  }

  /** Whether any day names an approach. */
  boolean hasApproaches() {
    return !diary.approaches().isEmpty();
  }
}
