package org.painstats.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.painstats.diary.Diary;

/**
 * A diary laid on consecutive calendar days from its first to its last date, as the analysis lays
 * it: a day without an entry is NaN (or the empty approach), never skipped, so a lag of k days
 * pairs day t-k with day t by date and a chart shows a missing day as a gap.
 */
final class Days {
  private final Diary diary;
  private final LocalDate first;
  private final int length;
  private final int[] index;

  private Days(Diary diary) {
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

  static Days of(Diary diary) {
    return new Days(diary);
  }

  /** The number of calendar days from the first entry to the last (0 for an empty diary). */
  int length() {
    return length;
  }

  LocalDate date(int day) {
    return first.plusDays(day);
  }

  /** The calendar dates, one per day. */
  List<LocalDate> dates() {
    List<LocalDate> out = new ArrayList<>(length);
    for (int t = 0; t < length; t++) {
      out.add(date(t));
    }
    return out;
  }

  /** A numeric column by calendar day, NaN on days without an entry. */
  double[] series(String column) {
    double[] byRow = diary.values(column);
    double[] out = new double[length];
    Arrays.fill(out, Double.NaN);
    for (int i = 0; i < index.length; i++) {
      out[index[i]] = byRow[i];
    }
    return out;
  }

  /** The approach by calendar day: the empty string on days without one or without an entry. */
  String[] approaches() {
    String[] out = new String[length];
    Arrays.fill(out, "");
    List<String> a = diary.approachByDay();
    for (int i = 0; i < index.length; i++) {
      out[index[i]] = a.get(i);
    }
    return out;
  }

  /** Whether calendar day t has an entry in the diary. */
  boolean hasEntry(int t) {
    return java.util.Arrays.binarySearch(index, t) >= 0;
  }

  /** The series moved later by {@code lag} days: out[t] = x[t - lag], NaN before the start. */
  static double[] lag(double[] x, int lag) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    if (lag < x.length) {
      System.arraycopy(x, 0, out, lag, x.length - lag);
    }
    return out;
  }

  /** Days 0, 1, 2... as doubles. */
  double[] positions() {
    double[] t = new double[length];
    for (int i = 0; i < length; i++) {
      t[i] = i;
    }
    return t;
  }

  /** A date as XChart takes it: midnight UTC. */
  static Date toDate(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Noon UTC of a date plus a fraction of days, as XChart's x value (milliseconds). */
  static double millis(LocalDate d, double plusDays) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + plusDays * 86_400_000d;
  }
}
