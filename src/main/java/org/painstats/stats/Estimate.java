package org.painstats.stats;

import java.util.Locale;

/**
 * One estimated quantity with its standard error, 95% confidence interval and two-sided p-value
 * (for the hypothesis that the true value is 0).
 *
 * <p>Any field that cannot be computed is {@code NaN}; {@link #missing()} has all fields NaN.
 *
 * @param value the point estimate
 * @param standardError its estimated standard error
 * @param ciLow lower end of the 95% confidence interval
 * @param ciHigh upper end of the 95% confidence interval
 * @param pValue two-sided p-value for "the true value is 0"
 */
public record Estimate(
    double value, double standardError, double ciLow, double ciHigh, double pValue) {

  private static final Estimate MISSING =
      new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** An estimate whose every field is NaN: too few data, singular design or zero variance. */
  public static Estimate missing() {
    return MISSING;
  }

  /** The test statistic {@code value / standardError} (t or z, as the producer documents). */
  public double t() {
    return value / standardError;
  }

  /** True when the value is a number (the standard error may still be NaN). */
  public boolean isKnown() {
    return !Double.isNaN(value);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%.4g (se %.3g, 95%% CI %.4g to %.4g, p = %.3g)",
        value,
        standardError,
        ciLow,
        ciHigh,
        pValue);
  }
}
