package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link EffectiveSampleSize} on hand examples; numpy references in
 * src/test/resources/reference/stats_reference.py ("Effective sample size").
 */
class EffectiveSampleSizeTest {

  private static final double[] ACF_X = {1.0, 0.6, 0.3, 0.1};
  private static final double[] ACF_Y = {1.0, 0.5, 0.2, -0.1};
  private static final int[] PAIRS_WITHOUT_GAPS = {10, 9, 8, 7};

  @Test
  void pyperPetermanFormulaMatchesHandComputation() {
    // numpy: 1 / (1/10 + (2/10) * sum((10 - j)/10 * rx[j] * ry[j], j = 1..3)) -> 6.165228113440197
    assertEquals(
        6.165228113440197,
        EffectiveSampleSize.pyperPeterman(ACF_X, ACF_Y, PAIRS_WITHOUT_GAPS, 10, 3),
        1e-12);
  }

  @Test
  void effectiveNIsClampedBetweenThreeAndN() {
    double[] strong = {1, 0.99, 0.98, 0.97};
    assertEquals(3.0, EffectiveSampleSize.pyperPeterman(strong, strong, PAIRS_WITHOUT_GAPS, 10, 3));
    double[] negative = {1, -0.6, 0.3, -0.1};
    assertEquals(
        10.0, EffectiveSampleSize.pyperPeterman(ACF_X, negative, PAIRS_WITHOUT_GAPS, 10, 3));
    assertEquals(10.0, EffectiveSampleSize.pyperPeterman(ACF_X, ACF_Y, PAIRS_WITHOUT_GAPS, 10, 0));
  }

  @Test
  void meanBiasCorrectionRaisesTheAcfTowardOne() {
    // numpy: a = (1 + 2 sum(w r)) / (10 - 2 sum(w (1 - r))), w = (10 - j)/10 -> 0.391304347826087;
    // r + a (1 - r)
    double[] expected = {1.0, 0.7565217391304347, 0.5739130434782609, 0.4521739130434783};
    assertArrayEquals(
        expected, EffectiveSampleSize.meanBiasCorrected(ACF_X, PAIRS_WITHOUT_GAPS, 10), 1e-12);
  }

  @Test
  void meanBiasCorrectionLeavesNegativeAutocorrelationAlone() {
    double[] alternating = {1, -0.8, 0.3, -0.1};
    // 1 + 2 sum(w r) = 1 + 2 (-0.72 + 0.24 - 0.07) < 0, so a is clamped to 0
    assertArrayEquals(
        alternating, EffectiveSampleSize.meanBiasCorrected(alternating, PAIRS_WITHOUT_GAPS, 10), 0);
  }

  @Test
  void truncationStopsAtTheFirstLagWhereEitherAcfIsWithinNoise() {
    // 1/sqrt(100) = 0.1: lag 1 kept, lag 2 ends the run because |0.05| < 0.1 in y
    double[] x = {1, 0.6, 0.4, 0.3};
    double[] y = {1, 0.5, 0.05, 0.4};
    assertEquals(1, EffectiveSampleSize.truncationLag(x, y, 100));
    assertEquals(3, EffectiveSampleSize.truncationLag(x, x, 100));
    assertEquals(0, EffectiveSampleSize.truncationLag(x, new double[] {1, Double.NaN}, 100));
  }

  @Test
  void pairCountsCountPresentDaysLagApart() {
    boolean[] mask = {true, true, false, true, true};
    assertArrayEquals(new int[] {4, 2, 1}, EffectiveSampleSize.pairCounts(mask, 2));
  }

  @Test
  void maxLagIsAFifthOfTheSpan() {
    assertEquals(36, EffectiveSampleSize.maxLag(180));
    assertEquals(0, EffectiveSampleSize.maxLag(4));
    assertEquals(1, EffectiveSampleSize.maxLag(5));
  }

  @Test
  void degenerateInputsGiveNaN() {
    assertTrue(Double.isNaN(EffectiveSampleSize.forCorrelation(ACF_X, ACF_Y, new int[4], 2)));
    double[] constant = {Double.NaN, Double.NaN};
    assertTrue(
        Double.isNaN(EffectiveSampleSize.forCorrelation(constant, ACF_Y, new int[] {9, 8}, 9)));
  }
}
