package org.painstats.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * False-discovery-rate adjustment of a family of p-values (Benjamini-Hochberg q-values).
 *
 * <p>With the m present p-values sorted as p_(1) &lt;= ... &lt;= p_(m), the adjusted value of p_(i)
 * is q_(i) = min_{k &gt;= i} min(1, m p_(k) / k) (the step-up procedure written as adjusted
 * p-values). Rejecting every test with q &lt; alpha controls the false discovery rate at alpha for
 * independent or positively dependent tests.
 *
 * <p>Missing values: a NaN p-value (a test that could not be run) stays NaN and does not count in
 * m. An empty array gives an empty array. A p-value outside [0, 1] is a caller mistake and throws
 * {@link IllegalArgumentException}.
 *
 * <p>Reference: Benjamini, Y. &amp; Hochberg, Y. (1995) J. R. Stat. Soc. B 57:289; R {@code
 * p.adjust(p, "BH")}; statsmodels {@code multipletests(p, method='fdr_bh')[1]}.
 */
public final class FalseDiscovery {

  private FalseDiscovery() {}

  /** The Benjamini-Hochberg q-values of {@code p}, in the same order; NaN stays NaN. */
  public static double[] benjaminiHochberg(double[] p) {
    SeriesArguments.requireProbabilities(p);
    double[] q = new double[p.length];
    Arrays.fill(q, Double.NaN);
    Integer[] order =
        IntStream.range(0, p.length)
            .filter(i -> !Double.isNaN(p[i]))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    int m = order.length;
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      q[i] = running;
    }
    return q;
  }
}
