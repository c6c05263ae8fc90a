package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;

/**
 * The report on the bundled sample finds what its generator planted (sample-data/README.md) and
 * none of what it did not.
 */
class SampleReportTest {
  private static Report report;

  @BeforeAll
  static void analyse() {
    report = PainStats.analyse(PainStats.read(Path.of("sample-data/diary.csv")));
  }

  private static FactorResult factor(String name, int lag) {
    return report.factors().stream()
        .filter(f -> f.factor().equals(name) && f.lag() == lag)
        .findFirst()
        .orElseThrow();
  }

  private static ActivityResult activity(String name, int lag) {
    return report.activities().stream()
        .filter(a -> a.activity().equals(name) && a.lag() == lag)
        .findFirst()
        .orElseThrow();
  }

  private static ApproachResult approach(String name) {
    return report.approaches().stream()
        .filter(a -> a.approach().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static int strongestLag(String factor) {
    return report.strongestFactors().stream()
        .filter(f -> f.factor().equals(factor))
        .findFirst()
        .orElseThrow()
        .lag();
  }

  @Test
  void findsThePlantedFactorsAtTheirLags() {
    assertTrue(factor("sleep_hours", 0).significant());
    assertTrue(factor("sleep_hours", 0).spearman() < 0);
    assertEquals(0, strongestLag("sleep_hours"));
    assertTrue(factor("stress", 1).significant());
    assertTrue(factor("stress", 1).spearman() > 0);
    assertEquals(1, strongestLag("stress"));
    // pain drives mood the same day: a planted association, though not a cause of pain
    assertTrue(factor("mood", 0).significant());
    assertEquals(0, strongestLag("mood"));
  }

  @Test
  void findsNoLinkForTheUnplantedFactor() {
    for (int lag : List.of(0, 1, 2)) {
      assertFalse(factor("steps", lag).significant(), "steps lag " + lag);
    }
  }

  @Test
  void sleepQualityAddsNothingOnceSleepHoursAreCounted() {
    AdjustedFactor q =
        report.adjusted().stream()
            .filter(a -> a.factor().equals("sleep_quality"))
            .findFirst()
            .orElseThrow();
    assertTrue(q.pValue() >= 0.05, q.toString());
    AdjustedFactor h =
        report.adjusted().stream()
            .filter(a -> a.factor().equals("sleep_hours"))
            .findFirst()
            .orElseThrow();
    assertTrue(h.pValue() < 0.05 && h.coefficient() < 0, h.toString());
  }

  @Test
  void findsThePlantedActivitiesAtTheirLags() {
    assertTrue(activity("long_sitting", 0).significant());
    assertTrue(activity("long_sitting", 0).difference() > 0);
    assertTrue(activity("heavy_lifting", 1).significant());
    assertTrue(activity("heavy_lifting", 1).difference() > 0);
    assertTrue(activity("swim", 1).significant());
    assertTrue(activity("swim", 1).difference() < 0);
    for (String a : List.of("long_sitting", "heavy_lifting", "swim")) {
      int planted = a.equals("long_sitting") ? 0 : 1;
      assertFalse(activity(a, 1 - planted).significant(), a + " at the wrong lag");
    }
  }

  @Test
  void findsNothingForTheActivitiesWithoutEffect() {
    for (String a : List.of("walk", "yoga", "gym", "meditation")) {
      for (int lag : List.of(0, 1)) {
        assertFalse(activity(a, lag).significant(), a + " lag " + lag);
      }
    }
  }

  @Test
  void findsOnlyMcKenzieHelpedAndThatPainWentBackUpAfterIt() {
    ApproachResult m = approach("McKenzie exercises");
    assertTrue(m.significant(), m.toString());
    // planted: -2.0 on each McKenzie day (SampleDiaryGenerator.Effects.standard)
    assertTrue(m.ciLow() <= -2.0 && -2.0 <= m.ciHigh(), m.toString());
    assertTrue(
        m.verdict() == ApproachVerdict.HELPED || m.verdict() == ApproachVerdict.PROBABLY_HELPED,
        m.toString());
    assertTrue(m.afterStopping().orElseThrow().change() > 1, m.toString());
    assertTrue(m.summary().contains("went back up"), m.summary());
    for (ApproachResult a : report.approaches()) {
      if (!a.approach().equals("McKenzie exercises")) {
        assertFalse(a.significant(), a.toString());
      }
    }
  }

  @Test
  void theFlareBeforeTheAcupressureMatIsNotCreditedToIt() {
    // The 4-day flare (+2.5 on each day) just before it stands 1.55 points above the model's course
    // but is not flagged in this diary: its first day's standardized innovation is 2.14, under the
    // 2.24 that the flare test needs (a box of +2.5 is one jump the size of the noise's own swings
    // at phi 0.53). Neither does the mat get the credit: +0.05 (95% CI -1.1 to 1.2).
    ApproachResult mat = approach("Acupressure mat");
    assertFalse(mat.significant(), mat.toString());
    assertTrue(mat.verdict() != ApproachVerdict.HELPED, mat.toString());
  }

  @Test
  void findingsSayOnceThatTrackingIsNotCause() {
    // The caution is the renderers' to say, once, after the findings; not a finding itself.
    assertEquals(0, report.findings().stream().filter(Report.NOT_PROOF::equals).count());
    assertTrue(
        report.findings().get(0).contains("McKenzie") || report.findings().get(0).contains("mood"));
  }
}
