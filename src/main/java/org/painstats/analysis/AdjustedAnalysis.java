package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.Estimate;
import org.painstats.stats.HacRegression;

/**
 * Each factor given the others: the outcome regressed on all factors together (each at its
 * strongest lag, all standardized), with autocorrelation-robust (Newey-West) errors, so factors
 * that move together, such as stress and sleep, are told apart.
 */
final class AdjustedAnalysis {
  private AdjustedAnalysis() {}

  static List<AdjustedFactor> run(DiaryCalendar cal, String outcome, List<FactorResult> strongest) {
    if (strongest.size() < 2) {
      return List.of();
    }
    double[] y = cal.series(outcome);
    double[][] x = new double[strongest.size()][];
    for (int j = 0; j < x.length; j++) {
      FactorResult f = strongest.get(j);
      x[j] = DiaryCalendar.lag(cal.series(f.factor()), f.lag());
    }
    HacRegression.Result r = HacRegression.fitStandardized(y, x);
    if (r.n() < Report.MIN_DAYS + x.length) {
      return List.of();
    }
    List<AdjustedFactor> out = new ArrayList<>();
    for (int j = 0; j < x.length; j++) {
      Estimate e = r.predictor(j);
      FactorResult f = strongest.get(j);
      out.add(
          new AdjustedFactor(f.factor(), f.lag(), e.value(), e.ciLow(), e.ciHigh(), e.pValue()));
    }
    return out;
  }
}
