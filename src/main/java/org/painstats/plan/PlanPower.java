package org.painstats.plan;

import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * The chance that a plan's randomization test finds an effect of a given size at the 5% level, by
 * simulation: trials of the design with AR(1) noise like the person's own ({@link PlanNoise}), the
 * effect added on approach days, each tested as the report would; and the number of blocks (or
 * days) that reaches 80%.
 *
 * @param power the share of simulated trials where the test gave p &lt;= 0.05
 * @param trials the trials simulated per design
 * @param effect the effect planted, in outcome points
 * @param noise the noise simulated
 * @param seed the seed of the simulation
 * @param suggestedUnits the fewest blocks (days, day by day) whose power reached 80%, if any up to
 *     the longest plan allowed
 * @param suggestedPower the power simulated for that number
 */
public record PlanPower(
    double power,
    int trials,
    double effect,
    PlanNoise noise,
    long seed,
    OptionalInt suggestedUnits,
    double suggestedPower) {

  /** The power a plan should have. */
  public static final double TARGET = 0.8;

  /** Schedules drawn per simulated trial when a design allows more (the report uses 9,999). */
  static final int PERMUTATIONS = 999;

  /**
   * The power of a design against an effect, and the number of blocks for 80%.
   *
   * @param trials simulated trials per design (200 gives power within about 3 points)
   */
  public static PlanPower of(
      PlanDesign design, PlanNoise noise, double effect, int trials, long seed) {
    double power = simulate(design, noise.phi(), noise.sd(), effect, trials, seed);
    int lo = smallest(design);
    int step = design.kind() == PlanDesign.Kind.PAIRS ? 2 : 1;
    int max = PlanDesign.MAX_DAYS / design.unitDays() / step * step;
    // doubling, then bisection between the last too small and the first large enough
    int hi = lo;
    double hiPower = simulate(resized(design, hi), noise.phi(), noise.sd(), effect, trials, seed);
    while (hiPower < TARGET && hi < max) {
      lo = hi;
      hi = Math.min(max, hi * 2);
      hiPower = simulate(resized(design, hi), noise.phi(), noise.sd(), effect, trials, seed);
    }
    if (hiPower < TARGET) {
      return new PlanPower(power, trials, effect, noise, seed, OptionalInt.empty(), hiPower);
    }
    while (hi - lo > step) {
      int mid = (lo + hi) / 2 / step * step;
      if (mid <= lo) {
        break;
      }
      double p = simulate(resized(design, mid), noise.phi(), noise.sd(), effect, trials, seed);
      if (p >= TARGET) {
        hi = mid;
        hiPower = p;
      } else {
        lo = mid;
      }
    }
    return new PlanPower(power, trials, effect, noise, seed, OptionalInt.of(hi), hiPower);
  }

  /** The fewest units of this kind of design whose test can reach p = 0.05. */
  private static int smallest(PlanDesign design) {
    int step = design.kind() == PlanDesign.Kind.PAIRS ? 2 : 1;
    for (int u = 2 * step; ; u += step) {
      PlanDesign d = resized(design, u);
      if (d.schedules() >= PlanDesign.MIN_SCHEDULES && d.smallestPValue() <= 0.05) {
        return u;
      }
    }
  }

  private static PlanDesign resized(PlanDesign d, int units) {
    return d.kind() == PlanDesign.Kind.PAIRS
        ? PlanDesign.pairs(d.unitDays(), units, d.washoutDays())
        : PlanDesign.days(units, d.maxRun());
  }

  /**
   * The share of {@code trials} simulated trials of a design whose randomization test rejects at
   * 5%: stationary AR(1) noise of standard deviation {@code sd}, {@code effect} added on approach
   * days (washout days included, as the effect would start there; they are left out of the test).
   */
  public static double simulate(
      PlanDesign design, double phi, double sd, double effect, int trials, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int rejected = 0;
    double innovation = sd * Math.sqrt(1 - phi * phi);
    int len = design.unitDays();
    for (int t = 0; t < trials; t++) {
      boolean[] s = design.draw(rnd);
      double[] y = new double[design.days()];
      double a = sd * gauss(rnd);
      for (int i = 0; i < y.length; i++) {
        if (i > 0) {
          a = phi * a + innovation * gauss(rnd);
        }
        y[i] = a + (s[i / len] ? effect : 0);
      }
      rejected += RandomizationTest.rejects(design, s, y, PERMUTATIONS, rnd.nextLong()) ? 1 : 0;
    }
    return (double) rejected / trials;
  }

  /** Box-Muller on the seeded stream: the same numbers on every JVM. */
  static double gauss(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
