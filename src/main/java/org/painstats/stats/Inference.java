package org.painstats.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;

/** Confidence intervals and two-sided p-values from an estimate and its standard error. */
final class Inference {
  /** The 97.5% quantile of the standard normal distribution. */
  static final double Z_975 = 1.959963984540054;

  private Inference() {}

  /**
   * An estimate whose statistic {@code value / se} follows Student's t with {@code df} degrees of
   * freedom: CI {@code value +- t(0.975, df) se}, p = 2 P(T > |t|). NaN fields where se is not a
   * positive number or df is below 1.
   */
  static Estimate studentT(double value, double se, double df) {
    if (!(se > 0) || Double.isInfinite(se) || !(df >= 1) || Double.isNaN(value)) {
      return new Estimate(value, se, Double.NaN, Double.NaN, Double.NaN);
    }
    TDistribution dist = new TDistribution(null, df, 1e-12);
    double q = dist.inverseCumulativeProbability(0.975);
    double p = 2 * dist.cumulativeProbability(-Math.abs(value / se));
    return new Estimate(value, se, value - q * se, value + q * se, Math.min(1.0, p));
  }

  /** Two-sided p-value of a standard normal statistic: 2 P(Z > |z|); NaN for NaN. */
  static double normalTwoSided(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }
}
