package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link StudentT}: references from src/test/resources/reference/stats_reference.py. */
class StudentTTest {

  @Test
  void twoSidedTailMatchesScipy() {
    // scipy 1.10.1: 2 * scipy.stats.t.sf(abs(t), df)
    assertEquals(0.0738711962129226, StudentT.twoSidedP(2.1, 7), 1e-13);
    assertEquals(0.7873423714951973, StudentT.twoSidedP(0.3, 2.5), 1e-13);
    assertEquals(0.0013701851440461985, StudentT.twoSidedP(-4.0, 13.7), 1e-15);
  }

  @Test
  void smallTailsKeepTheirRelativePrecision() {
    // scipy 1.10.1: 2 * scipy.stats.t.sf(9.0, 200) -> 1.7709382923264814e-16
    assertEquals(1.7709382923264814e-16, StudentT.twoSidedP(9.0, 200), 1e-16 * 1e-9);
  }

  @Test
  void correlationPValueIsNaNWithoutDegreesOfFreedom() {
    assertTrue(Double.isNaN(StudentT.correlationP(0.5, 2)));
    assertTrue(Double.isNaN(StudentT.correlationP(Double.NaN, 20)));
    assertEquals(0.0, StudentT.correlationP(1.0, 20), 0);
  }
}
