package org.painstats.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.painstats.sample.SampleDiaryGenerator.Effects;
import org.painstats.sample.SampleDiaryGenerator.Spec;

/**
 * Simulates the sample diary day by day, as documented in {@code sample-data/README.md}.
 *
 * <p>Each ingredient (pain noise, sleep, stress, each activity, each extra factor, ...) draws from
 * its own seeded stream, so changing the effects or the number of extra factors leaves every other
 * column of the diary unchanged. Only {@link Random} (whose algorithm is specified) and exact
 * arithmetic are used, so the output is the same on every JVM.
 */
final class SampleModel {
  static final double PAIN_BASE = 5.0;
  static final double PAIN_PHI = 0.6;
  static final double PAIN_SD = 1.0;
  static final double SLEEP_MEAN = 7.0;
  static final double SLEEP_PHI = 0.3;
  static final double SLEEP_SD = 1.0;
  static final double STRESS_MEAN = 5.0;
  static final double STRESS_PHI = 0.5;
  static final double STRESS_SD = 2.0;
  static final double EXTRA_PHI = 0.3;

  /** Share of pain ratings written to the nearest half point instead of the nearest integer. */
  static final double HALF_POINT_SHARE = 0.06;

  /** An activity: its name in the diary, the tag the person writes, the share of days done. */
  record Activity(String name, String tag, double share) {}

  static final List<Activity> ACTIVITIES =
      List.of(
          new Activity("walk", "walk", 0.50),
          new Activity("yoga", "yoga", 0.20),
          new Activity("swim", "swim", 0.15),
          new Activity("gym", "gym", 0.15),
          new Activity("meditation", "meditation", 0.25),
          new Activity("long_sitting", "long sitting", 0.30),
          new Activity("heavy_lifting", "heavy lifting", 0.08));

  private static final int SWIM = 2;
  private static final int LONG_SITTING = 5;
  private static final int HEAVY_LIFTING = 6;

  /**
   * A pure-noise factor: AR(1) with phi {@link #EXTRA_PHI} around {@code mean} with marginal {@code
   * sd}, rounded to {@code 1/perUnit} and clipped to {@code [min, max]}.
   */
  record ExtraFactor(
      String name, String header, double mean, double sd, int perUnit, double min, double max) {}

  static final List<ExtraFactor> EXTRA_FACTORS =
      List.of(
          new ExtraFactor("coffee", "Coffee (cups)", 2, 1, 1, 0, 8),
          new ExtraFactor("water", "Water (litres)", 1.8, 0.4, 10, 0.3, 4),
          new ExtraFactor("screen_time", "Screen time (hours)", 5, 1.5, 2, 0, 14),
          new ExtraFactor("energy", "Energy (1-5)", 3, 0.9, 1, 1, 5),
          new ExtraFactor("anxiety", "Anxiety (0-10)", 4, 1.8, 1, 0, 10),
          new ExtraFactor("alcohol", "Alcohol (units)", 1, 1.2, 1, 0, 10),
          new ExtraFactor("outdoor_temperature", "Outdoor temperature (C)", 12, 7, 1, -15, 38),
          new ExtraFactor("weight", "Weight (kg)", 78, 0.8, 10, 60, 100));

  /**
   * One written day. {@code pain} is {@code NaN} when the day was not rated.
   *
   * @param extras the values of the extra factors, in {@link #EXTRA_FACTORS} order
   * @param activities the names of the activities done, in {@link #ACTIVITIES} order
   */
  record Day(
      LocalDate date,
      double pain,
      double sleepHours,
      double sleepQuality,
      double stress,
      double mood,
      double steps,
      List<Double> extras,
      List<String> activities,
      String approach,
      String note) {
    Day {
      extras = List.copyOf(extras);
      activities = List.copyOf(activities);
    }
  }

  private SampleModel() {}

