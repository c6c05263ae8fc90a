package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;

class ChartScatterTest {
  @Test
  void oneChartForEachOfTheThreeLeadingFactors() {
    List<ChartResult<XYChart>> charts = ScatterChart.of(ChartDiaries.sample());
    assertEquals(
        List.of("scatter-mood", "scatter-stress", "scatter-sleep_hours"),
        charts.stream().map(ChartResult::name).toList());
    // The title's rho is the one of the points drawn (plain), the tested one beside it.
    assertEquals(
        "Pain was higher the day after higher stress (rho = 0.34; rho after removing"
            + " approach-period means, weekday means, slow drift, the season = 0.43)",
        charts.get(1).title());
    assertEquals(
        "Pain was lower after nights with more sleep hours (rho = -0.29; rho after removing"
            + " approach-period means, weekday means, slow drift, the season = -0.33)",
        charts.get(2).title());
  }

  @Test
  void stressIsPairedWithPainOfTheNextCalendarDay() {
    Report r = ChartDiaries.sample();
    Diary d = r.diary();
    Map<LocalDate, Double> stress = new HashMap<>();
    Map<LocalDate, Double> pain = new HashMap<>();
    for (int i = 0; i < d.days(); i++) {
      stress.put(d.dates().get(i), d.values("stress")[i]);
      pain.put(d.dates().get(i), d.values(Diary.PAIN)[i]);
    }
    double[][] expected =
        pain.entrySet().stream()
            .filter(e -> !Double.isNaN(e.getValue()))
            .filter(e -> !Double.isNaN(stress.getOrDefault(e.getKey().minusDays(1), Double.NaN)))
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new double[] {stress.get(e.getKey().minusDays(1)), e.getValue()})
            .toArray(double[][]::new);
    XYChart c = ScatterChart.of(r, "stress", ChartOptions.withDefaults()).orElseThrow();
    XYSeries days = c.getSeriesMap().get(ScatterChart.DAYS);
    assertEquals(expected.length, days.getXData().length);
    for (int i = 0; i < expected.length; i++) {
      // Whole-number scales are jittered by at most 0.3 of a point.
      assertEquals(expected[i][0], days.getXData()[i], 0.3 + 1e-12);
      assertEquals(expected[i][1], days.getYData()[i], 0.3 + 1e-12);
    }
    assertEquals("stress, day before (jittered)", c.getXAxisTitle());
    assertEquals("pain (0-10), jittered", c.getYAxisTitle());
  }

  @Test
  void jitterIsSeededSoTheSameDiaryGivesTheSamePoints() {
    Report r = ChartDiaries.sample();
    XYSeries a =
        ScatterChart.of(r, "mood", ChartOptions.withDefaults())
            .orElseThrow()
            .getSeriesMap()
            .get(ScatterChart.DAYS);
    XYSeries b =
        ScatterChart.of(r, "mood", ChartOptions.withDefaults())
            .orElseThrow()
            .getSeriesMap()
            .get(ScatterChart.DAYS);
    assertArrayEquals(a.getXData(), b.getXData());
    assertArrayEquals(a.getYData(), b.getYData());
    double[] raw = ScatterChart.pairs(r, r.strongestFactors().get(0))[0];
    assertNotEquals(
        Arrays.stream(raw).boxed().toList(), Arrays.stream(a.getXData()).boxed().toList());
  }

  @Test
  void aFineScaleIsNotJittered() {
    double[] steps = new double[40];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = 3000 + 137 * i;
    }
    assertTrue(steps == ScatterChart.jitter(steps, new SplittableRandom(1)));
  }

  @Test
  void theLineIsTheLeastSquaresFitOfTheUnjitteredValues() {
    // numpy 1.24 polyfit(mood, pain, 1) over the sample's same-day pairs (calendar-aligned):
    // slope -1.17530803, intercept 9.14723241.
    Report r = ChartDiaries.sample();
    XYChart c = ScatterChart.of(r).get(0).orElseThrow();
    XYSeries line = c.getSeriesMap().get(ScatterChart.LINE);
    double[] x = line.getXData();
    double[] y = line.getYData();
    assertEquals(2, x.length);
    assertEquals(-1.17530803, (y[1] - y[0]) / (x[1] - x[0]), 1e-8);
    assertEquals(9.14723241, y[0] - (y[1] - y[0]) / (x[1] - x[0]) * x[0], 1e-7);
  }
}
