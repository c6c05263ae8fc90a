package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;

/** Weekday effects are an analysis result, in the report, not something only a chart knows. */
class WeekdayAnalysisTest {

  @Test
  void meansAndDifferencesAreThePlainOnesOfTheSample() {
    Report r = PainStats.analyse(PainStats.read(Path.of("sample-data/diary.csv")));
    // pandas 1.5.3: groupby(Date.dt.dayofweek)['Pain (0-10)'] over rows with pain; mean minus the
    // mean of all such rows.
    double[][] ref = {
      {49, 5.091836734693878, 0.10183673469387777},
      {50, 4.97, -0.020000000000000462},
      {51, 4.96078431372549, -0.029215686274509878},
      {50, 5.02, 0.02999999999999936},
      {51, 4.862745098039215, -0.12725490196078493},
      {48, 5.0625, 0.07249999999999979},
      {51, 4.970588235294118, -0.01941176470588246}
    };
    List<WeekdayResult> w = r.weekdays();
    assertEquals(7, w.size());
    for (int i = 0; i < 7; i++) {
      assertEquals(DayOfWeek.of(i + 1), w.get(i).weekday());
      assertEquals((int) ref[i][0], w.get(i).days());
      assertEquals(ref[i][1], w.get(i).mean(), 1e-12);
      assertEquals(ref[i][2], w.get(i).difference(), 1e-12);
      assertTrue(w.get(i).ciLow() < w.get(i).difference(), w.get(i).toString());
      assertTrue(w.get(i).ciHigh() > w.get(i).difference(), w.get(i).toString());
      // Nothing weekly was planted in the sample.
      assertFalse(w.get(i).significant(), w.get(i).toString());
    }
  }

  @Test
  void aPlantedMondayIsFoundAndNamed() {
    // 26 weeks of AR(1)-free noise, SD 1, Mondays 2 points higher.
    SplittableRandom random = new SplittableRandom(7);
    LocalDate start = LocalDate.of(2025, 1, 6);
    DiaryBuilder b = Diary.builder("monday");
    for (int t = 0; t < 182; t++) {
      LocalDate d = start.plusDays(t);
      b.day(d).pain(5 + random.nextGaussian() + (d.getDayOfWeek() == DayOfWeek.MONDAY ? 2 : 0));
    }
    Report r = PainStats.analyse(b.build());
    WeekdayResult monday = r.weekdays().get(0);
    assertTrue(monday.significant(), monday.toString());
    assertTrue(monday.difference() > 1.2 && monday.difference() < 2.2, monday.toString());
    for (WeekdayResult w : r.weekdays().subList(1, 7)) {
      assertTrue(w.difference() < 0, w.toString());
    }
  }
}
