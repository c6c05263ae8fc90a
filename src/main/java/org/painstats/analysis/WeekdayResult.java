package org.painstats.analysis;

import java.time.DayOfWeek;

/**
 * The outcome on one weekday: its mean with an interval, and how far it lies from the average
 * weekday, tested with the AR(1) error model of the factors and the trend.
 *
 * @param weekday the day of the week
 * @param days days with an outcome on this weekday
 * @param mean the mean outcome on this weekday
 * @param meanCiLow lower end of the 95% interval of {@code mean} (weekly carry-over allowed for)
 * @param meanCiHigh upper end
 * @param effectiveN the effective number of independent days behind the mean's interval
 * @param difference {@code mean} minus the mean of all days, plain
 * @param differenceTested the difference the interval and p-value are about: the weekday's level
 *     minus the average of the seven weekdays' levels, with slow drift and day-to-day carry-over
 *     accounted for ({@link org.painstats.stats.WeekdayEffects}); close to {@code difference} when
 *     nothing drifts
 * @param ciLow lower end of the 95% interval of {@code differenceTested} (AR(1) errors; excludes 0
 *     exactly when {@code pValue < 0.05})
 * @param ciHigh upper end
 * @param pValue p-value for "this weekday is like the average weekday"
 * @param qValue Benjamini-Hochberg adjusted p-value over the seven weekdays
 * @param significant whether {@code qValue < 0.05}
 */
public record WeekdayResult(
    DayOfWeek weekday,
    int days,
    double mean,
    double meanCiLow,
    double meanCiHigh,
    double effectiveN,
    double difference,
    double differenceTested,
    double ciLow,
    double ciHigh,
    double pValue,
    double qValue,
    boolean significant) {

  /** The weekday's English name: "Monday". */
  public String name() {
    return weekday.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
  }
}
