package org.painstats.stats;

/**
 * Deterministic test data, bit-identical to {@code src/test/resources/reference/lcg.py}: the
 * reference scripts and the tests use the very same numbers.
 */
final class Lcg {
  private long state;

  Lcg(long seed) {
    this.state = seed;
  }

  /** The top 53 bits of the next state, in [0, 1). */
  double uniform() {
    state = state * 6364136223846793005L + 1442695040888963407L;
    return (state >>> 11) * (1.0 / 9007199254740992.0);
  }

  /** Approximately standard normal: the sum of 12 uniforms minus 6 (Irwin-Hall). */
  double normal() {
    double s = 0.0;
    for (int i = 0; i < 12; i++) {
      s += uniform();
    }
    return s - 6.0;
  }

  /** An AR(1) series y_i = phi y_{i-1} + e_i, e_i = sd * normal(), y_0 = e_0. */
  double[] ar1(int n, double phi, double sd) {
    double[] y = new double[n];
    double prev = 0.0;
    for (int i = 0; i < n; i++) {
      prev = phi * prev + sd * normal();
      y[i] = prev;
    }
    return y;
  }
}
