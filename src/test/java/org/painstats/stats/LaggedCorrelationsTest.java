package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LaggedCorrelations} gives exactly {@code CorrelationTest.of(lagged(x), y)}. */
class LaggedCorrelationsTest {

  private static double[] gappyScores(long seed, int n, double missing, double offset) {
    Lcg r = new Lcg(seed);
    double[] x = r.ar1(n, 0.6, 1.5);
    for (int t = 0; t < n; t++) {
      x[t] = r.uniform() < missing ? Double.NaN : Math.rint(5 + x[t]) - (t < n / 3 ? offset : 0);
    }
    return x;
  }

  @Test
  void eachLagIsTheTestOfTheLaggedSeries() {
    int n = 900;
    double[] y = gappyScores(1, n, 0.08, 0.37); // tied scores minus a period mean
    LaggedCorrelations tests = LaggedCorrelations.against(y);
    List<Integer> lags = List.of(0, 1, 2, 7, n - 1, n);
    for (long seed = 2; seed < 6; seed++) {
      double[] x = gappyScores(seed, n, 0.2, 0);
      List<CorrelationTest> byLag = tests.of(x, lags);
      for (int i = 0; i < lags.size(); i++) {
        CorrelationTest expected = CorrelationTest.of(LaggedCorrelations.lagged(x, lags.get(i)), y);
        assertEquals(expected, byLag.get(i), "seed " + seed + ", lag " + lags.get(i));
      }
    }
  }

  @Test
  void constantOrEmptySeriesGiveTheDegenerateTest() {
    double[] y = gappyScores(7, 50, 0.1, 0);
    double[] constant = new double[50];
    java.util.Arrays.fill(constant, 3);
    double[] empty = new double[50];
    java.util.Arrays.fill(empty, Double.NaN);
    LaggedCorrelations tests = LaggedCorrelations.against(y);
    assertEquals(CorrelationTest.of(constant, y), tests.of(constant, List.of(0)).get(0));
    assertEquals(CorrelationTest.of(empty, y), tests.of(empty, List.of(0)).get(0));
  }

  @Test
  void mismatchedLengthsAndNegativeLagsAreCallerMistakes() {
    LaggedCorrelations tests = LaggedCorrelations.against(new double[10]);
    assertThrows(IllegalArgumentException.class, () -> tests.of(new double[9], List.of(0)));
    assertThrows(IllegalArgumentException.class, () -> tests.of(new double[10], List.of(-1)));
  }
}
