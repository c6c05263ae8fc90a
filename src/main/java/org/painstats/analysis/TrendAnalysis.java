package org.painstats.analysis;

import org.painstats.stats.MannKendall;
import org.painstats.stats.TheilSen;

/** The overall trend: Theil-Sen slope and the Mann-Kendall test corrected for autocorrelation. */
final class TrendAnalysis {
  static final String METHOD =
      "Theil-Sen slope with Sen's 95% interval; Mann-Kendall test with the Hamed-Rao (1998)"
          + " correction for autocorrelation";

  private TrendAnalysis() {}

  static TrendResult run(Calendar cal, String outcome, int outcomeDays) {
    double nan = Double.NaN;
    if (outcomeDays < Report.MIN_DAYS) {
      return new TrendResult(
          nan,
          nan,
          nan,
          nan,
          nan,
          outcomeDays,
          METHOD,
          "Not enough data to say whether "
              + outcome
              + " changed over time: "
              + outcomeDays
              + " days recorded ("
              + Report.MIN_DAYS
              + " needed).");
    }
    double[] y = cal.series(outcome);
    TheilSen ts = TheilSen.fit(y, cal.days());
    MannKendall mk = MannKendall.test(y);
    double slope = ts.slope() * 7;
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
              + Words.num(ts.slopeLow() * 7, 3)
              + " to "
              + Words.num(ts.slopeHigh() * 7, 3)
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
              + Words.num(ts.slopeLow() * 7, 3)
              + " to "
              + Words.num(ts.slopeHigh() * 7, 3)
              + ", "
              + Words.p(mk.pValue())
              + ").";
    }
    return new TrendResult(
        slope,
        ts.slopeLow() * 7,
        ts.slopeHigh() * 7,
        mk.pValue(),
        mk.pValueUncorrected(),
        ts.n(),
        METHOD,
        summary);
  }
}
