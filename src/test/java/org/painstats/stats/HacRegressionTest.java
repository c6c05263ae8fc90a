package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Reference values: src/test/resources/reference/hac_regression.py (statsmodels 0.13.5), rerun with
 * {@code /usr/bin/python3 src/test/resources/reference/hac_regression.py}.
 */
class HacRegressionTest {
  private static final double NAN = Double.NaN;

  /** The data of hac_regression.py data(): seed 11, n = 120, NaN at fixed rows. */
  private static double[][] data() {
    Lcg g = new Lcg(11);
    int n = 120;
    double[] x1 = g.ar1(n, 0.5, 1.0);
    double[] x2 = new double[n];
    for (int i = 0; i < n; i++) {
      x2[i] = g.uniform() < 0.3 ? 1.0 : 0.0;
    }
    double[] noise = g.ar1(n, 0.6, 1.0);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 5 + 0.8 * x1[i] - 1.0 * x2[i] + noise[i];
    }
    for (int i = 0; i < n; i++) {
      if (i % 17 == 5) {
        y[i] = NAN;
      }
      if (i % 23 == 7) {
        x1[i] = NAN;
      }
    }
    return new double[][] {y, x1, x2};
  }

  private static double[] field(HacRegression.Result r, ToDoubleFunction<Estimate> f) {
    return r.coefficients().stream().mapToDouble(f).toArray();
  }

  @Test
  void matchesStatsmodelsHacWithDefaultLagAndSmallSampleCorrection() {
    double[][] d = data();
    HacRegression.Result r = HacRegression.fit(d[0], d[1], d[2]);
    assertEquals(108, r.n()); // statsmodels nobs after missing='drop'
    assertEquals(4, r.lag()); // floor(4 * (108/100)^(2/9))
    // statsmodels 0.13.5: sm.OLS(y, sm.add_constant(X), missing='drop').fit(cov_type='HAC',
    //   cov_kwds={'maxlags': 4, 'use_correction': True}, use_t=True)
    Approx.assertRel(0.48219112313821944, r.rSquared(), 1e-12, "rsquared");
    Approx.assertRel(
        new double[] {5.178851089696181, 0.8351373057217575, -1.4076969405340882},
        field(r, Estimate::value),
        1e-12,
        "params");
    Approx.assertRel(
        new double[] {0.1991904160951928, 0.10370645665326965, 0.21753161913029856},
        field(r, Estimate::standardError),
        1e-10,
        "bse");
    Approx.assertRel(
        new double[] {25.99949932943167, 8.052895959158464, -6.47122908459067},
        field(r, Estimate::t),
        1e-10,
        "tvalues");
    Approx.assertRel(
        new double[] {1.4792971948388477e-47, 1.3401689400138452e-12, 3.16625152940421e-09},
        field(r, Estimate::pValue),
        1e-6,
        "pvalues");
    // .conf_int(0.05)
    Approx.assertRel(
        new double[] {4.783893290280574, 0.6295065594844943, -1.8390219574664175},
        field(r, Estimate::ciLow),
        1e-9,
        "ci_low");
    Approx.assertRel(
        new double[] {5.573808889111788, 1.0407680519590206, -0.976371923601759},
        field(r, Estimate::ciHigh),
        1e-9,
        "ci_high");
  }

  @Test
  void matchesStatsmodelsWithAChosenLagAndWithLagZero() {
    double[][] d = data();
    double[][] x = {d[1], d[2]};
    // statsmodels 0.13.5: as above with cov_kwds={'maxlags': 7, 'use_correction': True}
    HacRegression.Result r7 = HacRegression.fit(d[0], x, 7);
    assertEquals(7, r7.lag());
    Approx.assertRel(
        new double[] {0.2102228626993421, 0.09149897158323612, 0.2269130494029468},
        field(r7, Estimate::standardError),
        1e-10,
        "bse lag 7");
    Approx.assertRel(
        new double[] {1.9282367642733617e-45, 5.550514706040529e-15, 1.110700090222625e-08},
        field(r7, Estimate::pValue),
        1e-6,
        "pvalues lag 7");
    // maxlags=0 (White's heteroscedasticity-robust errors with the n/(n-k) correction, i.e. HC1)
    HacRegression.Result r0 = HacRegression.fit(d[0], x, 0);
    Approx.assertRel(
        new double[] {0.1460188594606945, 0.10252031504326245, 0.25011951822301604},
        field(r0, Estimate::standardError),
        1e-10,
        "bse lag 0");
  }

  @Test
  void standardizedCoefficientsKeepTheTestsAndRescaleTheEffects() {
    double[][] d = data();
    HacRegression.Result z = HacRegression.fitStandardized(d[0], d[1], d[2]);
    // statsmodels 0.13.5 on z-scored (ddof=1) kept rows, maxlags=4, use_correction=True,
    // use_t=True (hac_regression.py "standardized")
    Approx.assertRel(
        new double[] {0.5414754099112321, -0.37973315911701044},
        new double[] {z.predictor(0).value(), z.predictor(1).value()},
        1e-12,
        "params");
    Approx.assertRel(
        new double[] {0.06723983678137783, 0.05868022197224228},
        new double[] {z.predictor(0).standardError(), z.predictor(1).standardError()},
        1e-10,
        "bse");
    assertEquals(0.0, z.intercept().value(), 1e-14);
    HacRegression.Result raw = HacRegression.fit(d[0], d[1], d[2]);
    assertEquals(raw.predictor(0).pValue(), z.predictor(0).pValue(), 1e-20);
    assertEquals(raw.predictor(1).t(), z.predictor(1).t(), 1e-9);
  }

  @Test
  void defaultLagFollowsNeweyWestRule() {
    // floor(4 * (n/100)^(2/9)): numpy int(np.floor(4 * (n / 100.) ** (2. / 9.)))
    assertEquals(2, HacRegression.defaultLag(10));
    assertEquals(3, HacRegression.defaultLag(60));
    assertEquals(4, HacRegression.defaultLag(100));
    assertEquals(5, HacRegression.defaultLag(365));
    assertEquals(8, HacRegression.defaultLag(3650));
  }

  @Test
  void constantPredictorGivesNaNFieldsNotAnException() {
    double[] y = {1, 3, 2, 5, 4, 6, 5, 8};
    double[] constant = {2, 2, 2, 2, 2, 2, 2, 2};
    HacRegression.Result r = HacRegression.fit(y, constant);
    assertTrue(Double.isNaN(r.predictor(0).value()));
    assertTrue(Double.isNaN(r.intercept().standardError()));
    assertTrue(Double.isNaN(r.rSquared()));
  }

  @Test
  void collinearPredictorsGiveNaNFields() {
    double[] y = {1, 3, 2, 5, 4, 6, 5, 8};
    double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] b = {2, 4, 6, 8, 10, 12, 14, 16};
    assertTrue(Double.isNaN(HacRegression.fit(y, a, b).predictor(1).pValue()));
  }

  @Test
  void tooFewRowsOrAllMissingGiveNaNFields() {
    double[] y = {1, NAN, 2, 3};
    double[] x = {1, 2, NAN, 4};
    HacRegression.Result r = HacRegression.fit(y, x);
    assertEquals(2, r.n());
    assertTrue(Double.isNaN(r.predictor(0).value()));
    double[] allNaN = {NAN, NAN, NAN};
    assertEquals(0, HacRegression.fit(allNaN, allNaN).n());
    assertTrue(Double.isNaN(HacRegression.fit(allNaN, allNaN).intercept().pValue()));
  }

  @Test
  void perfectFitHasCoefficientsButNoInference() {
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] y = {3, 5, 7, 9, 11, 13};
    HacRegression.Result r = HacRegression.fit(y, x);
    assertEquals(2.0, r.predictor(0).value(), 1e-12);
    assertTrue(Double.isNaN(r.predictor(0).pValue()));
    assertFalse(r.toString().isEmpty());
  }

  @Test
  void lengthMismatchIsACallerMistake() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> HacRegression.fit(new double[5], new double[4]));
    assertTrue(e.getMessage().contains("y has 5 values but x[0] has 4"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> HacRegression.fit(new double[5], new double[][] {new double[5]}, -2));
  }
}
