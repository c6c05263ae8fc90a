package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.Report;
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
  void theEffectiveNumberOfDaysIsNeverAboveTheNumberOfDays() {
    Report r = ChartDiaries.sample();
    Days days = Days.of(r.diary());
    for (WeekdayChart.Weekday w : WeekdayChart.weekdays(days, days.series(Diary.PAIN))) {
      assertTrue(w.effectiveN() <= w.n() && w.effectiveN() >= 2, w.toString());
    }
  }

  @Test
  void studentsQuantileMatchesR() {
    // R 4.2: qt(0.975, c(1, 2, 3, 5, 10, 30, 100)).
    double[][] cases = {
      {1, 12.7062}, {2, 4.3027}, {3, 3.1824}, {5, 2.5706}, {10, 2.2281}, {30, 2.0423}, {100, 1.9840}
    };
    for (double[] c : cases) {
      assertEquals(c[1], StudentT.quantile975(c[0]), 0.005, "df " + c[0]);
    }
    assertEquals(StudentT.quantile975(3), StudentT.quantile975(3.7), 0);
    assertTrue(Double.isNaN(StudentT.quantile975(0.5)));
  }
}
