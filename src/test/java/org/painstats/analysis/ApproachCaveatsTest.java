package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;
import org.painstats.sim.ApproachWorld;
import org.painstats.sim.ApproachWorld.Phase;

/**
 * The caveat that something else changed with an approach, in seeded A-B-A diaries (4 weeks
 * without, 8 weeks of an approach that does nothing, 4 weeks without; AR(1) phi 0.5, sd 1.5): it
 * names an activity taken up with the approach, and rarely one done as often as before.
 */
class ApproachCaveatsTest {
  private static final int DIARIES = 200;
  private static final ApproachWorld WORLD =
      ApproachWorld.of(
          ApproachWorld.flat(), 0.5, 1.5, Phase.none(28), Phase.of(0, 56, 0), Phase.none(28));

  /**
   * The world's diary with an activity done on a share of the approach's days, another otherwise.
   */
  private static Diary diary(long seed, String approach, double with, double without) {
    ApproachWorld.Diary d = WORLD.draw(seed);
    SplittableRandom r = new SplittableRandom(seed + 1);
    DiaryBuilder b = Diary.builder("overlap-" + seed);
    LocalDate start = LocalDate.of(2025, 1, 1);
    for (int t = 0; t < d.y().length; t++) {
      boolean on = d.label()[t] >= 0;
      b.day(start.plusDays(t)).pain(Math.max(0, Math.min(10, Math.round(d.y()[t]))));
      if (r.nextDouble() < (on ? with : without)) {
        b.activity("ibuprofen");
      } else {
        b.declareActivity("ibuprofen");
      }
      if (on) {
        b.approach(approach);
      }
    }
    return b.build();
  }

  private static int diariesWith(Caveat.Kind kind, String approach, double with, double without) {
    int n = 0;
    for (int s = 0; s < DIARIES; s++) {
      Report r = PainStats.analyse(diary(11_000 + s, approach, with, without));
      n += r.approaches().get(0).caveats().stream().anyMatch(c -> c.kind() == kind) ? 1 : 0;
    }
    return n;
  }

  @Test
  void anActivityTakenUpWithTheApproachIsNamedAsAnotherChange() {
    // ibuprofen on 60% of the approach's days and 20% of the others: measured 195 of 200 (97.5%)
    int n = diariesWith(Caveat.Kind.OTHER_CHANGE, "McKenzie exercises", 0.6, 0.2);
    System.out.println("ApproachCaveatsTest taken up: " + n + " of " + DIARIES);
    assertTrue(n >= 0.8 * DIARIES, n + " of " + DIARIES);
  }

  @Test
  void anActivityDoneAsOftenAsBeforeIsRarelyNamed() {
    // ibuprofen on a third of all days: measured 2 of 200 (1%) (the caveat needs a difference of
    // 25 points in the share of days, over 3 standard errors here)
    int n = diariesWith(Caveat.Kind.OTHER_CHANGE, "McKenzie exercises", 1 / 3.0, 1 / 3.0);
    System.out.println("ApproachCaveatsTest as before: " + n + " of " + DIARIES);
    assertTrue(n <= 0.06 * DIARIES, n + " of " + DIARIES);
  }

  @Test
  void aNameOfTwoApproachesSaysTheyCannotBeToldApart() {
    Report r = PainStats.analyse(diary(11_000, "McKenzie + stretching", 0.3, 0.3));
    assertTrue(
        r.approaches().get(0).caveats().stream()
            .anyMatch(c -> c.kind() == Caveat.Kind.SEVERAL_AT_ONCE),
        r.approaches().get(0).caveats().toString());
  }
}
