package org.painstats.analysis;

import org.painstats.stats.Ar1Season;
import org.painstats.stats.Ar1Trend;
import org.painstats.stats.WeekdayEffects;

/**
 * The outcome's own trend, weekday and season models, each fitted once (on first use) for every
 * analysis that reads it: the trend, the weekdays and the shared structure.
 */
final class OutcomeModels {
  private final double[] y;
  private final int firstWeekday;
  private Ar1Trend trend;
  private WeekdayEffects weekdays;
  private Ar1Season season;

  OutcomeModels(DiaryCalendar cal, String outcome) {
    this.y = cal.series(outcome);
    this.firstWeekday = firstWeekday(cal);
  }

  /** The weekday of the diary's first day, 0 = Monday. */
  static int firstWeekday(DiaryCalendar cal) {
    return cal.length() == 0 ? 0 : cal.date(0).getDayOfWeek().ordinal();
  }

  /** The outcome by calendar day. */
  double[] series() {
    return y;
  }

  /** {@link Ar1Trend} of the outcome. */
  Ar1Trend trend() {
    if (trend == null) {
      trend = Ar1Trend.of(y, firstWeekday);
    }
    return trend;
  }

  /** {@link Ar1Season} of the outcome. */
  Ar1Season season() {
    if (season == null) {
      season = Ar1Season.of(y, firstWeekday);
    }
    return season;
  }

  /** {@link WeekdayEffects} of the outcome. */
  WeekdayEffects weekdays() {
    if (weekdays == null) {
      weekdays = WeekdayEffects.of(y, firstWeekday);
    }
    return weekdays;
  }
}
