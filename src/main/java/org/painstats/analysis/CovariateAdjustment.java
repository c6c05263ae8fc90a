package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.HacRegression;
import org.painstats.stats.MeanDifference;

/**
 * Removes from the outcome the part explained by the predictors the report found (sleep the night
 * before, yesterday's stress, heavy lifting), so that an approach is compared with the baseline on
 * less noisy days: the same answer, a narrower interval.
 *
 * <p>Stage 1 regresses the outcome on the predictors and one indicator per period (each approach,
 * and the no-approach days after the baseline) over the whole diary, so the predictors' effects are
 * estimated within periods. Stage 2 subtracts each predictor's part (a missing value contributes
 * nothing) and leaves the comparison to {@link MeanDifference}. A predictor whose level itself
 * differs between the baseline and the approach (p &lt; 0.10) is left out: it may be how the
 * approach works (or a result of less pain, as mood is), and adjusting for it would hide the
 * effect.
 */
final class CovariateAdjustment {
  /** Predictors shifted by the approach at this p-value or below are not adjusted for. */
  static final double SHIFT_P = 0.10;

  private CovariateAdjustment() {}

  /** The adjusted outcome and the labels of the predictors adjusted for. */
  record Adjusted(double[] y, List<String> labels) {}

  static Adjusted adjust(
      double[] y, double[] phase, List<Covariate> covariates, List<double[]> periods) {
    List<Covariate> kept = new ArrayList<>();
    for (Covariate c : covariates) {
      double p = MeanDifference.of(c.series(), phase).pValue();
      if (!(p < SHIFT_P)) {
        kept.add(c);
      }
    }
    if (kept.isEmpty()) {
      return new Adjusted(y, List.of());
    }
    double[][] x = new double[kept.size() + periods.size()][];
    double[] means = new double[kept.size()];
    for (int j = 0; j < kept.size(); j++) {
      means[j] = Series.mean(kept.get(j).series());
      x[j] = imputed(kept.get(j).series(), means[j]);
    }
    for (int k = 0; k < periods.size(); k++) {
      x[kept.size() + k] = periods.get(k);
    }
    double[] coefficients = HacRegression.coefficients(y, x);
    double[] out = y.clone();
    for (int j = 0; j < kept.size(); j++) {
      double b = coefficients[j + 1];
      if (Double.isNaN(b)) {
        return new Adjusted(y, List.of());
      }
      for (int t = 0; t < out.length; t++) {
        out[t] -= b * (x[j][t] - means[j]);
      }
    }
    return new Adjusted(out, kept.stream().map(Covariate::label).toList());
  }

  private static double[] imputed(double[] x, double mean) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      if (Double.isNaN(out[i])) {
        out[i] = mean;
      }
    }
    return out;
  }
}
