package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions with relative tolerances for reference values computed elsewhere. */
final class Approx {
  private Approx() {}

  /** |actual - expected| <= rel * |expected| (or <= rel when expected is 0). */
  static void assertRel(double expected, double actual, double rel, String what) {
    double tol = expected == 0 ? rel : rel * Math.abs(expected);
    assertEquals(expected, actual, tol, what);
  }

  /** Element-wise {@link #assertRel(double, double, double, String)}. */
  static void assertRel(double[] expected, double[] actual, double rel, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      assertRel(expected[i], actual[i], rel, what + "[" + i + "]");
    }
  }
}
