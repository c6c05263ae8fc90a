package org.painstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The variance and autocorrelation of the noise in a daily series split into periods (the baseline,
 * each approach, the days between), estimated from the residuals left once each period's mean (and
 * known effects) are removed: the noise model of {@link PeriodComparison}.
 *
 * <p>Removing a period's mean also removes the slow part of autocorrelated noise: the residuals'
 * autocovariance at every lag falls short of the noise's by about the variance of a period mean, V
 * = (1/m^2) sum_ij gamma(|t_i - t_j|), which for a 40-day period of AR(1) noise with phi = 0.6 is a
 * tenth of the variance. Left alone, this makes period comparisons too eager (a 5% test rejected
 * 10% of true nulls in seeded simulation). The bias is corrected by a fixed point, in the spirit of
 * Marriott &amp; Pope (1954):
 *
 * <pre>
 *   c(k)     sample autocovariance of the residuals at lag k (gaps are gaps, divisor n)
 *   gamma(k) = c(k) + Vbar(gamma)   for k within the window, Vbar the mean of V over periods
 * </pre>
 *
 * weighted by days, iterated to convergence. The window is the initial positive sequence of Geyer
 * (1992) on c: lags are taken in pairs (2m, 2m+1) while the pair's sum stays positive; beyond it
 * the autocorrelation is taken as zero.
 *
 * <p>References: Marriott, F.H.C. &amp; Pope, J.A. (1954) Biometrika 41:390-402; Geyer, C.J. (1992)
 * Statistical Science 7:473-483.
 *
 * @param sigma2 the noise variance gamma(0)
 * @param acf the noise autocorrelation by lag, {@code acf[0] = 1}, ending where it is taken as zero
 * @param n residual values used
 */
public record NoiseModel(double sigma2, double[] acf, int n) {

  private static final int ITERATIONS = 50;

  public NoiseModel {
    acf = acf.clone();
  }

  /**
   * Estimates the noise from residuals and the period of each day.
   *
   * @param residuals the series minus its period means, NaN where missing
   * @param period the period of each day (any labels; {@code null} for a day in no period)
   * @param parameters coefficients fitted besides the period means (covariate effects)
   */
  public static NoiseModel of(double[] residuals, Object[] period, int parameters) {
    Inputs.requireSameLength("residuals", residuals, "period", new double[period.length]);
    Map<Object, List<Integer>> blocks = new LinkedHashMap<>();
    int n = 0;
    for (int t = 0; t < residuals.length; t++) {
      if (!Double.isNaN(residuals[t]) && period[t] != null) {
        blocks.computeIfAbsent(period[t], k -> new ArrayList<>()).add(t);
        n++;
      }
    }
    if (n - parameters - blocks.size() < 3) {
      return new NoiseModel(Double.NaN, new double[] {1}, n);
    }
    int maxLag = Math.max(1, Math.min(residuals.length - 2, n / 4));
    double[] c = geyerAutocovariance(residuals, maxLag, n);
    c[0] *= n / (double) (n - parameters);
    int window = geyerWindow(c);
    // Vbar is linear in gamma, Vbar = sum_k w(k) gamma(k) with weights fixed by the blocks, and
    // gamma = c + v moves all lags by the same v: the fixed point is the scalar iteration
    // v <- A + B v, A = sum w(k) c(k), B = sum w(k), from v = 0 (gamma = c).
    double[] w = blockWeights(blocks.values(), window, n);
    double a = 0;
    double b = 0;
    for (int k = 0; k < window; k++) {
      a += w[k] * c[k];
      b += w[k];
    }
    double v = 0;
    for (int it = 0; it < ITERATIONS; it++) {
      v = a + b * v;
    }
    double[] gamma = new double[window];
    for (int k = 0; k < window; k++) {
      gamma[k] = c[k] + v;
    }
    double sigma2 = gamma[0];
    double[] acf = new double[window];
    for (int k = 0; k < window; k++) {
      acf[k] = gamma[k] / sigma2;
    }
    return new NoiseModel(sigma2, acf, n);
  }

  /**
   * The sample autocovariances c(0..) up to where Geyer's window can end (the first pair (2m, 2m+1)
   * whose sum is not positive, or maxLag): lags beyond are never used. Each lag sums r_t r_{t+k}
   * over the pairs present, t ascending; the array has maxLag + 1 slots, unused ones 0.
   */
  private static double[] geyerAutocovariance(double[] r, int maxLag, int n) {
    double[] c = new double[maxLag + 1];
    c[0] = lagSum(r, 0) / n;
    c[1] = lagSum(r, 1) / n;
    if (!(c[1] > 0)) {
      return c;
    }
    for (int m = 1; 2 * m + 1 <= maxLag; m++) {
      c[2 * m] = lagSum(r, 2 * m) / n;
      c[2 * m + 1] = lagSum(r, 2 * m + 1) / n;
      if (!(c[2 * m] + c[2 * m + 1] > 0)) {
        break;
      }
    }
    return c;
  }

  private static double lagSum(double[] r, int k) {
    double s = 0;
    for (int t = 0; t + k < r.length; t++) {
      if (!Double.isNaN(r[t]) && !Double.isNaN(r[t + k])) {
        s += r[t] * r[t + k];
      }
    }
    return s;
  }

  /** The number of lags kept: 1 + the end of Geyer's initial positive sequence. */
  private static int geyerWindow(double[] c) {
    if (c.length < 2 || !(c[1] > 0)) {
      return 1;
    }
    int end = 2;
    for (int m = 1; 2 * m + 1 < c.length; m++) {
      if (!(c[2 * m] + c[2 * m + 1] > 0)) {
        break;
      }
      end = 2 * m + 2;
    }
    return end;
  }

  /**
   * The weights w(k), k below the window, of Vbar(gamma) = sum_k w(k) gamma(k), the days-weighted
   * mean over periods of the variance of a period mean, V = (1/m^2) sum_ij gamma(|t_i - t_j|): w(0)
   * = (number of periods) / n, w(k) = sum over periods of 2 P(k) / (m n), P(k) the pairs of days k
   * apart within the period.
   */
  private static double[] blockWeights(Iterable<List<Integer>> blocks, int window, int n) {
    double[] w = new double[window];
    long[] pairs = new long[window];
    for (List<Integer> days : blocks) {
      int m = days.size();
      int[] t = new int[m];
      for (int i = 0; i < m; i++) {
        t[i] = days.get(i);
      }
      Arrays.fill(pairs, 0);
      for (int a = 0; a < m; a++) {
        for (int b = a + 1; b < m && t[b] - t[a] < window; b++) {
          pairs[t[b] - t[a]]++;
        }
      }
      w[0] += 1;
      for (int k = 1; k < window; k++) {
        w[k] += 2.0 * pairs[k] / m;
      }
    }
    for (int k = 0; k < window; k++) {
      w[k] /= n;
    }
    return w;
  }

  @Override
  public double[] acf() {
    return acf.clone();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "NoiseModel[sigma2=%.4f, lags=%d, acf1=%.3f, n=%d]",
        sigma2,
        acf.length - 1,
        acf.length > 1 ? acf[1] : 0.0,
        n);
  }
}
