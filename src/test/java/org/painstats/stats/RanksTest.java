package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** {@link Ranks}: the radix ordering ranks as a comparison sort by {@link Double#compare} does. */
class RanksTest {

  /** Average ranks by a boxed comparison sort, as first written. */
  private static double[] bySorting(double[] values) {
    Integer[] order =
        java.util.stream.IntStream.range(0, values.length)
            .filter(i -> !Double.isNaN(values[i]))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    Arrays.fill(ranks, Double.NaN);
    int start = 0;
    while (start < order.length) {
      int end = start + 1;
      while (end < order.length && values[order[end]] == values[order[start]]) {
        end++;
      }
      for (int j = start; j < end; j++) {
        ranks[order[j]] = (start + 1 + end) / 2.0;
      }
      start = end;
    }
    return ranks;
  }

  @Test
  void ranksSignedZerosInfinitiesTiesAndGapsAsASortDoes() {
    double nan = Double.NaN;
    double[] v = {
      3,
      -0.0,
      0.0,
      nan,
      -2.5,
      1e300,
      Double.NEGATIVE_INFINITY,
      3,
      -1e-300,
      Double.MIN_VALUE,
      0.0,
      Double.POSITIVE_INFINITY,
      -2.5,
      7.25,
      nan,
      -0.0
    };
    assertArrayEquals(bySorting(v), Ranks.average(v));
  }

  @Test
  void ranksLongSeriesAsASortDoes() {
    Lcg r = new Lcg(12);
    double[] whole = new double[3000];
    double[] fine = new double[3000];
    for (int i = 0; i < whole.length; i++) {
      whole[i] = i % 17 == 0 ? Double.NaN : Math.rint(5 + 2 * r.normal());
      fine[i] = r.normal() * 1e3;
    }
    assertArrayEquals(bySorting(whole), Ranks.average(whole));
    assertArrayEquals(bySorting(fine), Ranks.average(fine));
  }
}
