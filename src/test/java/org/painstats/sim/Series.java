package org.painstats.sim;

import java.util.SplittableRandom;

/**
 * Seeded daily series for the simulation worlds: autoregressive noise, random walks, weekday
 * rhythms, drifts, seasons, reporting noise, missing days and floors. Day 0 is a Monday.
 */
public final class Series {
  private final SplittableRandom random;

  private Series(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A generator from a seed. */
  public static Series seeded(long seed) {
    return new Series(seed);
  }

  /** A standard normal draw (Box-Muller: SplittableRandom has no nextGaussian on Java 17). */
  public double gaussian() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A uniform draw in [0, 1). */
  public double uniform() {
    return random.nextDouble();
  }

  /** Stationary AR(1) with unit variance, started from its stationary distribution. */
  public double[] ar1(int n, double phi) {
    double[] x = new double[n];
    double sd = Math.sqrt(1 - phi * phi);
    x[0] = gaussian();
    for (int i = 1; i < n; i++) {
      x[i] = phi * x[i - 1] + sd * gaussian();
    }
    return x;
  }

  /** A random walk with unit steps. */
  public double[] randomWalk(int n) {
    double[] x = new double[n];
    x[0] = gaussian();
    for (int i = 1; i < n; i++) {
      x[i] = x[i - 1] + gaussian();
    }
    return x;
  }

  /**
   * A weekday profile: seven values with mean 0 and standard deviation {@code sd} (population),
   * drawn at random.
   */
  public double[] weekdayProfile(double sd) {
    double[] p = new double[7];
    double mean = 0;
    for (int d = 0; d < 7; d++) {
      p[d] = gaussian();
      mean += p[d] / 7;
    }
    double ss = 0;
    for (int d = 0; d < 7; d++) {
      p[d] -= mean;
      ss += p[d] * p[d] / 7;
    }
    for (int d = 0; d < 7; d++) {
      p[d] *= sd / Math.sqrt(ss);
    }
    return p;
  }

  /** A random sign, -1 or 1. */
  public double sign() {
    return random.nextBoolean() ? 1 : -1;
  }

  /** x + profile[weekday], day 0 a Monday. */
  public static double[] plusWeekdays(double[] x, double[] profile) {
    double[] out = x.clone();
    for (int t = 0; t < out.length; t++) {
      out[t] += profile[t % 7];
    }
    return out;
  }

  /** x plus a straight drift changing by {@code total} over the series. */
  public static double[] plusDrift(double[] x, double total) {
    double[] out = x.clone();
    for (int t = 0; t < out.length; t++) {
      out[t] += total * (t / (double) (out.length - 1) - 0.5);
    }
    return out;
  }

  /** x plus a 365-day season of the given amplitude and phase (radians). */
  public static double[] plusSeason(double[] x, double amplitude, double phase) {
    double[] out = x.clone();
    for (int t = 0; t < out.length; t++) {
      out[t] += amplitude * Math.sin(2 * Math.PI * t / 365.0 + phase);
    }
    return out;
  }

  /** x plus independent reporting noise of standard deviation sd. */
  public double[] plusNoise(double[] x, double sd) {
    double[] out = x.clone();
    for (int t = 0; t < out.length; t++) {
      out[t] += sd * gaussian();
    }
    return out;
  }

  /** a x + b y, element by element. */
  public static double[] combine(double a, double[] x, double b, double[] y) {
    double[] out = new double[x.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = a * x[t] + b * y[t];
    }
    return out;
  }

  /** The series with each day missing (NaN) with the given probability. */
  public double[] withMissing(double[] x, double share) {
    double[] out = x.clone();
    for (int t = 0; t < out.length; t++) {
      if (random.nextDouble() < share) {
        out[t] = Double.NaN;
      }
    }
    return out;
  }

  /** Whole points on a 0-10 scale: level + scale x rounded, clipped to [0, 10] (a floor at 0). */
  public static double[] rated(double[] x, double level, double scale) {
    double[] out = new double[x.length];
    for (int t = 0; t < out.length; t++) {
      out[t] =
          Double.isNaN(x[t]) ? x[t] : Math.max(0, Math.min(10, Math.round(level + scale * x[t])));
    }
    return out;
  }

  /**
   * A 0/1 activity done with probability {@code weekday} on Monday-Friday and {@code weekend} on
   * Saturday and Sunday (day 0 a Monday).
   */
  public double[] activity(int n, double weekday, double weekend) {
    double[] g = new double[n];
    for (int t = 0; t < n; t++) {
      g[t] = random.nextDouble() < (t % 7 >= 5 ? weekend : weekday) ? 1 : 0;
    }
    return g;
  }
}
