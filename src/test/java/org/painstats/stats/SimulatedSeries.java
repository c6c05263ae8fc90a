package org.painstats.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** Seeded synthetic daily series for calibration and power simulations. */
final class SimulatedSeries {

  private static final int BURN_IN = 200;

  private final RandomGenerator random;

  private SimulatedSeries(long seed) {
    this.random = new Well19937c(seed);
  }

  static SimulatedSeries seeded(long seed) {
    return new SimulatedSeries(seed);
  }

  /** Gaussian white noise with unit variance. */
  double[] whiteNoise(int n) {
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = random.nextGaussian();
    }
    return x;
  }

  /**
   * A stationary AR(1) series x_t = phi x_{t-1} + e_t, e_t ~ N(0, 1 - phi^2), so var(x) = 1; 200
   * burn-in steps are discarded.
   */
  double[] ar1(double phi, int n) {
    double sd = Math.sqrt(1 - phi * phi);
    double[] x = new double[n];
    double previous = 0;
    for (int t = -BURN_IN; t < n; t++) {
      previous = phi * previous + sd * random.nextGaussian();
      if (t >= 0) {
        x[t] = previous;
      }
    }
    return x;
  }

  /** A random walk: the cumulative sum of standard Gaussian steps, starting at the first step. */
  double[] randomWalk(int n) {
    double[] x = new double[n];
    double level = 0;
    for (int t = 0; t < n; t++) {
      level += random.nextGaussian();
      x[t] = level;
    }
    return x;
  }

  /** The series with each value independently set missing (NaN) with the given probability. */
  double[] withHoles(double[] x, double missing) {
    double[] holed = x.clone();
    for (int t = 0; t < holed.length; t++) {
      if (random.nextDouble() < missing) {
        holed[t] = Double.NaN;
      }
    }
    return holed;
  }

  /** y = slope x + noise, element by element. */
  static double[] plus(double slope, double[] x, double[] noise) {
    double[] y = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      y[t] = slope * x[t] + noise[t];
    }
    return y;
  }
}
