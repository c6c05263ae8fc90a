package org.painstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link CorrelationTest}s of several series, each at several lags, against one outcome: every
 * factor of a diary against pain, the same day and the days after. The results are those of {@code
 * CorrelationTest.of(lagged(x), y)}; only the work differs: the outcome and each series are sorted
 * once, and each test ranks its complete pairs from those orders in O(n).
 *
 * <p>A lag of k days moves x later: the test pairs x_{t-k} with y_t (the first k days of y have no
 * partner; the last k values of x none). Instances are immutable and may be shared between threads.
 */
public final class LaggedCorrelations {
  private final double[] y;
  private final Ranks.Order yOrder;

  private LaggedCorrelations(double[] y) {
    this.y = y;
    this.yOrder = Ranks.Order.of(y);
  }

  /** Tests against the outcome y (NaN = missing); y is copied. */
  public static LaggedCorrelations against(double[] y) {
    return new LaggedCorrelations(SeriesArguments.requireSeries(y, "y").clone());
  }

  /**
   * The tests of x at each lag, in the order of the lags.
   *
   * @throws IllegalArgumentException if x and y differ in length or a lag is negative
   */
  public List<CorrelationTest> of(double[] x, List<Integer> lags) {
    SeriesArguments.requireSameLength(x, y);
    Ranks.Order xOrder = Ranks.Order.of(x);
    List<CorrelationTest> out = new ArrayList<>(lags.size());
    for (int lag : lags) {
      if (lag < 0) {
        throw new IllegalArgumentException("lag is " + lag + "; pass 0 or more days");
      }
      double[] lagged = lagged(x, lag);
      boolean[] both = CompletePairs.mask(lagged, y);
      out.add(
          CorrelationTest.ofComplete(
              both,
              CompletePairs.select(lagged, both),
              CompletePairs.select(y, both),
              xOrder.ranksWhere(both, lag),
              yOrder.ranksWhere(both, 0)));
    }
    return out;
  }

  /** x moved later by lag positions: out[t] = x[t - lag], NaN before. */
  static double[] lagged(double[] x, int lag) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    if (lag < x.length) {
      System.arraycopy(x, 0, out, lag, x.length - lag);
    }
    return out;
  }
}
