package org.painstats.analysis;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.painstats.stats.Ar1Trend;
import org.painstats.stats.Estimate;

/**
 * The overall trend: a straight line through the daily values with AR(1) errors and the weekly
 * rhythm accounted for ({@link Ar1Trend}), so its p-value holds on autocorrelated diaries and its
 * interval agrees with it.
 */
final class TrendAnalysis {
  static final String METHOD =
      "daily values; straight-line slope by generalised least squares with AR(1) errors (REML, the"
          + " slope's error taken one standard error of rho higher) and weekday means; Student's t"
          + " interval and p-value";

  private TrendAnalysis() {}

  static TrendResult run(String outcome, int outcomeDays, OutcomeModels models) {
    if (outcomeDays < Report.MIN_DAYS) {
      return missing(
          outcomeDays,
          "Not enough data to say whether "
              + outcome
              + " changed over time: "
              + outcomeDays
              + " days recorded ("
              + Report.MIN_DAYS
              + " needed).");
    }
    double[] y = models.series();
    Ar1Trend fit = models.trend();
    Estimate e = fit.slope();
    if (!e.isKnown() || Double.isNaN(e.pValue())) {
      return missing(
          outcomeDays, "Not enough days to say whether " + outcome + " changed over time.");
    }
    double slope = e.value();
    String interval =
        "95% CI "
            + Words.num(e.ciLow(), 3)
            + " to "
            + Words.num(e.ciHigh(), 3)
            + ", "
            + Words.p(e.pValue());
    String summary =
        e.pValue() < 0.05
            ? "Over the diary, "
                + outcome
                + " "
                + (slope < 0 ? "fell" : "rose")
                + " by about "
                + Words.num(Math.abs(slope), 3)
                + " points a week ("
                + interval
                + ")."
            : "No clear trend in "
                + outcome
                + " over the diary ("
                + Words.num(slope, 3)
                + " points a week, "
                + interval
                + ").";
    // The line's value on the first day: the mean of the values less the slope times their day.
    SimpleRegression naive = new SimpleRegression();
    double sum = 0;
    int n = 0;
    for (int t = 0; t < y.length; t++) {
      if (!Double.isNaN(y[t])) {
        sum += y[t] - slope / 7 * t;
        n++;
        naive.addData(t, y[t]);
      }
    }
    return new TrendResult(
        slope,
        sum / n,
        e.ciLow(),
        e.ciHigh(),
        e.pValue(),
        naive.getSignificance(),
        fit.n(),
        METHOD,
        summary);
  }

  private static TrendResult missing(int outcomeDays, String summary) {
    double nan = Double.NaN;
    return new TrendResult(nan, nan, nan, nan, nan, nan, outcomeDays, METHOD, summary);
  }
}
