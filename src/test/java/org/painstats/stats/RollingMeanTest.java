package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values: src/test/resources/reference/rolling_mean.py (pandas 1.5). */
class RollingMeanTest {
  private static final double NAN = Double.NaN;
  private static final double[] Y = {4, NAN, 5, 6, NAN, NAN, NAN, 3, 2, NAN, 7, 8, 6, NAN, 5, 4};

  @Test
  void trailingMeanOfPresentValuesMatchesPandas() {
    // pd.Series(y).rolling(4, min_periods=2).mean()
    double[] w4 = {
      NAN,
      NAN,
      4.5,
      5.0,
      5.5,
      5.5,
      NAN,
      NAN,
      2.5,
      2.5,
      4.0,
      5.666666666666667,
      7.0,
      7.0,
      6.333333333333333,
      5.0
    };
    assertArrayEquals(w4, RollingMean.trailing(Y, 4), 1e-14);
    // pd.Series(y).rolling(7, min_periods=4).mean()
    double[] w7 = {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 4.0, NAN, NAN, 5.0, 5.2, 5.2, 5.6, 6.0};
    assertArrayEquals(w7, RollingMean.trailing(Y, 7), 1e-14);
  }

  @Test
  void windowOfOneIsTheSeriesItself() {
    // pd.Series(y).rolling(1, min_periods=1).mean() returns y
    assertArrayEquals(Y, RollingMean.trailing(Y, 1), 0);
  }

  @Test
  void emptyAndAllMissingSeriesStayEmptyAndMissing() {
    assertArrayEquals(new double[0], RollingMean.trailing(new double[0], 7), 0);
    assertArrayEquals(
        new double[] {NAN, NAN, NAN}, RollingMean.trailing(new double[] {NAN, NAN, NAN}, 2), 0);
  }

  @Test
  void windowBelowOneIsACallerMistake() {
    assertThrows(IllegalArgumentException.class, () -> RollingMean.trailing(Y, 0));
  }
}
