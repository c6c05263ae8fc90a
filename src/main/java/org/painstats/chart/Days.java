package org.painstats.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.painstats.analysis.DiaryCalendar;
import org.painstats.diary.Diary;

/**
 * A diary laid on consecutive calendar days from its first to its last date, as the analysis lays
 * it: a day without an entry is NaN (or the empty approach), never skipped, so a lag of k days
 * pairs day t-k with day t by date and a chart shows a missing day as a gap.
 */
final class Days {
  private final DiaryCalendar calendar;

  private Days(Diary diary) {
    this.calendar = DiaryCalendar.of(diary);
  }

  static Days of(Diary diary) {
    return new Days(diary);
  }

  /** The number of calendar days from the first entry to the last (0 for an empty diary). */
  int length() {
    return calendar.length();
  }

  LocalDate date(int day) {
    return calendar.date(day);
  }

  /** The calendar dates, one per day. */
  List<LocalDate> dates() {
    List<LocalDate> out = new ArrayList<>(length());
    for (int t = 0; t < length(); t++) {
      out.add(date(t));
    }
    return out;
  }

  /** A numeric column by calendar day, NaN on days without an entry. */
  double[] series(String column) {
    return calendar.series(column);
  }

  /** The approach by calendar day: the empty string on days without one or without an entry. */
  String[] approaches() {
    String[] out = calendar.approaches();
    for (int t = 0; t < out.length; t++) {
      if (out[t] == null) {
        out[t] = "";
      }
    }
    return out;
  }

  /** Whether calendar day t has an entry in the diary. */
  boolean hasEntry(int t) {
    return calendar.hasEntry(t);
  }

  /** The series moved later by {@code lag} days: out[t] = x[t - lag], NaN before the start. */
  static double[] lag(double[] x, int lag) {
    return DiaryCalendar.lag(x, lag);
  }

  /** Days 0, 1, 2... as doubles. */
  double[] positions() {
    return calendar.days();
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
