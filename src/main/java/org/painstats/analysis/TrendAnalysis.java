package org.painstats.analysis;

import org.painstats.stats.MannKendall;
import org.painstats.stats.TheilSen;

/** The overall trend: Theil-Sen slope and the Mann-Kendall test corrected for autocorrelation. */
final class TrendAnalysis {
  static final String METHOD =
      "weekly means of daily values; Theil-Sen slope with Sen's 95% interval; Mann-Kendall test"
          + " with the Hamed-Rao (1998) correction for autocorrelation";

  /** The fewest days with a value for a week's mean to count. */
  static final int MIN_DAYS_A_WEEK = 4;

  private TrendAnalysis() {}

  static TrendResult run(DiaryCalendar cal, String outcome, int outcomeDays) {
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
    // Weekly means: pain is written in whole points, so most pairwise daily slopes tie at zero and
    // Sen's interval collapses to [0, 0]; a week's mean is finer and less noisy.
    double[] weeks = weeklyMeans(cal.series(outcome));
    TheilSen ts = TheilSen.fit(weeks);
    MannKendall mk = MannKendall.test(weeks);
    if (ts.n() < 3) {
      return missing(
          outcomeDays, "Not enough weeks to say whether " + outcome + " changed over time.");
    }
    double slope = ts.slope();
    String summary;
    if (mk.pValue() < 0.05) {
      summary =
          "Over the diary, "
              + outcome
              + " "
              + (slope < 0 ? "fell" : "rose")
              + " by about "
              + Words.num(Math.abs(slope), 3)
              + " points a week (95% CI "
              + Words.num(ts.slopeLow(), 3)
              + " to "
              + Words.num(ts.slopeHigh(), 3)
              + ", "
              + Words.p(mk.pValue())
              + ").";
    } else {
      summary =
          "No clear trend in "
              + outcome
              + " over the diary ("
              + Words.num(slope, 3)
              + " points a week, 95% CI "
              + Words.num(ts.slopeLow(), 3)
              + " to "
              + Words.num(ts.slopeHigh(), 3)
              + ", "
              + Words.p(mk.pValue())
              + ").";
    }
    // Week w's mean stands for its middle day, 7w + 3.
    double start = ts.intercept() - 3 * slope / 7;
    return new TrendResult(
        slope,
        start,
        ts.slopeLow(),
        ts.slopeHigh(),
        mk.pValue(),
        mk.pValueUncorrected(),
        ts.n(),
        METHOD,
        summary);
  }

  private static TrendResult missing(int outcomeDays, String summary) {
    double nan = Double.NaN;
    return new TrendResult(nan, nan, nan, nan, nan, nan, outcomeDays, METHOD, summary);
  }

  /** Means of consecutive 7-day weeks from the first day; NaN for a week with too few values. */
  static double[] weeklyMeans(double[] daily) {
    double[] out = new double[(daily.length + 6) / 7];
    for (int w = 0; w < out.length; w++) {
      double s = 0;
      int n = 0;
      for (int t = 7 * w; t < Math.min(daily.length, 7 * w + 7); t++) {
        if (!Double.isNaN(daily[t])) {
          s += daily[t];
          n++;
        }
      }
      out[w] = n >= MIN_DAYS_A_WEEK ? s / n : Double.NaN;
    }
    return out;
  }
}
