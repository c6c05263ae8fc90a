package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.Report;
import org.painstats.analysis.WeekdayResult;
import org.painstats.diary.Diary;

class ChartWeekdayTest {
  @Test
  void eachWeekdaysMeanWithAnIntervalAroundIt() {
    Report r = ChartDiaries.sample();
    Diary d = r.diary();
    XYChart c = WeekdayChart.of(r).orElseThrow();
    assertEquals(
        List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ChartForestTest.labels(c));
    double[] pain = d.values(Diary.PAIN);
    for (DayOfWeek day : DayOfWeek.values()) {
      double sum = 0;
      int n = 0;
      for (int i = 0; i < d.days(); i++) {
        if (d.dates().get(i).getDayOfWeek() == day && !Double.isNaN(pain[i])) {
          sum += pain[i];
          n++;
        }
      }
      String label = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      double mean =
          ChartForestTest.estimate(c, label, WeekdayChart.STANDS_OUT, WeekdayChart.NOT_CLEAR);
      assertEquals(sum / n, mean, 1e-12);
      double[] ci = ChartForestTest.interval(c, label);
      assertEquals(mean - ci[0], ci[1] - mean, 1e-9);
      assertTrue(ci[1] - ci[0] > 0.5 && ci[1] - ci[0] < 2, label + " " + (ci[1] - ci[0]));
    }
    // Nothing weekly was planted in the sample.
    assertTrue(c.getTitle().startsWith("No weekday stood out: mean pain from "), c.getTitle());
  }

  @Test
  void theChartDrawsTheReportsWeekdays() {
    Report r = ChartDiaries.sample();
    XYChart c = WeekdayChart.of(r).orElseThrow();
    for (WeekdayResult w : r.weekdays()) {
      double mean =
          ChartForestTest.estimate(c, w.name(), WeekdayChart.STANDS_OUT, WeekdayChart.NOT_CLEAR);
      assertEquals(w.mean(), mean, 0);
      double[] ci = ChartForestTest.interval(c, w.name());
      assertEquals(w.meanCiLow(), ci[0], 0);
      assertEquals(w.meanCiHigh(), ci[1], 0);
      assertTrue(w.effectiveN() <= w.days() && w.effectiveN() >= 2, w.toString());
    }
  }
}
