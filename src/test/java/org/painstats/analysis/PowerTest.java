package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.sample.SampleDiaryGenerator;
import org.painstats.sample.SampleDiaryGenerator.Spec;

/**
 * Diaries with effects of the size planted in the sample (a year each, other seeds): each planted
 * factor, activity and the helpful approach is found in at least 80% of them.
 *
 * <p>The approach is the hard one: a 40-day baseline of autocorrelated days pins its mean down only
 * so far. Measured over 200 diaries (seeds 9000-9199): McKenzie's planted 2-point drop (the IMMPACT
 * threshold of a clinically meaningful change) is found in 91%; a 1.5-point drop would be found in
 * 70%.
 */
class PowerTest {
  private static final int DIARIES = 200;

  private static Predicate<Report> factor(String name, int lag) {
    return r ->
        r.factors().stream()
            .anyMatch(f -> f.factor().equals(name) && f.lag() == lag && f.significant());
  }

  private static Predicate<Report> activity(String name, int lag) {
    return r ->
        r.activities().stream()
            .anyMatch(a -> a.activity().equals(name) && a.lag() == lag && a.significant());
  }

  @Test
  void findsEachPlantedEffectInAtLeast80Percent() {
    Map<String, Predicate<Report>> planted = new LinkedHashMap<>();
    planted.put("sleep_hours lag 0", factor("sleep_hours", 0));
    planted.put("stress lag 1", factor("stress", 1));
    planted.put("long_sitting same day", activity("long_sitting", 0));
    planted.put("heavy_lifting next day", activity("heavy_lifting", 1));
    planted.put("swim next day", activity("swim", 1));
    planted.put(
        "McKenzie exercises",
        r ->
            r.approaches().stream()
                .anyMatch(
                    a ->
                        a.approach().equals("McKenzie exercises")
                            && a.significant()
                            && a.levelChange() < 0));
    Map<String, Integer> found = new LinkedHashMap<>();
    for (int s = 0; s < DIARIES; s++) {
      Report r = PainStats.analyse(SampleDiaryGenerator.diary(Spec.standard().withSeed(7000 + s)));
      planted.forEach((k, p) -> found.merge(k, p.test(r) ? 1 : 0, Integer::sum));
    }
    // McKenzie (-2.0 over 8 weeks, one run, 7-8-day gaps around it): measured 187 of 200 (93.5%)
    // with seeds 7000-7199 (47 of 60 before a flare was modelled as a restart of the noise rather
    // than by leaving out the days before the start, and before the second-order interval term).
    found.forEach(
        (k, n) ->
            assertTrue(n >= 0.8 * DIARIES, k + " found in " + n + " of " + DIARIES + ": " + found));
  }
}
