package org.painstats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;
import org.painstats.sim.ApproachWorld;

class PlanPowerTest {
  @Test
  void theNoiseOfADiaryIsItsAr1CorrelationAndSpreadAroundEachPeriod() {
    // 400 days of AR(1) noise (phi 0.7, SD 1.5) in two periods whose means differ by 3 points
    double[] y =
        ApproachWorld.of(
                ApproachWorld.flat(),
                0.7,
                1.5,
                ApproachWorld.Phase.none(200),
                ApproachWorld.Phase.of(0, 200, -3))
            .draw(42)
            .y();
    DiaryBuilder b = Diary.builder("noise");
    for (int i = 0; i < y.length; i++) {
      b.day(LocalDate.of(2026, 1, 1).plusDays(i)).pain(Math.max(0, Math.min(10, y[i])));
      if (i >= 200) {
        b.approach("walk");
      }
    }
    PlanNoise noise = PlanNoise.of(b.build());
    assertEquals(400, noise.days());
    assertEquals(0.7, noise.phi(), 0.1);
    assertEquals(1.5, noise.sd(), 0.25);
  }

  @Test
  void simulatedPowerMatchesTheTargetsOfSixteenBlocksOfSevenDays() {
    PlanDesign d = PlanDesign.pairs(7, 16, 0);
    // measured: 8 of 200 (4.0%) without an effect, 193 of 200 (96.5%) with a 2-point drop
    double none = PlanPower.simulate(d, 0.7, 1.5, 0, 200, 1);
    double drop = PlanPower.simulate(d, 0.7, 1.5, -2, 200, 1);
    assertTrue(none <= 0.08, "null " + none);
    assertTrue(drop >= 0.8, "power " + drop);
  }

  @Test
  void suggestsTheFewestBlocksThatReachEightyPercent() {
    PlanNoise noise = new PlanNoise(0.7, 1.5, 100);
    PlanPower p = PlanPower.of(PlanDesign.pairs(7, 12, 0), noise, 2, 200, 3);
    int blocks = p.suggestedUnits().orElseThrow();
    assertTrue(p.suggestedPower() >= 0.8, p.toString());
    assertTrue(blocks % 2 == 0 && blocks >= 12, p.toString());
    if (blocks > 12) {
      assertTrue(
          PlanPower.simulate(PlanDesign.pairs(7, blocks - 2, 0), 0.7, 1.5, 2, 200, 3) < 0.8,
          "two blocks fewer already reach 80%");
    }
  }
}
