package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // 7 activities, 2 rows each, blank rows between them; strongest evidence (smallest p) first.
    assertEquals(20, labels.size());
    assertEquals(List.of("long sitting: same day", "long sitting: next day"), labels.subList(0, 2));
    for (ActivityResult a : r.activities()) {
      String label = ActivitiesChart.label(a, r);
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

  @Test
  void manyActivitiesShowTheStrongestByEvidenceAndTheCaptionSaysHowManyMore() {
    // 40 activities (a real Bearable diary had 79): every row labelled used to overlap
    var b = org.painstats.diary.Diary.builder("many");
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    java.time.LocalDate start = java.time.LocalDate.of(2024, 1, 1);
    for (int t = 0; t < 150; t++) {
      b.day(start.plusDays(t));
      double pain = 5 + random.nextGaussian();
      for (int k = 0; k < 40; k++) {
        if (random.nextDouble() < 0.3) {
          b.activity("tag " + k);
          pain += k == 7 ? 2 : 0; // tag 7 carries a planted effect: the strongest evidence
        }
      }
      b.pain(Math.max(0, Math.min(10, Math.round(pain))));
    }
    Report r = org.painstats.PainStats.analyse(b.build());
    XYChart c = ActivitiesChart.of(r).orElseThrow();
    List<String> labels = ChartForestTest.labels(c);
    // 12 activities, 2 rows each, blank rows between them
    assertEquals(ActivitiesChart.SHOWN * 3 - 1, labels.size());
    assertEquals("tag 7: same day", labels.get(0));
    assertEquals(28, ActivitiesChart.hidden(r));
    String caption = Charts.caption("06-activities", r);
    assertEquals(
        true,
        caption.endsWith(
            "The 12 activities with the strongest evidence are drawn, and 28 more are in the"
                + " activities table."),
        caption);
    // rows are labelled as the diary wrote the activity
    assertTrue(labels.contains("tag 7: next day"), labels::toString);
    // a diary that fits says nothing more
    assertEquals(
        Charts.caption("06-activities", ChartDiaries.sample().outcome()),
        Charts.caption("06-activities", ChartDiaries.sample()));
  }
}
