package org.painstats.analysis;

import org.painstats.stats.Ar1Trend;
import org.painstats.stats.WeekdayEffects;

/**
 * The outcome's own trend and weekday models, each fitted once (on first use) for every analysis
 * that reads it: the trend, the weekdays and the shared structure.
 */
final class OutcomeModels {
  private final double[] y;
  private final int firstWeekday;
  private Ar1Trend trend;
  private WeekdayEffects weekdays;

  OutcomeModels(DiaryCalendar cal, String outcome) {
    this.y = cal.series(outcome);
    this.firstWeekday = cal.length() == 0 ? 0 : cal.date(0).getDayOfWeek().ordinal();
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

  /** {@link WeekdayEffects} of the outcome. */
  WeekdayEffects weekdays() {
    if (weekdays == null) {
      weekdays = WeekdayEffects.of(y, firstWeekday);
    }
    return weekdays;
  }
}
