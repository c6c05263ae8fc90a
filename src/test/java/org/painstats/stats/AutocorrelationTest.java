package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Autocorrelation}: references from src/test/resources/reference/stats_reference.py. */
class AutocorrelationTest {

  private static final double NAN = Double.NaN;

  private static final double[] SERIES = {
    4, 5, 7, 6, 6, 8, 9, 7, 5, 4, 4, 3, 5, 6, 8, 8, 7, 9, 10, 8, 6, 5, 5, 4, 6, 7, 7, 8, 6, 5
  };

  @Test
  void acfMatchesStatsmodelsWithoutMissingValues() {
    // statsmodels 0.13.5: acf(A, nlags=6, adjusted=False, fft=False)
    double[] expected = {
      1.0,
      0.637278705108751,
      0.17819929185634809,
      -0.08664643399089539,
      -0.34618108244815393,
      -0.5374304501770362,
      -0.5321699544764799
    };
    assertArrayEquals(expected, Autocorrelation.acf(SERIES, 6), 1e-12);
  }

  @Test
  void acfEstimatesEachLagFromThePairsThatExistAcrossGaps() {
    double[] gappy = SERIES.clone();
    for (int t : new int[] {3, 4, 11, 20}) {
      gappy[t] = NAN;
    }
    // statsmodels 0.13.5: acf(B, nlags=6, adjusted=True, fft=False, missing='conservative')
    //   * (30 - k) / 30, k = 0..6
    double[] expected = {
      1.0,
      0.6551728875658346,
      0.12902099076406387,
      -0.1138989791860003,
      -0.3737593353661232,
      -0.5495382031905964,
      -0.5013602015113353
    };
    assertArrayEquals(expected, Autocorrelation.acf(gappy, 6), 1e-12);
  }

  @Test
  void lagWithoutAnyPairIsNaN() {
    double[] alternating = {1, NAN, 3, NAN, 2, NAN, 5};
    double[] acf = Autocorrelation.acf(alternating, 3);
    assertEquals(1.0, acf[0], 0);
    assertTrue(Double.isNaN(acf[1]), "no two present values are 1 apart");
    assertTrue(Double.isNaN(acf[3]), "nor 3 apart");
  }

  @Test
  void degenerateSeriesGiveNaN() {
    assertTrue(Double.isNaN(Autocorrelation.acf(new double[] {3, 3, 3, 3}, 2)[0]), "constant");
    assertTrue(Double.isNaN(Autocorrelation.acf(new double[] {1, NAN, 2, NAN}, 1)[1]), "n = 2");
    assertTrue(Double.isNaN(Autocorrelation.acf(new double[] {NAN, NAN, NAN}, 1)[0]), "all NaN");
  }

  @Test
  void lagBeyondTheSeriesIsACallerMistake() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Autocorrelation.acf(SERIES, 30));
    assertTrue(e.getMessage().contains("between 0 and 29"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Autocorrelation.acf(SERIES, -1));
  }
}
