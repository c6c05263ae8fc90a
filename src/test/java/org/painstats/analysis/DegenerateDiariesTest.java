package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;
import org.painstats.report.ReportJson;
import org.painstats.report.ReportText;

/** Diaries too small or too odd for statistics get a report that says so, never NaN or a crash. */
class DegenerateDiariesTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static void assertSaysSoInEveryFormat(Report r) {
    String json = ReportJson.of(r);
    assertFalse(json.contains("NaN"), json);
    assertFalse(ReportText.text(r).contains("NaN"));
    assertFalse(ReportText.markdown(r).contains("NaN"));
  }

  @Test
  void aDiaryOfThreeDaysSaysThereIsNotEnoughData() {
    DiaryBuilder b = Diary.builder("three");
    for (int i = 0; i < 3; i++) {
      b.day(START.plusDays(i))
          .pain(i)
          .factor("sleep", 7)
          .activity("walk")
          .approach(i > 0 ? "A" : "");
    }
    Report r = PainStats.analyse(b.build());
    assertTrue(r.findings().get(0).startsWith("Not enough data to say"), r.findings().toString());
    assertTrue(r.factors().stream().allMatch(f -> f.summary().startsWith("Not enough data")));
    assertTrue(r.activities().stream().allMatch(a -> a.summary().startsWith("Not enough data")));
    assertTrue(
        r.approaches().stream()
            .allMatch(
                a ->
                    a.verdict() == ApproachVerdict.TOO_LITTLE_DATA
                        && a.summary().startsWith("Too little data to say")),
        r.approaches().toString());
    assertTrue(r.trend().summary().startsWith("Not enough data"));
    assertSaysSoInEveryFormat(r);
  }

  @Test
  void aConstantFactorIsSaidToNotVary() {
    DiaryBuilder b = Diary.builder("constant");
    for (int i = 0; i < 60; i++) {
      b.day(START.plusDays(i)).pain(i % 7).factor("pillow", 2).factor("stress", (i * 3) % 5);
    }
    Report r = PainStats.analyse(b.build());
    FactorResult pillow =
        r.factors().stream().filter(f -> f.factor().equals("pillow")).findFirst().orElseThrow();
    assertEquals("pillow did not vary, so nothing can be said about it.", pillow.summary());
    assertFalse(pillow.significant());
    assertSaysSoInEveryFormat(r);
  }

  @Test
  void aFactorThatNeverOverlapsPainIsSaidToHaveNoData() {
    DiaryBuilder b = Diary.builder("apart");
    for (int i = 0; i < 60; i++) {
      b.day(START.plusDays(i));
      if (i < 30) {
        b.pain(i % 5);
      } else {
        b.factor("weight", 70 + i % 3);
      }
    }
    Report r = PainStats.analyse(b.build());
    FactorResult w = r.factors().get(0);
    assertTrue(
        w.summary()
            .startsWith("Not enough data to say: weight and pain were recorded together on 0 days"),
        w.summary());
    assertSaysSoInEveryFormat(r);
  }

  @Test
  void anApproachFromTheFirstDayHasNoBaselineToCompareWith() {
    DiaryBuilder b = Diary.builder("no-baseline");
    for (int i = 0; i < 40; i++) {
      b.day(START.plusDays(i)).pain(3 + i % 4).approach("Yoga course");
    }
    Report r = PainStats.analyse(b.build());
    assertTrue(
        r.approaches().get(0).summary().contains("no days without any approach"),
        r.approaches().get(0).summary());
    assertSaysSoInEveryFormat(r);
  }
}
