package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Correlation}: references from src/test/resources/reference/stats_reference.py. */
class CorrelationCoefficientsTest {

  private static final double NAN = Double.NaN;

  // the "CorrelationTest" section of stats_reference.py: ties in both series, one NaN in each
  static final double[] X = {3, 5, 5, NAN, 2, 8, 7, 7, 7, 1, 4, 6, 9, 2, 5};
  static final double[] Y = {2, 4, 6, 5, 1, 9, NAN, 6, 8, 2, 3, 3, 7, 2, 4};

  @Test
  void pearsonMatchesScipyOverCompletePairs() {
    // scipy 1.10.1: scipy.stats.pearsonr(x[both], y[both]) -> (0.8741985256640664, 9.30e-05)
    assertEquals(0.8741985256640664, Correlation.pearson(X, Y), 1e-12);
  }

  @Test
  void spearmanMatchesScipyWithTiesAndNaN() {
    // scipy 1.10.1: scipy.stats.spearmanr(x[both], y[both]) -> (0.9020987843896773, 2.48e-05)
    assertEquals(0.9020987843896773, Correlation.spearman(X, Y), 1e-12);
  }

  @Test
  void averageRanksShareTiesLikeScipyRankdata() {
    // scipy 1.10.1: scipy.stats.rankdata([3, 1, 3, 2, 3]) -> [4, 1, 4, 2, 4]
    double[] ranks = Ranks.average(new double[] {3, 1, NAN, 3, 2, 3});
    double[] expected = {4, 1, NAN, 4, 2, 4};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], ranks[i], 0, "rank " + i);
    }
  }

  @Test
  void perfectMonotoneRelationGivesOne() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {1, 4, 9, 16, 25};
    assertEquals(1.0, Correlation.spearman(x, y), 1e-15);
    assertEquals(-1.0, Correlation.spearman(x, new double[] {5, 4, 3, 2, 1}), 1e-15);
  }

  @Test
  void degenerateSeriesGiveNaN() {
    double[] constant = {2, 2, 2, 2, 2};
    double[] varying = {1, 2, 3, 4, 5};
    assertTrue(Double.isNaN(Correlation.pearson(constant, varying)), "constant x");
    assertTrue(Double.isNaN(Correlation.spearman(varying, constant)), "constant y");
    // constant tenths whose float mean is not exactly 0.1
    assertTrue(
        Double.isNaN(Correlation.pearson(new double[] {0.1, 0.1, 0.1}, new double[] {1, 2, 3})));
    assertTrue(
        Double.isNaN(Correlation.pearson(new double[] {1, 2}, new double[] {2, 1})), "n = 2");
    double[] allMissing = {NAN, NAN, NAN, NAN, NAN};
    assertTrue(Double.isNaN(Correlation.spearman(allMissing, varying)), "all NaN");
    assertTrue(Double.isNaN(Correlation.spearman(new double[0], new double[0])), "empty");
  }

  @Test
  void seriesOfDifferentLengthsAreACallerMistake() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Correlation.pearson(new double[3], new double[4]));
    assertTrue(e.getMessage().contains("x has 3 values but y has 4"), e.getMessage());
    assertTrue(e.getMessage().contains("NaN for a missing value"), e.getMessage());
  }
}