  /** The written days of the diary the spec describes, in date order. */
  static List<Day> simulate(Spec spec) {
    // Index 0 is the day before the start: it gives the first day its lagged values, unwritten.
    int len = spec.days() + 1;
    LocalDate day0 = spec.start().minusDays(1);
    Effects fx = spec.effects();

    double[] sleep = new double[len];
    double[] quality = new double[len];
    double[] stress = new double[len];
    double[] steps = new double[len];
    boolean[][] did = new boolean[ACTIVITIES.size()][len];
    double[][] extras = new double[spec.extraFactors()][len];

    Random sleepRnd = stream(spec.seed(), 1);
    Random qualityRnd = stream(spec.seed(), 2);
    Random stressRnd = stream(spec.seed(), 3);
    Random stepsRnd = stream(spec.seed(), 5);
    double sleepLatent = 0;
    double stressLatent = 0;
    for (int i = 0; i < len; i++) {
      sleepLatent = ar1(sleepLatent, SLEEP_PHI, SLEEP_SD, sleepRnd, i);
      sleep[i] = clip(round(SLEEP_MEAN + sleepLatent, 2), 4, 10);
      quality[i] = clip(round(3 + 0.8 * (sleep[i] - 7) + 0.7 * qualityRnd.nextGaussian(), 1), 1, 5);
      stressLatent = ar1(stressLatent, STRESS_PHI, STRESS_SD, stressRnd, i);
      stress[i] = clip(round(STRESS_MEAN + stressLatent, 1), 0, 10);
    }
    for (int a = 0; a < ACTIVITIES.size(); a++) {
      Random rnd = stream(spec.seed(), 10 + a);
      for (int i = 0; i < len; i++) {
        did[a][i] = rnd.nextDouble() < ACTIVITIES.get(a).share();
      }
    }
    for (int i = 0; i < len; i++) {
      double walk = did[0][i] ? 1 : 0;
      steps[i] = Math.max(300, Math.round(6000 + 3000 * walk + 1500 * stepsRnd.nextGaussian()));
    }
    for (int k = 0; k < spec.extraFactors(); k++) {
      ExtraFactor f = EXTRA_FACTORS.get(k);
      Random rnd = stream(spec.seed(), 100 + k);
      double latent = 0;
      for (int i = 0; i < len; i++) {
        latent = ar1(latent, EXTRA_PHI, f.sd(), rnd, i);
        extras[k][i] = clip(round(f.mean() + latent, f.perUnit()), f.min(), f.max());
      }
    }

    Random noiseRnd = stream(spec.seed(), 0);
    Random moodRnd = stream(spec.seed(), 4);
    Random entryRnd = stream(spec.seed(), 6);
    Random notesRnd = stream(spec.seed(), 7);
    double noise = ar1(0, PAIN_PHI, PAIN_SD, noiseRnd, 0);
    List<Day> days = new ArrayList<>();
    for (int i = 1; i < len; i++) {
      LocalDate date = day0.plusDays(i);
      String approach = ApproachCalendar.approach(date);
      boolean flare = ApproachCalendar.inFlare(date);
      noise = ar1(noise, PAIN_PHI, PAIN_SD, noiseRnd, i);
      double felt =
          PAIN_BASE
              + noise
              + fx.sleepHours() * (sleep[i] - SLEEP_MEAN)
              + fx.stressLag1() * (stress[i - 1] - STRESS_MEAN)
              + fx.longSitting() * (did[LONG_SITTING][i] ? 1 : 0)
              + fx.heavyLiftingLag1() * (did[HEAVY_LIFTING][i - 1] ? 1 : 0)
              + fx.swimLag1() * (did[SWIM][i - 1] ? 1 : 0)
              + fx.mckenzie() * (approach.equals(ApproachCalendar.MCKENZIE) ? 1 : 0)
              + fx.flare() * (flare ? 1 : 0);
      double mood =
          clip(
              round(3.5 + fx.moodPerPain() * (felt - PAIN_BASE) + 0.6 * moodRnd.nextGaussian(), 1),
              1,
              5);
      boolean written = entryRnd.nextDouble() >= spec.missingDays();
      boolean rated = entryRnd.nextDouble() >= spec.missingPain();
      int perUnit = entryRnd.nextDouble() < HALF_POINT_SHARE ? 2 : 1;
      SampleNotes.Context context =
          did[HEAVY_LIFTING][i]
              ? SampleNotes.Context.LIFTING
              : did[LONG_SITTING][i]
                  ? SampleNotes.Context.SITTING
                  : sleep[i] <= 5.5 ? SampleNotes.Context.SHORT_NIGHT : SampleNotes.Context.NONE;
      String note =
          SampleNotes.pick(notesRnd, approach, ApproachCalendar.starts(date), flare, context);
      if (!written) {
        continue;
      }
      List<Double> extra = new ArrayList<>();
      for (double[] e : extras) {
        extra.add(e[i]);
      }
      List<String> done = new ArrayList<>();
      for (int a = 0; a < ACTIVITIES.size(); a++) {
        if (did[a][i]) {
          done.add(ACTIVITIES.get(a).name());
        }
      }
      double pain = rated ? clip(round(felt, perUnit), 0, 10) : Double.NaN;
      days.add(
          new Day(
              date,
              pain,
              sleep[i],
              quality[i],
              stress[i],
              mood,
              steps[i],
              extra,
              done,
              approach,
              note));
    }
    return days;
  }

  /** The next value of a zero-mean AR(1) with marginal sd; drawn from the stationary law at i 0. */
  private static double ar1(double previous, double phi, double sd, Random rnd, int i) {
    double z = rnd.nextGaussian();
    return i == 0 ? sd * z : phi * previous + sd * Math.sqrt(1 - phi * phi) * z;
  }

  /** x rounded to the nearest 1/perUnit (halves up), exactly as written in decimal. */
  static double round(double x, int perUnit) {
    return Math.round(x * perUnit) / (double) perUnit;
  }

  private static double clip(double x, double min, double max) {
    return Math.max(min, Math.min(max, x));
  }

  /** An independent stream for one ingredient of the model (SplitMix64 mixing of the seed). */
  private static Random stream(long seed, int ingredient) {
    long z = seed + 0x9E3779B97F4A7C15L * (ingredient + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }
}
