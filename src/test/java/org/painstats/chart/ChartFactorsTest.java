package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;

class ChartFactorsTest {
  private static final String[] POINTS = {FactorsChart.SIGNIFICANT, FactorsChart.NOT_SIGNIFICANT};

  @Test
  void eachFactorAtItsStrongestLagWithItsIntervalStrongestFirst() {
    Report r = ChartDiaries.sample();
    XYChart c = FactorsChart.of(r).orElseThrow();
    List<String> labels = ChartForestTest.labels(c);
    // The sample's report: |rho| 0.53 mood, 0.36 stress (day before), 0.30 sleep hours, 0.22
    // sleep quality, and steps.
    assertEquals(
        List.of(
            "mood (same day)",
            "stress (day before)",
            "sleep hours (same day)",
            "sleep quality (same day)"),
        labels.subList(0, 4));
    assertEquals(5, labels.size());
    assertTrue(labels.get(4).startsWith("steps ("));
    for (FactorResult f : r.strongestFactors()) {
      String label = FactorsChart.label(f);
      assertEquals(f.spearmanTested(), ChartForestTest.estimate(c, label, POINTS), 0);
      double[] ci = ChartForestTest.interval(c, label);
      assertEquals(f.ciLow(), ci[0], 0);
      assertEquals(f.ciHigh(), ci[1], 0);
    }
  }

  @Test
  void significantFactorsAreMarkedApart() {
    XYChart c = FactorsChart.of(ChartDiaries.sample()).orElseThrow();
    assertEquals(4, c.getSeriesMap().get(FactorsChart.SIGNIFICANT).getXData().length);
    assertEquals(1, c.getSeriesMap().get(FactorsChart.NOT_SIGNIFICANT).getXData().length);
    assertTrue(c.getSeriesMap().get(Forest.INTERVAL).isShowInLegend());
    assertTrue(!c.getSeriesMap().get(Forest.ROWS).isShowInLegend());
  }

  @Test
  void theTitleStatesTheStrongestFindingAndTheAxisItsScale() {
    XYChart c = FactorsChart.of(ChartDiaries.sample()).orElseThrow();
    assertEquals(
        "Pain was lower on days with higher mood; 3 more factors tracked with it", c.getTitle());
    // The forest draws the tested coefficient, whose interval it shows, and names it.
    assertEquals(
        "Spearman correlation with pain after removing approach-period means, weekday means, slow drift, the season (-1 to 1)",
        c.getXAxisTitle());
  }

  @Test
  void lagsShowEachLeadingFactorAtEveryLag() {
    Report r = ChartDiaries.sample();
    XYChart c = LagsChart.of(r).orElseThrow();
    List<String> labels = ChartForestTest.labels(c);
    // 4 factors x 3 lags and a blank row between factors.
    assertEquals(15, labels.size());
    assertEquals(
        List.of("mood: same day", "mood: day before", "mood: 2 days before"), labels.subList(0, 3));
    assertTrue(labels.get(3).isBlank());
    for (FactorResult f : r.factors()) {
      if (LagsChart.leading(r).contains(f.factor())) {
        assertEquals(
            f.spearmanTested(),
            ChartForestTest.estimate(c, LagsChart.label(f), POINTS),
            0,
            f.toString());
      }
    }
    assertEquals(
        "Stress tracked with pain most the day before; 3 others the same day", c.getTitle());
  }

  @Test
  void noSignificantFactorIsSaidPlainly() {
    Report r = ChartDiaries.painOnlyWithNoise();
    XYChart c = FactorsChart.of(r).orElseThrow();
    assertTrue(c.getTitle().startsWith("No factor clearly tracked with pain"), c.getTitle());
    assertEquals(
        "No factor clearly tracked with pain at any lag", LagsChart.of(r).orElseThrow().getTitle());
  }
}
