package org.painstats.sim;

import java.time.LocalDate;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;

/** Diaries built from the simulation worlds, starting on a Monday (2024-01-01). */
public final class Diaries {
  /** The first day of every simulated diary: a Monday. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  private Diaries() {}

  /**
   * A diary of the world: pain (5 + the world's pain) and {@code count} factors named {@code
   * factor_0...} (activities {@code activity_0...} in an activity world); a day whose pain is
   * missing has no entry.
   */
  public static Diary of(World world, long seed, int days, int count) {
    World.Sample s = world.sample(seed, days, count);
    return build("world-" + world + "-" + seed, s, world.activity());
  }

  /**
   * Sleep with r = 0.2 on the next day's pain ({@link World#sleepEffect}), among three unrelated
   * factors (AR(1), phi 0.5) and two unrelated activities (30% of days): 16 tests at lags 0-2 and
   * 0-1, as a modest real diary has.
   */
  public static Diary sleep(long seed, int days) {
    World.Pair p = World.sleepEffect(seed, days);
    Series s = Series.seeded(seed + 1_000_000L);
    double[][] other = {s.ar1(days, 0.5), s.ar1(days, 0.5), s.ar1(days, 0.5)};
    double[][] done = {s.activity(days, 0.3, 0.3), s.activity(days, 0.3, 0.3)};
    DiaryBuilder b = Diary.builder("sleep-" + seed);
    for (int t = 0; t < days; t++) {
      b.day(START.plusDays(t)).pain(5 + p.pain()[t]).factor("sleep_hours", 7 + p.factor()[t]);
      b.factor("stress", 5 + other[0][t]).factor("mood", 5 + other[1][t]);
      b.factor("coffee", 2 + other[2][t]);
      for (int a = 0; a < done.length; a++) {
        if (done[a][t] == 1) {
          b.activity("activity_" + a);
        } else {
          b.declareActivity("activity_" + a);
        }
      }
    }
    return b.build();
  }

  static Diary build(String name, World.Sample s, boolean activities) {
    DiaryBuilder b = Diary.builder(name);
    double[] pain = s.pain();
    for (int t = 0; t < pain.length; t++) {
      if (Double.isNaN(pain[t])) {
        continue;
      }
      b.day(START.plusDays(t)).pain(5 + pain[t]);
      for (int k = 0; k < s.factors().size(); k++) {
        double v = s.factors().get(k)[t];
        if (activities) {
          if (v == 1) {
            b.activity("activity_" + k);
          } else {
            b.declareActivity("activity_" + k);
          }
        } else {
          b.factor("factor_" + k, v);
        }
      }
    }
    return b.build();
  }
}
