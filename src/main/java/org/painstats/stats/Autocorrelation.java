package org.painstats.stats;

import java.util.Arrays;

/**
 * The sample autocorrelation function of a series, lag 0 to {@code maxLag}, with missing values
 * treated as gaps in time.
 *
 * <p>Definition: N = x.length, M the number of present values, m their mean, d_t = x_t - m, P(k)
 * the number of positions t with both x_t and x_{t-k} present (P(k) = N - k without gaps), and
 *
 * <pre>
 *   acf(k) = ((N - k)/N) * [ sum_{t: x_t, x_{t-k} present} d_t d_{t-k} / P(k) ] / [ sum d_t^2 / M ]
 * </pre>
 *
 * Without missing values this is the standard (biased, divisor N) estimator sum d_t d_{t-k} / sum
 * d_t^2, so acf(0) = 1 and |acf(k)| &lt;= 1. With missing values each lag is estimated from the
 * P(k) pairs that exist and then given the same (N - k)/N taper, so that gaps do not shrink the
 * autocorrelation toward 0 (statsmodels' {@code missing='conservative'} with {@code adjusted=False}
 * does shrink it); |acf(k)| can then slightly exceed 1. A lag is a distance in positions (days),
 * never in present values.
 *
 * <p>Degenerate cases: fewer than 3 present values, or a constant series, give an array of NaN; a
 * lag with no pair of present values (P(k) = 0) gives NaN at that lag. A lag that is negative or
 * not shorter than the series is a caller mistake and throws {@link IllegalArgumentException}.
 *
 * <p>Cost: the sums over pairs are taken directly, O(N maxLag): the report asks for lag 1 only (the
 * weekday intervals of {@link MeanInterval}), so the FFT this once used for long lags was deleted
 * with the link test that needed them.
 *
 * <p>Reference: Box, Jenkins &amp; Reinsel, <i>Time Series Analysis</i>, eq. (2.1.12). Without
 * missing values equal to statsmodels 0.13 {@code acf(x, nlags=maxLag, adjusted=False, fft=False)}
 * and R {@code acf(x, lag.max = maxLag, plot = FALSE)}; with missing values equal to statsmodels
 * {@code acf(x, nlags=maxLag, adjusted=True, fft=False, missing='conservative')} times (N - k)/N.
 */
public final class Autocorrelation {

  private Autocorrelation() {}

  /**
   * The autocorrelations at lags 0 to {@code maxLag} (element k is the lag-k value); NaN = missing.
   *
   * @throws IllegalArgumentException unless 0 &lt;= maxLag &lt; x.length
   */
  public static double[] acf(double[] x, int maxLag) {
    SeriesArguments.requireSeries(x, "x");
    SeriesArguments.requireLagInRange(maxLag, x.length);
    Centred c = Centred.of(x);
    if (c == null) {
      return nan(maxLag);
    }
    return c.acf(maxLag);
  }

  private static double[] nan(int maxLag) {
    double[] acf = new double[maxLag + 1];
    Arrays.fill(acf, Double.NaN);
    return acf;
  }

  /** A series minus the mean of its present values, 0 where missing; null when degenerate. */
  private static final class Centred {
    final double[] d;
    final boolean[] present;
    final double variance;

    private Centred(double[] d, boolean[] present, double variance) {
      this.d = d;
      this.present = present;
      this.variance = variance;
    }

    static Centred of(double[] x) {
      int present = 0;
      double sum = 0;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          present++;
          sum += v;
        }
      }
      if (present < 3 || isConstant(x)) {
        return null;
      }
      double mean = sum / present;
      double[] d = new double[x.length];
      boolean[] mask = new boolean[x.length];
      double c0 = 0;
      for (int t = 0; t < x.length; t++) {
        if (!Double.isNaN(x[t])) {
          d[t] = x[t] - mean;
          mask[t] = true;
          c0 += d[t] * d[t];
        }
      }
      return new Centred(d, mask, c0 / present);
    }

    /** The ACF from the sums of d_t d_{t-k} over the pairs present (a missing day adds 0). */
    double[] acf(int maxLag) {
      int n = d.length;
      double[] acf = nan(maxLag);
      for (int k = 0; k <= maxLag; k++) {
        double sum = 0;
        int pairs = 0;
        for (int t = k; t < n; t++) {
          sum += d[t] * d[t - k];
          if (present[t] && present[t - k]) {
            pairs++;
          }
        }
        if (pairs > 0) {
          acf[k] = (n - k) / (double) n * (sum / pairs) / variance;
        }
      }
      acf[0] = 1;
      return acf;
    }
  }

  private static boolean isConstant(double[] x) {
    double first = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        if (Double.isNaN(first)) {
          first = v;
        } else if (v != first) {
          return false;
        }
      }
    }
    return true;
  }
}
