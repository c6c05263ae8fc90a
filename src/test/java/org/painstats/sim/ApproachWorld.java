package org.painstats.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Seeded simulated diaries for the approach model: a natural course, phases of approaches (or of
 * none) with known effects, and noise that is AR(1) plus reporting noise. Reusable by any test that
 * needs a daily outcome with planted approach effects.
 *
 * <p>The noise is {@code a_t + e_t} with {@code a_t = phi a_(t-1) + u_t}, a stationary AR(1) of
 * standard deviation {@code arSd}, and white reporting noise of standard deviation {@code whiteSd}.
 * An effect is a step while its approach runs; a lasting one also stays on every later day. A flare
 * adds {@code flareSize} to the AR(1) state {@code flareLead} days before a given day (so it fades
 * at the noise's own pace: a flare is a bad stretch the process produces). An effect may set in
 * gradually: linearly over the first {@code rampDays} days of each run.
 *
 * @param course the natural course by day
 * @param phases the phases in order
 * @param phi AR(1) coefficient per day
 * @param arSd standard deviation of the AR(1) part
 * @param whiteSd standard deviation of the reporting noise
 * @param flareDay the day whose lead the flare precedes, or -1 for none
 * @param flareLead days before {@code flareDay} at which the flare starts
 * @param flareSize the jump of the AR(1) state
 * @param rampDays days over which an effect reaches its full size in each run (0: at once)
 */
public record ApproachWorld(
    IntToDoubleFunction course,
    List<Phase> phases,
    double phi,
    double arSd,
    double whiteSd,
    int flareDay,
    int flareLead,
    double flareSize,
    int rampDays) {

  /**
   * A phase of days.
   *
   * @param approach the approach's index, -1 for none
   * @param days its length
   * @param effect the change it makes while it runs
   * @param lasting whether the change stays after it stops
   */
  public record Phase(int approach, int days, double effect, boolean lasting) {
    public static Phase none(int days) {
      return new Phase(-1, days, 0, false);
    }

    public static Phase of(int approach, int days, double effect) {
      return new Phase(approach, days, effect, false);
    }
  }

  /** One simulated diary: the outcome and approach label by day, and the true effect of each. */
  public record Diary(double[] y, int[] label, int approaches, double[] truth) {}

  public ApproachWorld {
    phases = List.copyOf(phases);
  }

  /** Recovery after an episode: 3.5 + 2.5 e^(-day/42). */
  public static IntToDoubleFunction recovery() {
    return t -> 3.5 + 2.5 * Math.exp(-t / 42.0);
  }

  /** A flat course at 5. */
  public static IntToDoubleFunction flat() {
    return t -> 5;
  }

  /** AR(1) noise of marginal standard deviation sd, no reporting noise, no flare. */
  public static ApproachWorld of(IntToDoubleFunction course, double phi, double sd, Phase... p) {
    return new ApproachWorld(course, List.of(p), phi, sd, 0, -1, 0, 0, 0);
  }

  public ApproachWorld withWhiteNoise(double sd) {
    return new ApproachWorld(
        course, phases, phi, arSd, sd, flareDay, flareLead, flareSize, rampDays);
  }

  /** A flare of the given size (in points) starting {@code lead} days before phase index p. */
  public ApproachWorld withFlareBefore(int phase, int lead, double size) {
    int day = 0;
    for (int i = 0; i < phase; i++) {
      day += phases.get(i).days();
    }
    return new ApproachWorld(course, phases, phi, arSd, whiteSd, day, lead, size, rampDays);
  }

  /** Effects that reach their full size linearly over the first {@code days} days of each run. */
  public ApproachWorld withRamp(int days) {
    return new ApproachWorld(
        course, phases, phi, arSd, whiteSd, flareDay, flareLead, flareSize, days);
  }

  /** The diary drawn with this seed. */
  public Diary draw(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = phases.stream().mapToInt(Phase::days).sum();
    int approaches = phases.stream().mapToInt(Phase::approach).max().orElse(-1) + 1;
    double[] truth = new double[approaches];
    Arrays.fill(truth, Double.NaN);
    double[] y = new double[n];
    int[] label = new int[n];
    double lasting = 0;
    double a = arSd * gauss(rnd);
    double innovation = arSd * Math.sqrt(1 - phi * phi);
    int t = 0;
    for (Phase p : phases) {
      for (int d = 0; d < p.days(); d++, t++) {
        if (t > 0) {
          a = phi * a + innovation * gauss(rnd);
        }
        if (flareDay >= 0 && t == flareDay - flareLead) {
          a += flareSize;
        }
        double onset = rampDays == 0 ? 1 : Math.min(1, (d + 1) / (double) rampDays);
        double effect = p.approach() >= 0 && !p.lasting() ? p.effect() * onset : 0;
        y[t] = course.applyAsDouble(t) + lasting + effect + a + whiteSd * gauss(rnd);
        label[t] = p.approach();
      }
      if (p.approach() >= 0) {
        truth[p.approach()] = p.effect();
      }
      if (p.lasting()) {
        // applied from the phase's first day: redo its days with the effect in place
        for (int d = t - p.days(); d < t; d++) {
          y[d] += p.effect();
        }
        lasting += p.effect();
      }
    }
    return new Diary(y, label, approaches, truth);
  }

  private static double gauss(SplittableRandom rnd) {
    // Box-Muller on the seeded stream: the same numbers on every JVM
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
