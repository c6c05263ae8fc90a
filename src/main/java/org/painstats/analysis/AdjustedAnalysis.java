package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.Estimate;
import org.painstats.stats.JointLinks;

/**
 * Each factor given the others, on the same footing as each factor alone: the outcome less its
 * calendar structure regressed on all factors less theirs, each at its strongest lag, with the
 * outcome's AR(1) error model, standardized ({@link JointLinks}). Each factor's lag was chosen
 * among the report's lags by its own p-value, so its p-value here is multiplied by their number and
 * its interval widened to match: factors that move together, such as stress and sleep, are told
 * apart without the lag choice passing for evidence.
 */
final class AdjustedAnalysis {
  private AdjustedAnalysis() {}

  static List<AdjustedFactor> run(Destructured d, List<FactorResult> strongest, int lags) {
    if (strongest.size() < 2) {
      return List.of();
    }
    List<double[]> x = new ArrayList<>();
    for (FactorResult f : strongest) {
      x.add(DiaryCalendar.lag(d.residuals(f.factor()), f.lag()));
    }
    List<Estimate> r = JointLinks.of(d.outcome(), x, d.columns(), d.rho(), lags);
    if (r.isEmpty()) {
      return List.of();
    }
    List<AdjustedFactor> out = new ArrayList<>();
    for (int j = 0; j < x.size(); j++) {
      Estimate e = r.get(j);
      FactorResult f = strongest.get(j);
      out.add(
          new AdjustedFactor(f.factor(), f.lag(), e.value(), e.ciLow(), e.ciHigh(), e.pValue()));
    }
    return out;
  }
}
