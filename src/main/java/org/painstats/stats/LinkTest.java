package org.painstats.stats;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A test of a day-to-day link between two daily series from which their shared calendar structure
 * has been removed ({@link CalendarStructure#residuals}): generalised least squares with AR(1)
 * errors, read as a correlation of the whitened series, with an effective sample size that keeps it
 * honest when the AR(1) model is wrong.
 *
 * <p>Steps, over the n days where both residual series are present (days t_i, gaps allowed):
 *
 * <ol>
 *   <li><b>The error model.</b> rho, the AR(1) coefficient per day of y's errors: given by the
 *       caller, as the analysis does from {@link CalendarStructure#errorRho} (REML of y on its
 *       structure, once per diary: under no link y's errors are y's residuals), or fitted here by
 *       REML with x in the model ({@link Ar1Regression}: R {@code nlme::gls(y ~ x, correlation =
 *       corCAR1(form = ~ t), method = "REML")}, rho in [0, 0.99]).
 *   <li><b>Whitening.</b> y, x and the intercept are filtered with rho (Prais-Winsten with gaps:
 *       z_1 = sqrt(1 - rho²) v_1, z_i = (v_i - rho^g v_{i-1}) sqrt((1 - rho²) / (1 - rho^(2g))));
 *       the whitened intercept is projected out of both. The slope of whitened y on whitened x is
 *       then exactly the GLS coefficient of x, and their correlation its partial correlation.
 *   <li><b>The coefficient.</b> {@code spearman} is Spearman's rank correlation of the two whitened
 *       series: the link between day-to-day surprises in y and in x, once the shared calendar
 *       structure and each day's carry-over from the day before are removed. {@code slope} is the
 *       GLS coefficient (y units per x unit).
 *   <li><b>The effective sample size.</b> When the AR(1) model fits, the whitened series have no
 *       autocorrelation and N* = n. When it does not (reporting noise on top of an AR(1) process is
 *       ARMA(1,1); a random walk), some remains, and N* of Bartlett (1935) / Pyper &amp; Peterman
 *       (1998), 1/N* = (1 + 2 sum_{j=1}^{L} (P(j)/n) r_u(j) r_v(j)) / n with L = min(14, n/5) and
 *       P(j) the pairs j days apart, counts it (on ranks for the Spearman test, on values for the
 *       slope). The sum is not truncated early: on whitened series its noise is small and weekly
 *       memory (lag 7, 14) counts. N* = (n - k) / (1 + 2 sum ...), clamped to [3, n - k], k the
 *       structure's columns plus the slope: the degrees of freedom spent removing structure.
 *   <li><b>Tests.</b> Spearman: Fisher's z with the Bonett-Wright variance, z = atanh(r_s) sqrt((N*
 *       - 3) / (1 + r_s²/2)), referred to Student's t with N* - 3 degrees of freedom; the 95%
 *       interval inverts the same statistic, so it excludes 0 exactly when p &lt; 0.05. Slope: t =
 *       r sqrt((N* - 2)/(1 - r²)) with N* - 2 degrees of freedom (r the Pearson correlation of the
 *       whitened series), interval slope (1 -/+ t_{0.975}/t), again agreeing with its p-value.
 * </ol>
 *
 * <p>Why this test, by seeded simulation (issue 11; {@code LinkTestCalibrationTest}): it has the
 * power of GLS AR(1) (sleep r = 0.2 at lag 1, 180 days: p &lt; 0.05 in 346 of 400 diaries, 86.5%;
 * the previous Pyper-Peterman test on the raw series reached 57% in issue 11's world), but plain
 * GLS trusts the AR(1) model, and the effective sample size on the whitened series costs nothing
 * when the model holds and repairs reporting noise and random walks. Prewhitening with a filter
 * fitted to the factor alone was weaker (issue 11: 83% against 94%). The early truncation of the
 * previous test (stop at the first small lag) let reporting noise through (10% false), because one
 * whitened ACF is small at lag 1 and larger later.
 *
 * <p>Degenerate cases give NaN in every field but n: fewer than k + 5 complete days, or a series
 * constant over them.
 *
 * <p>References: Bartlett, M.S. (1935) J. R. Stat. Soc. 98:536; Pyper, B.J. &amp; Peterman, R.M.
 * (1998) Can. J. Fish. Aquat. Sci. 55:2127; Bonett, D.G. &amp; Wright, T.A. (2000) Psychometrika
 * 65:23; Haugh, L.D. (1976) JASA 71:378 (testing cross-correlation after prewhitening).
 *
 * @param n days where both series are present
 * @param rho the REML AR(1) coefficient of the errors per day
 * @param spearman Spearman's correlation of the whitened series (the tested coefficient)
 * @param pValue two-sided p-value for {@code spearman}
 * @param ciLow lower end of its 95% interval
 * @param ciHigh upper end
 * @param effectiveN N* used for {@code spearman}
 * @param slope the GLS coefficient of x
 * @param slopeLow lower end of its 95% interval
 * @param slopeHigh upper end
 * @param slopeP two-sided p-value for {@code slope}
 */
public record LinkTest(
    int n,
    double rho,
    double spearman,
    double pValue,
    double ciLow,
    double ciHigh,
    double effectiveN,
    double slope,
    double slopeLow,
    double slopeHigh,
    double slopeP) {

  /** The most lags the effective sample size sums: two weeks. */
  static final int MAX_LAG = 14;

  /**
   * Tests the link of y with x (both residuals of the calendar structure, x already lagged).
   *
   * @param y the outcome's residuals by calendar day, NaN where missing
   * @param x the factor's residuals by calendar day, NaN where missing
   * @param structureColumns the columns the structure removal spent (its rank)
   * @throws IllegalArgumentException if the lengths differ
   */
  public static LinkTest of(double[] y, double[] x, int structureColumns) {
    return of(y, x, structureColumns, Double.NaN);
  }

  /**
   * The error model of a series: the REML AR(1) coefficient of y (calendar residuals, NaN where
   * missing) around its mean, rho in [0, 0.99]; 0 when it cannot be fitted.
   */
  public static double errorRho(double[] y) {
    int[] rows = Inputs.completeRows(y);
    if (rows.length < 5) {
      return 0;
    }
    double[][] design = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      design[i] = new double[] {1};
    }
    return Ar1Regression.fit(Inputs.select(y, rows), design, Inputs.positions(rows))
        .map(Ar1Regression.Fit::rho)
        .orElse(0.0);
  }

  /**
   * As {@link #of(double[], double[], int)} with the error model's rho given (NaN: fitted by REML
   * with x in the model).
   */
  public static LinkTest of(double[] y, double[] x, int structureColumns, double givenRho) {
    Inputs.requireSameLength("y", y, "x", x);
    double rho = givenRho;
    if (Double.isNaN(rho)) {
      int[] rows = Inputs.completeRows(y, x);
      if (rows.length < structureColumns + 6) {
        return missing(rows.length);
      }
      double[] xx = Inputs.select(x, rows);
      double[][] design = new double[rows.length][];
      for (int i = 0; i < rows.length; i++) {
        design[i] = new double[] {1, xx[i]};
      }
      rho =
          Ar1Regression.fit(Inputs.select(y, rows), design, Inputs.positions(rows))
              .map(Ar1Regression.Fit::rho)
              .orElse(0.0);
    }
    return outcome(y, structureColumns, rho).test(x);
  }

  /**
   * The outcome side of every link test of one diary, prepared once: y's whitened series, its ranks
   * and its autocorrelation sums depend only on the days a test uses, so they are computed once per
   * set of days and shared by every factor present on the same days (in most diaries, every factor
   * at a given lag).
   *
   * @param y the outcome's residuals by calendar day, NaN where missing
   * @param structureColumns the columns the structure removal spent (its rank)
   * @param rho the error model's AR(1) coefficient per day
   */
  public static Outcome outcome(double[] y, int structureColumns, double rho) {
    return new Outcome(y.clone(), structureColumns, rho);
  }

  /** See {@link #outcome}. */
  public static final class Outcome {
    private final double[] y;
    private final int structureColumns;
    private final double rho;
    private final Map<Days, Side> sides = new HashMap<>();

    private Outcome(double[] y, int structureColumns, double rho) {
      this.y = y;
      this.structureColumns = structureColumns;
      this.rho = rho;
    }

    /**
     * Tests the link of the outcome with x (the factor's residuals by calendar day, already lagged,
     * NaN where missing).
     *
     * @throws IllegalArgumentException if x's length is not the outcome's
     */
    public LinkTest test(double[] x) {
      return run(x, true);
    }

    /**
     * As {@link #test}, the slope only: {@code spearman}, its p-value and interval are NaN (an
     * activity's test reads the slope; no ranking is needed).
     */
    public LinkTest slopeTest(double[] x) {
      return run(x, false);
    }

    private LinkTest run(double[] x, boolean ranked) {
      Inputs.requireSameLength("y", y, "x", x);
      int[] rows = Inputs.completeRows(y, x);
      int n = rows.length;
      int k = structureColumns + 1;
      if (n < k + 5) {
        return missing(n);
      }
      Side side = sides.computeIfAbsent(new Days(rows), d -> new Side(y, rows, rho, k));
      return side.test(Inputs.select(x, rows), ranked);
    }
  }

  /** The days of a test, as a map key. */
  private record Days(int[] rows) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Days d && java.util.Arrays.equals(rows, d.rows);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(rows);
    }
  }

  /**
   * The outcome on one set of days: the whitening weights, the whitened intercept, y whitened and
   * projected off it, and the lag sums of Bartlett's N* for it and its ranks.
   */
  private static final class Side {
    private final int n;
    private final int k;
    private final int[] rows;
    private final int span;
    private final int lags;
    private final double rho;
    private final double[] d;
    private final double[] f;
    private final double[] w0;
    private final double[] u;
    private final double uu;
    private final double[] lagTermsValues;
    private double[] ru;
    private double[] lagTermsRanks;

    Side(double[] y, int[] rows, double rho, int k) {
      this.n = rows.length;
      this.k = k;
      this.rows = rows;
      this.rho = rho;
      this.span = rows[n - 1] - rows[0] + 1;
      this.lags = Math.min(MAX_LAG, n / 5);
      this.d = new double[n];
      this.f = new double[n];
      for (int i = 1; i < n; i++) {
        double g = rows[i] - rows[i - 1];
        d[i] = Math.pow(rho, g);
        f[i] = g == 1 ? 1 : Math.sqrt((1 - rho * rho) / (1 - d[i] * d[i]));
      }
      double[] one = new double[n];
      java.util.Arrays.fill(one, 1);
      this.w0 = whiten(one);
      this.u = projectOut(whiten(Inputs.select(y, rows)), w0);
      this.uu = dot(u, u);
      this.lagTermsValues = lagTerms(u);
    }

    /** As {@link LinkTest#whiten}, with the weights of these days computed once. */
    private double[] whiten(double[] v) {
      double[] z = new double[n];
      z[0] = Math.sqrt(1 - rho * rho) * v[0];
      for (int i = 1; i < n; i++) {
        z[i] = f[i] * (v[i] - d[i] * v[i - 1]);
      }
      return z;
    }

    LinkTest test(double[] xx, boolean ranked) {
      double[] v = projectOut(whiten(xx), w0);
      double vv = dot(v, v);
      double uv = dot(u, v);
      if (!(uu > 0) || !(vv > 0)) {
        return missing(n);
      }
      double pearson = uv / Math.sqrt(uu * vv);
      double slope = uv / vv;
      double maxN = n - k;
      double effValue = effectiveN(lagTermsValues, v, maxN);
      double spearman = Double.NaN;
      double p = Double.NaN;
      double lo = Double.NaN;
      double hi = Double.NaN;
      double effRank = Double.NaN;
      if (ranked) {
        if (ru == null) {
          ru = Ranks.average(u);
          lagTermsRanks = lagTerms(ru);
        }
        double[] rv = Ranks.average(v);
        spearman = pearsonCentred(ru, rv);
        if (Double.isNaN(spearman)) {
          return missing(n);
        }
        effRank = effectiveN(lagTermsRanks, rv, maxN);
        double scale = Math.sqrt((1 + spearman * spearman / 2) / (effRank - 3));
        double z = atanh(spearman);
        TDistribution tz = new TDistribution(null, effRank - 3);
        p = 2 * tz.cumulativeProbability(-Math.abs(z / scale));
        double qz = tz.inverseCumulativeProbability(0.975);
        lo = Math.tanh(z - qz * scale);
        hi = Math.tanh(z + qz * scale);
      }
      double df = effValue - 2;
      double tStat = pearson * Math.sqrt(df / ((1 - pearson) * (1 + pearson)));
      TDistribution td = new TDistribution(null, df);
      double slopeP = 2 * td.cumulativeProbability(-Math.abs(tStat));
      double q = td.inverseCumulativeProbability(0.975);
      double se = slope / tStat;
      return new LinkTest(
          n,
          rho,
          spearman,
          p,
          lo,
          hi,
          effRank,
          slope,
          slope - q * Math.abs(se),
          slope + q * Math.abs(se),
          slopeP);
    }

    /**
     * The outcome's factors of Bartlett's sum, (P(j)/n) (r_a(j)), j = 1..lags: P(j) the pairs of
     * days j apart, r_a(j) the autocorrelation of a at calendar lag j over them.
     */
    private double[] lagTerms(double[] a) {
      double[] ca = centredOnCalendar(a);
      double a0 = 0;
      for (double v : ca) {
        a0 += v * v;
      }
      boolean[] present = new boolean[span];
      for (int r : rows) {
        present[r - rows[0]] = true;
      }
      double[] terms = new double[lags + 1];
      for (int j = 1; j <= lags; j++) {
        double sa = 0;
        int pairs = 0;
        for (int t = j; t < span; t++) {
          sa += ca[t] * ca[t - j];
          pairs += present[t] && present[t - j] ? 1 : 0;
        }
        terms[j] = (pairs / (double) n) * (sa / a0);
      }
      return terms;
    }

    /** Bartlett's N* of the outcome's lag terms with b, clamped to [3, maxN]. */
    private double effectiveN(double[] outcomeTerms, double[] b, double maxN) {
      double[] cb = centredOnCalendar(b);
      double b0 = 0;
      for (double v : cb) {
        b0 += v * v;
      }
      double sum = 0;
      for (int j = 1; j <= lags; j++) {
        double sb = 0;
        for (int t = j; t < span; t++) {
          sb += cb[t] * cb[t - j];
        }
        sum += outcomeTerms[j] * (sb / b0);
      }
      double eff = 1 + 2 * sum > 0 ? maxN / (1 + 2 * sum) : maxN;
      return Math.max(3, Math.min(maxN, eff));
    }

    /** v less its mean by calendar day from the first; 0 on days absent (they add nothing). */
    private double[] centredOnCalendar(double[] v) {
      double mean = 0;
      for (double x : v) {
        mean += x;
      }
      mean /= v.length;
      double[] out = new double[span];
      for (int i = 0; i < n; i++) {
        out[rows[i] - rows[0]] = v[i] - mean;
      }
      return out;
    }
  }

  private static LinkTest missing(int n) {
    double nan = Double.NaN;
    return new LinkTest(n, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
  }

  /** The Prais-Winsten transform with gaps, as {@link Ar1Regression} whitens. */
  static double[] whiten(double[] v, double[] t, double rho) {
    int n = v.length;
    double[] z = new double[n];
    z[0] = Math.sqrt(1 - rho * rho) * v[0];
    for (int i = 1; i < n; i++) {
      double g = t[i] - t[i - 1];
      double d = Math.pow(rho, g);
      double f = g == 1 ? 1 : Math.sqrt((1 - rho * rho) / (1 - d * d));
      z[i] = f * (v[i] - d * v[i - 1]);
    }
    return z;
  }

  private static double[] projectOut(double[] v, double[] w) {
    double c = dot(v, w) / dot(w, w);
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] - c * w[i];
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double pearsonCentred(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= a.length;
    mb /= b.length;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
  }

  private static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "LinkTest[n=%d, rho=%.3f, spearman=%.4f, p=%.4g, ci95=[%.4f, %.4f], effectiveN=%.1f,"
            + " slope=%.4g [%.4g, %.4g], slopeP=%.4g]",
        n,
        rho,
        spearman,
        pValue,
        ciLow,
        ciHigh,
        effectiveN,
        slope,
        slopeLow,
        slopeHigh,
        slopeP);
  }
}
