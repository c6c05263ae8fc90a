package org.painstats.stats;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The least-squares line through the complete pairs of two series, as a scatter plot draws it.
 *
 * <p>Degenerate cases: fewer than 2 complete pairs or a constant x give NaN intercept and slope.
 * Reference: Commons Math {@link SimpleRegression}; R {@code lm(y ~ x)}.
 *
 * @param intercept the line's value at x = 0
 * @param slope its slope, y units per x unit
 */
public record LineFit(double intercept, double slope) {

  /** The line of y on x over the pairs where both are present (NaN = missing). */
  public static LineFit of(double[] x, double[] y) {
    SeriesArguments.requireSameLength(x, y);
    SimpleRegression r = new SimpleRegression();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        r.addData(x[i], y[i]);
      }
    }
    return new LineFit(r.getIntercept(), r.getSlope());
  }

  /** The line's value at x. */
  public double at(double x) {
    return intercept + slope * x;
  }
}
