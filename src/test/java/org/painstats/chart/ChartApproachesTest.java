package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;

class ChartApproachesTest {
  @Test
  void theBaselineComesFirstThenEachApproachInTheOrderTried() {
    Report r = ChartDiaries.sample();
    XYChart c = ApproachesChart.of(r).orElseThrow();
    List<String> labels = ChartForestTest.labels(c);
    assertEquals(ApproachesChart.BASELINE, labels.get(0));
    List<String> tried = r.approaches().stream().map(ApproachesChart::label).toList();
    assertEquals(tried, labels.subList(1, labels.size()));
    assertTrue(labels.get(1).startsWith("Healing Back Pain (Sarno): "));
    assertEquals("McKenzie exercises: -2.3 (-3.0 to -1.5)", labels.get(4));
  }

  @Test
  void eachBoxSpansTheQuartilesOfItsPeriodsDays() {
    Report r = ChartDiaries.sample();
    Diary d = r.diary();
    XYChart c = ApproachesChart.of(r).orElseThrow();
    double[] pain = d.values(Diary.PAIN);
    LocalDate firstApproach = r.approaches().get(0).firstDate();
    double[] baseline =
        java.util.stream.IntStream.range(0, d.days())
            .filter(i -> d.dates().get(i).isBefore(firstApproach) && !Double.isNaN(pain[i]))
            .mapToDouble(i -> pain[i])
            .sorted()
            .toArray();
    // sample-data/README.md: 40 baseline days, one without an entry.
    assertEquals(39, baseline.length);
    XYSeries box = c.getSeriesMap().get(ApproachesChart.BASELINE);
    assertEquals(ApproachesChart.quantile(baseline, 0.25), box.getXData()[0], 1e-12);
    assertEquals(ApproachesChart.quantile(baseline, 0.75), box.getXData()[1], 1e-12);
    XYSeries mean = c.getSeriesMap().get(ApproachesChart.BASELINE + " mean");
    assertEquals(Arrays.stream(baseline).average().orElseThrow(), mean.getXData()[0], 1e-12);
    ApproachResult mk = r.approaches().get(3);
    XYSeries mkMean = c.getSeriesMap().get(ApproachesChart.label(mk) + " mean");
    assertEquals(mk.mean(), mkMean.getXData()[0], 1e-12);
  }

  @Test
  void quantilesAreRsTypeSeven() {
    // R 4.2: quantile(c(1, 2, 3, 4, 10), c(0.25, 0.5, 0.75)) gives 2, 3, 4.
    double[] v = {1, 2, 3, 4, 10};
    assertEquals(2, ApproachesChart.quantile(v, 0.25), 1e-12);
    assertEquals(3, ApproachesChart.quantile(v, 0.5), 1e-12);
    assertEquals(4, ApproachesChart.quantile(v, 0.75), 1e-12);
    // quantile(c(1, 2, 3, 4), 0.25) gives 1.75.
    assertEquals(1.75, ApproachesChart.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-12);
  }

  @Test
  void theTitleNamesTheApproachThatChangedPain() {
    XYChart c = ApproachesChart.of(ChartDiaries.sample()).orElseThrow();
    assertEquals(
        "Pain was 2.3 points lower with McKenzie exercises than before any approach", c.getTitle());
  }
}
