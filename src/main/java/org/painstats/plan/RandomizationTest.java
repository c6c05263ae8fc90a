package org.painstats.plan;

import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * The randomization test of a planned trial: is the difference between approach days and the other
 * days larger than the schedules the plan could as well have drawn would give?
 *
 * <p>The statistic is mean(outcome on approach days) minus mean(outcome on the other days), over
 * the plan's days with an outcome, washout days left out. Under the hypothesis that the approach
 * changes nothing on any day, the outcomes are what they are whatever the schedule, so the
 * statistic of every schedule the design allows is as likely as the one drawn. The two-sided
 * p-value is the share of those schedules whose |difference| is at least the observed one: exact
 * over all of them when there are at most {@value #EXACT_LIMIT}, otherwise estimated from {@code
 * count} schedules drawn with a seed, as (1 + at least as large) / (count + 1). Valid whatever the
 * autocorrelation, flares or natural course of the outcome (Edgington &amp; Onghena 2007,
 * <i>Randomization Tests</i>, ch. 11; R package SCRT, {@code pvalue.random}); the washout days are
 * recomputed for each schedule, as they follow its changes. Days analysed are the planned ones
 * (intention to treat): a day that did not follow the plan keeps its planned condition.
 */
public final class RandomizationTest {
  /** The most schedules compared one by one; above, a Monte Carlo sample. */
  public static final int EXACT_LIMIT = 1 << 16;

  /** Schedules drawn for the Monte Carlo p-value of a report. */
  public static final int MONTE_CARLO = 9_999;

  /** Relative tolerance under which two differences count as equal (rounding). */
  private static final double TIE = 1e-9;

  private RandomizationTest() {}

  /**
   * The test of a plan's outcomes.
   *
   * @param plan the plan followed
   * @param y the outcome on each day of the plan, in order, NaN where missing
   * @param count schedules to draw when there are too many to compare all
   * @param seed the seed of those draws
   * @throws IllegalArgumentException if {@code y} does not have one value per plan day
   */
  public static RandomizationResult of(Plan plan, double[] y, int count, long seed) {
    PlanDesign design = plan.design();
    if (y.length != design.days()) {
      throw new IllegalArgumentException(
          "y: " + y.length + " values for a plan of " + design.days() + " days");
    }
    Sums sums = new Sums(design, y);
    boolean[] observed = plan.schedule();
    double[] stat = sums.statistic(observed);
    double t = stat[0];
    double schedules = design.schedules();
    if (Double.isNaN(t)) {
      return new RandomizationResult(
          t, Double.NaN, 0, schedules, true, OptionalLong.empty(), 0, 0, stat[1], stat[2], 0, 0);
    }
    double bound = Math.abs(t) * (1 - TIE) - TIE;
    if (schedules <= EXACT_LIMIT) {
      List<boolean[]> all = design.all(EXACT_LIMIT);
      int atLeast = 0;
      for (boolean[] s : all) {
        atLeast += Math.abs(sums.statistic(s)[0]) >= bound ? 1 : 0;
      }
      return result(sums, observed, stat, (double) atLeast / all.size(), all.size(), true, seed);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int atLeast = 0;
    for (int i = 0; i < count; i++) {
      atLeast += Math.abs(sums.statistic(design.draw(rnd))[0]) >= bound ? 1 : 0;
    }
    return result(sums, observed, stat, (1.0 + atLeast) / (count + 1.0), count, false, seed);
  }

  /** Whether the test of simulated outcomes rejects at level alpha (for power by simulation). */
  static boolean rejects(PlanDesign design, boolean[] observed, double[] y, int count, long seed) {
    double alpha = 0.05;
    Sums sums = new Sums(design, y);
    double t = sums.statistic(observed)[0];
    if (Double.isNaN(t)) {
      return false;
    }
    double bound = Math.abs(t) * (1 - TIE) - TIE;
    if (design.schedules() <= count) {
      List<boolean[]> all = design.all(EXACT_LIMIT);
      int atLeast = 0;
      for (boolean[] s : all) {
        atLeast += Math.abs(sums.statistic(s)[0]) >= bound ? 1 : 0;
      }
      return atLeast <= alpha * all.size();
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int atLeast = 0;
    for (int i = 0; i < count; i++) {
      atLeast += Math.abs(sums.statistic(design.draw(rnd))[0]) >= bound ? 1 : 0;
      if (1.0 + atLeast > alpha * (count + 1.0)) {
        return false; // cannot reach alpha any more
      }
    }
    return true;
  }

  private static RandomizationResult result(
      Sums sums,
      boolean[] observed,
      double[] stat,
      double p,
      int permutations,
      boolean exact,
      long seed) {
    int[] n = sums.days(observed);
    return new RandomizationResult(
        stat[0],
        p,
        permutations,
        sums.design.schedules(),
        exact,
        exact ? OptionalLong.empty() : OptionalLong.of(seed),
        n[0],
        n[1],
        stat[1],
        stat[2],
        n[2],
        n[3]);
  }

  /**
   * Sums of the outcome per block, over all its days and over its days after the washout, so that a
   * schedule's statistic costs one pass over the blocks.
   */
  private static final class Sums {
    final PlanDesign design;
    final double[] all;
    final int[] nAll;
    final double[] tail;
    final int[] nTail;
    final int[] missing;

    Sums(PlanDesign design, double[] y) {
      this.design = design;
      int units = design.units();
      int len = design.unitDays();
      all = new double[units];
      nAll = new int[units];
      tail = new double[units];
      nTail = new int[units];
      missing = new int[units];
      for (int u = 0; u < units; u++) {
        for (int d = 0; d < len; d++) {
          double v = y[u * len + d];
          if (Double.isNaN(v)) {
            missing[u]++;
            continue;
          }
          all[u] += v;
          nAll[u]++;
          if (d >= design.washoutDays()) {
            tail[u] += v;
            nTail[u]++;
          }
        }
      }
    }

    /** {difference, mean on approach days, mean on the other days}. */
    double[] statistic(boolean[] s) {
      double s1 = 0;
      double s0 = 0;
      int n1 = 0;
      int n0 = 0;
      for (int u = 0; u < s.length; u++) {
        boolean cut = design.washoutDays() > 0 && (u == 0 || s[u] != s[u - 1]);
        double sum = cut ? tail[u] : all[u];
        int n = cut ? nTail[u] : nAll[u];
        if (s[u]) {
          s1 += sum;
          n1 += n;
        } else {
          s0 += sum;
          n0 += n;
        }
      }
      double m1 = n1 == 0 ? Double.NaN : s1 / n1;
      double m0 = n0 == 0 ? Double.NaN : s0 / n0;
      return new double[] {m1 - m0, m1, m0};
    }

    /** {approach days analysed, other days analysed, washout days left out, days missing}. */
    int[] days(boolean[] s) {
      int n1 = 0;
      int n0 = 0;
      int cutDays = 0;
      int miss = 0;
      for (int u = 0; u < s.length; u++) {
        boolean cut = design.washoutDays() > 0 && (u == 0 || s[u] != s[u - 1]);
        int n = cut ? nTail[u] : nAll[u];
        if (s[u]) {
          n1 += n;
        } else {
          n0 += n;
        }
        cutDays += cut ? design.washoutDays() : 0;
        miss += missing[u];
      }
      return new int[] {n1, n0, cutDays, miss};
    }
  }
}
