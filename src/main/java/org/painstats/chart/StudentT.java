package org.painstats.chart;

/**
 * The 97.5% quantile of Student's t distribution, for the 95% intervals the weekday chart draws.
 *
 * <p>Exact for 1 and 2 degrees of freedom ({@code tan(0.475 pi)} and {@code 0.95 / sqrt(0.04875)});
 * from 3 on, the Cornish-Fisher expansion of Abramowitz &amp; Stegun (1964) 26.7.5 to the fourth
 * term, within 0.004 of the exact value at 3 degrees of freedom and closer above (R 4.2 {@code
 * qt(0.975, 3)} = 3.1824). Fractional degrees of freedom are rounded down, which widens the
 * interval. Fewer than 1 degree of freedom gives NaN.
 */
final class StudentT {
  private static final double Z = 1.959963984540054;

  private StudentT() {}

  static double quantile975(double df) {
    if (!(df >= 1)) {
      return Double.NaN;
    }
    int v = (int) Math.floor(df);
    if (v == 1) {
      return Math.tan(0.475 * Math.PI);
    }
    if (v == 2) {
      return 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    }
    double z = Z;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    double z9 = z7 * z * z;
    double g1 = (z3 + z) / 4;
    double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
    double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
    double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
    return z + g1 / v + g2 / ((double) v * v) + g3 / Math.pow(v, 3) + g4 / Math.pow(v, 4);
  }
}
