package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.Report;

class ChartActivitiesTest {
  private static final String[] POINTS = {
    ActivitiesChart.SIGNIFICANT, ActivitiesChart.NOT_SIGNIFICANT
  };

  @Test
  void eachActivityTheSameDayAndTheNextWithItsInterval() {
    Report r = ChartDiaries.sample();
    XYChart c = ActivitiesChart.of(r).orElseThrow();
    List<String> labels = ChartForestTest.labels(c);
    // 7 activities, 2 rows each, blank rows between them; largest difference first.
    assertEquals(20, labels.size());
    assertEquals(
        List.of("heavy lifting: same day", "heavy lifting: next day"), labels.subList(0, 2));
    for (ActivityResult a : r.activities()) {
      String label = ActivitiesChart.label(a);
      assertEquals(a.differenceTested(), ChartForestTest.estimate(c, label, POINTS), 0, label);
      double[] ci = ChartForestTest.interval(c, label);
      assertEquals(a.ciLow(), ci[0], 0);
      assertEquals(a.ciHigh(), ci[1], 0);
    }
  }

  @Test
  void thePlantedEffectsAreMarkedAndTheStrongestIsTheTitle() {
    XYChart c = ActivitiesChart.of(ChartDiaries.sample()).orElseThrow();
    // Planted: heavy lifting and swim the day before, long sitting the same day.
    assertEquals(3, c.getSeriesMap().get(ActivitiesChart.SIGNIFICANT).getXData().length);
    assertEquals(
        "Pain was higher the day after heavy lifting (+1.4 points); 2 more activities made a"
            + " clear difference",
        c.getTitle());
    // The sample has approaches: the forest draws the tested difference, and its axis says so.
    assertEquals(
        "difference after removing approach-period means, weekday means, slow drift, the season in pain (0-10): with minus without",
        c.getXAxisTitle());
  }
}
