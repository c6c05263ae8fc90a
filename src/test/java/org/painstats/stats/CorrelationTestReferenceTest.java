package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link CorrelationTest} against references, on degenerate input and in its text form. */
class CorrelationTestReferenceTest {

  private static final double NAN = Double.NaN;

  // src/test/resources/reference/correlation_test_reference.py: PAIN and SLEEP (seeded AR(1)
  // series rounded as a diary would, with missing days in both)
  private static final double[] PAIN = {
    NAN, 6, 5, 5, 7, 8, 8, 6, 6, 6, 6, 5, 4, 3, 3, 3, 5, NAN, NAN, 6, 6, 5, 4, 7, 6, 7, 7, 8, 7, 5,
    5, 5, 6, NAN, 6, 6, 7, 6, 5, 6, 6, 6, 5, 5, 5, 4, 3, 4, 7, 7
  };
  private static final double[] SLEEP = {
    7.2, 7.5, 5.8, 7.1, 6.6, NAN, 7.2, 7.2, 9.2, 9.2, 8.3, 8.0, 9.2, 9.9, 9.5, 9.0, 8.7, 7.9, NAN,
    7.2, 7.4, 6.1, 6.1, 5.9, 6.6, 7.9, 7.3, 6.1, 6.6, 7.0, 5.5, 3.4, 5.2, 5.7, 5.4, 6.9, 6.8, 6.6,
    7.2, 7.3, 6.5, NAN, 6.4, 6.4, 5.7, 7.4, 6.2, 6.0, 5.1, NAN
  };

  @Test
  void naivePValueIsExactlyScipySpearmanr() {
    CorrelationTest test =
        CorrelationTest.of(CorrelationCoefficientsTest.X, CorrelationCoefficientsTest.Y);
    // scipy 1.10.1: scipy.stats.spearmanr(x[both], y[both]) -> (0.9020987843896773,
    // 2.476682317303225e-05); scipy.stats.pearsonr(...)[0] -> 0.8741985256640664
    assertEquals(13, test.n());
    assertEquals(0.9020987843896773, test.spearman(), 1e-12);
    assertEquals(0.8741985256640664, test.pearson(), 1e-12);
    assertEquals(2.476682317303225e-05, test.pValueNaive(), 1e-9 * 2.48e-05);
  }

  @Test
  void matchesIndependentNumpyImplementationOnAGappyDiary() {
    CorrelationTest test = CorrelationTest.of(PAIN, SLEEP);
    // correlation_test_reference.py (scipy 1.10.1, numpy 1.24): n 43, spearman
    // -0.13013659833922342, pearson -0.26284305964077437, p_naive 0.4055431844187196,
    // n_eff 21.506966739037686, p 0.5687524813681353, ci (-0.5273559400489838, 0.3137665258532966)
    assertEquals(43, test.n());
    assertEquals(-0.13013659833922342, test.spearman(), 1e-12);
    assertEquals(-0.26284305964077437, test.pearson(), 1e-12);
    assertEquals(0.4055431844187196, test.pValueNaive(), 1e-12);
    assertEquals(21.506966739037686, test.effectiveN(), 1e-9);
    assertEquals(0.5687524813681353, test.pValue(), 1e-9);
    assertEquals(-0.5273559400489838, test.ciLow(), 1e-9);
    assertEquals(0.3137665258532966, test.ciHigh(), 1e-9);
  }

  @Test
  void oppositeAutocorrelationKeepsTheFullSampleSize() {
    // x alternates (negative lag-1 autocorrelation), y drifts up (positive): the products in the
    // Pyper-Peterman sum are negative, N* is clamped to n and the test equals the naive one
    double[] x = {1, 5, 2, 6, 1, 7, 3, 6, 2, 5, 1, 6};
    double[] y = {1, 2, 2, 3, 4, 4, 5, 6, 7, 7, 8, 9};
    CorrelationTest test = CorrelationTest.of(x, y);
    assertEquals(12.0, test.effectiveN(), 0);
    assertEquals(test.pValueNaive(), test.pValue(), 1e-15);
  }

  @Test
  void intervalIsFisherZWithTheEffectiveN() {
    CorrelationTest test = CorrelationTest.of(PAIN, SLEEP);
    double z = 0.5 * Math.log((1 + test.spearman()) / (1 - test.spearman()));
    double half = 1.959963984540054 / Math.sqrt(test.effectiveN() - 3);
    assertEquals(Math.tanh(z - half), test.ciLow(), 1e-12);
    assertEquals(Math.tanh(z + half), test.ciHigh(), 1e-12);
  }

  @Test
  void fewerThanThreePairsGiveNaNFields() {
    CorrelationTest test = CorrelationTest.of(new double[] {1, NAN, 3}, new double[] {2, 5, NAN});
    assertEquals(1, test.n());
    assertAllNaN(test);
  }

  @Test
  void constantSeriesGivesNaNFields() {
    CorrelationTest test =
        CorrelationTest.of(new double[] {4, 4, 4, 4, 4, 4}, new double[] {1, 2, 3, 4, 5, 6});
    assertEquals(6, test.n());
    assertAllNaN(test);
  }

  @Test
  void allMissingGivesNaNFields() {
    CorrelationTest test = CorrelationTest.of(new double[] {NAN, NAN, NAN, NAN}, new double[4]);
    assertEquals(0, test.n());
    assertAllNaN(test);
    assertAllNaN(CorrelationTest.of(new double[0], new double[0]));
  }

  @Test
  void perfectAgreementIsNotAnError() {
    double[] x = {1, 2, 3, 4, 5, 6, 7};
    CorrelationTest test = CorrelationTest.of(x, x);
    assertEquals(1.0, test.spearman(), 0);
    assertEquals(0.0, test.pValueNaive(), 0);
    assertTrue(test.effectiveN() >= 3 && test.effectiveN() <= 7, test.toString());
  }

  @Test
  void seriesOfDifferentLengthsAreACallerMistake() {
    assertThrows(
        IllegalArgumentException.class, () -> CorrelationTest.of(new double[5], new double[6]));
  }

  @Test
  void toStringNamesEveryNumber() {
    String text = CorrelationTest.of(PAIN, SLEEP).toString();
    assertEquals(
        "CorrelationTest[n=43, spearman=-0.1301, pearson=-0.2628, pValue=0.5688,"
            + " pValueNaive=0.4055, effectiveN=21.5, ci95=[-0.5274, 0.3138]]",
        text);
  }

  private static void assertAllNaN(CorrelationTest test) {
    double[] fields = {
      test.spearman(),
      test.pearson(),
      test.pValueNaive(),
      test.effectiveN(),
      test.pValue(),
      test.ciLow(),
      test.ciHigh()
    };
    for (double v : fields) {
      assertTrue(Double.isNaN(v), test.toString());
    }
  }
}
