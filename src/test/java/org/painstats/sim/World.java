package org.painstats.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Null worlds shaped like real diaries: pain and one factor (or activity) with no day-to-day link,
 * but sharing what diaries share, or wandering as diaries wander. Each world draws a {@link Pair}
 * from a seed; day 0 is a Monday; NaN marks a day without an entry.
 */
public enum World {
  /** A weekly rhythm (profile SD 0.6 of the noise) shared by pain and the factor, either sign. */
  WEEKDAY_RHYTHM,
  /** Pain higher on weekdays; an activity done on half of weekend days and 15% of weekdays. */
  WEEKEND_ACTIVITY,
  /** A straight drift in each, independent: a change of 1 to 2 noise SDs over the diary. */
  INDEPENDENT_DRIFTS,
  /** A 365-day season of amplitude 1 noise SD in both (either sign), random phase. */
  SHARED_SEASON,
  /** AR(1) with phi 0.8 plus independent reporting noise (half the variance) in both. */
  REPORTING_NOISE,
  /** An activity on random 30% of days against AR(1) pain plus reporting noise. */
  ACTIVITY_REPORTING_NOISE,
  /** Independent random walks. */
  RANDOM_WALKS,
  /** An activity on random 30% of days against random-walk pain. */
  ACTIVITY_RANDOM_WALK,
  /** Independent AR(1) series, phi 0.3, 30% of days missing. */
  AR1_03_MISSING,
  /** Independent AR(1) series, phi 0.6, 30% of days missing. */
  AR1_06_MISSING,
  /** Independent AR(1) series, phi 0.9, 30% of days missing. */
  AR1_09_MISSING,
  /** Pain rated in whole points with a floor at 0 (about a third of days at 0), AR(1) 0.7. */
  FLOOR;

  /** Pain and a factor (0/1 for an activity) of {@code days} days. */
  public record Pair(double[] pain, double[] factor) {}

  /** Whether the second series is a 0/1 activity. */
  public boolean activity() {
    return this == WEEKEND_ACTIVITY
        || this == ACTIVITY_REPORTING_NOISE
        || this == ACTIVITY_RANDOM_WALK;
  }

  /**
   * Pain and several factors (or activities) with no link to pain, sharing the world's structure.
   */
  public record Sample(double[] pain, List<double[]> factors) {
    public Sample {
      factors = List.copyOf(factors);
    }
  }

  /** The pair drawn from a seed. */
  public Pair draw(long seed, int days) {
    Sample s = sample(seed, days, 1);
    return new Pair(s.pain(), s.factors().get(0));
  }

  /**
   * Pain and {@code count} factors (activities in an activity world) drawn from a seed: each factor
   * shares the world's structure with pain (the same weekday profile or season, either sign) and
   * has its own noise, drift or walk.
   */
  public Sample sample(long seed, int days, int count) {
    Series s = Series.seeded(seed);
    List<double[]> f = new ArrayList<>();
    double[] pain;
    switch (this) {
      case WEEKDAY_RHYTHM -> {
        double[] profile = s.weekdayProfile(0.6);
        double[] signs = signs(s, count);
        pain = Series.plusWeekdays(s.ar1(days, 0.6), profile);
        for (int k = 0; k < count; k++) {
          double[] x = s.ar1(days, 0.3);
          for (int t = 0; t < days; t++) {
            x[t] += signs[k] * profile[t % 7];
          }
          f.add(x);
        }
      }
      case WEEKEND_ACTIVITY -> {
        double[] profile = {0.3, 0.3, 0.3, 0.3, 0.3, -0.75, -0.75};
        pain = Series.plusWeekdays(s.ar1(days, 0.6), profile);
        for (int k = 0; k < count; k++) {
          f.add(s.activity(days, 0.15, 0.5));
        }
      }
      case INDEPENDENT_DRIFTS -> {
        pain = Series.plusDrift(s.ar1(days, 0.6), s.sign() * (1 + s.uniform()));
        for (int k = 0; k < count; k++) {
          f.add(Series.plusDrift(s.ar1(days, 0.5), s.sign() * (1 + s.uniform())));
        }
      }
      case SHARED_SEASON -> {
        double phase = 2 * Math.PI * s.uniform();
        double[] signs = signs(s, count);
        pain = Series.plusSeason(s.ar1(days, 0.6), 1, phase);
        for (int k = 0; k < count; k++) {
          f.add(Series.plusSeason(s.ar1(days, 0.5), signs[k], phase));
        }
      }
      case REPORTING_NOISE -> {
        double sd = Math.sqrt(0.5);
        pain = s.plusNoise(s.ar1(days, 0.8), sd);
        for (int k = 0; k < count; k++) {
          f.add(s.plusNoise(s.ar1(days, 0.8), sd));
        }
      }
      case ACTIVITY_REPORTING_NOISE -> {
        pain = s.plusNoise(s.ar1(days, 0.8), Math.sqrt(0.5));
        for (int k = 0; k < count; k++) {
          f.add(s.activity(days, 0.3, 0.3));
        }
      }
      case RANDOM_WALKS -> {
        pain = s.randomWalk(days);
        for (int k = 0; k < count; k++) {
          f.add(s.randomWalk(days));
        }
      }
      case ACTIVITY_RANDOM_WALK -> {
        pain = s.randomWalk(days);
        for (int k = 0; k < count; k++) {
          f.add(s.activity(days, 0.3, 0.3));
        }
      }
      case AR1_03_MISSING, AR1_06_MISSING, AR1_09_MISSING -> {
        double phi = this == AR1_03_MISSING ? 0.3 : this == AR1_06_MISSING ? 0.6 : 0.9;
        pain = s.ar1(days, phi);
        for (int k = 0; k < count; k++) {
          f.add(s.ar1(days, phi));
        }
        for (int t = 0; t < days; t++) {
          if (s.uniform() < 0.3) {
            pain[t] = Double.NaN;
            for (double[] x : f) {
              x[t] = Double.NaN;
            }
          }
        }
      }
      case FLOOR -> {
        pain = Series.rated(s.ar1(days, 0.7), 0.8, 1.6);
        for (int k = 0; k < count; k++) {
          f.add(s.ar1(days, 0.7));
        }
      }
      default -> throw new AssertionError(this);
    }
    return new Sample(pain, f);
  }

  private static double[] signs(Series s, int count) {
    double[] out = new double[count];
    for (int k = 0; k < count; k++) {
      out[k] = s.sign();
    }
    return out;
  }

  /**
   * Sleep with an effect of r = 0.2 on the next day's pain: sleep AR(1) phi 0.3, pain = -0.204
   * sleep(t-1) + AR(1) noise phi 0.6 (unit variance), so corr(pain_t, sleep_{t-1}) = -0.20.
   */
  public static Pair sleepEffect(long seed, int days) {
    Series s = Series.seeded(seed);
    double[] sleep = s.ar1(days + 1, 0.3);
    double[] noise = s.ar1(days, 0.6);
    double[] pain = new double[days];
    double[] f = new double[days];
    for (int t = 0; t < days; t++) {
      pain[t] = noise[t] - 0.204 * sleep[t];
      f[t] = sleep[t + 1];
    }
    return new Pair(pain, f);
  }
}
