package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link NoiseModel}'s scalar fixed point and lazily computed autocovariances give what the
 * definition gives when iterated as written: all autocovariances up to n/4, Geyer's window, then 50
 * rounds of gamma = c + Vbar(gamma) with Vbar summed over every pair of days in each period.
 */
class NoiseModelFixedPointTest {

  private static double[] byDefinition(double[] r, Object[] period, int parameters) {
    Map<Object, List<Integer>> blocks = new LinkedHashMap<>();
    int n = 0;
    for (int t = 0; t < r.length; t++) {
      if (!Double.isNaN(r[t]) && period[t] != null) {
        blocks.computeIfAbsent(period[t], k -> new ArrayList<>()).add(t);
        n++;
      }
    }
    int maxLag = Math.max(1, Math.min(r.length - 2, n / 4));
    double[] c = new double[maxLag + 1];
    for (int k = 0; k <= maxLag; k++) {
      double s = 0;
      for (int t = 0; t + k < r.length; t++) {
        if (!Double.isNaN(r[t]) && !Double.isNaN(r[t + k])) {
          s += r[t] * r[t + k];
        }
      }
      c[k] = s / n;
    }
    c[0] *= n / (double) (n - parameters);
    int window = 1;
    if (c[1] > 0) {
      window = 2;
      for (int m = 1; 2 * m + 1 < c.length && c[2 * m] + c[2 * m + 1] > 0; m++) {
        window = 2 * m + 2;
      }
    }
    double[] gamma = java.util.Arrays.copyOf(c, window);
    for (int it = 0; it < 50; it++) {
      double total = 0;
      for (List<Integer> days : blocks.values()) {
        int m = days.size();
        double v = 0;
        for (int a = 0; a < m; a++) {
          v += gamma[0];
          for (int b = a + 1; b < m && days.get(b) - days.get(a) < window; b++) {
            v += 2 * gamma[days.get(b) - days.get(a)];
          }
        }
        total += m * (v / ((double) m * m));
      }
      double vbar = total / n;
      double[] next = new double[window];
      for (int k = 0; k < window; k++) {
        next[k] = c[k] + vbar;
      }
      gamma = next;
    }
    return gamma;
  }

  @Test
  void tenYearsInManyPeriodsGiveTheIteratedDefinition() {
    Lcg g = new Lcg(17);
    int days = 3650;
    double[] r = g.ar1(days, 0.6, 1.0);
    Object[] period = new Object[days];
    for (int t = 0; t < days; t++) {
      if (g.uniform() < 0.05) {
        r[t] = Double.NaN;
      }
      int block = t / 300;
      period[t] = t % 300 < 250 ? "p" + (block % 4) : "between";
    }
    double[] expected = byDefinition(r, period, 2);
    NoiseModel m = NoiseModel.of(r, period, 2);
    double[] acf = m.acf();
    assertEquals(expected.length, acf.length, "window");
    assertEquals(expected[0], m.sigma2(), 1e-12 * expected[0]);
    for (int k = 0; k < acf.length; k++) {
      assertEquals(expected[k] / expected[0], acf[k], 1e-12, "lag " + k);
    }
  }
}
