package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Report;

class ChartApproachesTest {
  @Test
  void eachApproachIsShadedOverAllItsRunsAndLabelledWithItsChange() {
    Report r = ChartDiaries.sample();
    XYChart c = ApproachesChart.of(r).orElseThrow();
    for (ApproachResult a : r.approaches()) {
      XYSeries s = c.getSeriesMap().get(ApproachesChart.label(a));
      assertTrue(s != null, a.approach());
      // two points per run, a NaN between runs
      assertEquals(3 * a.periods().size() - 1, s.getXData().length, a.approach());
      List<java.time.LocalDate[]> stretches = TrendChart.stretches(s);
      assertEquals(a.periods().size(), stretches.size(), a.approach());
      assertEquals(a.periods().get(0).firstDate(), stretches.get(0)[0]);
      assertEquals(a.periods().get(0).lastDate(), stretches.get(0)[1]);
    }
    ApproachResult mk = r.approach("McKenzie exercises").orElseThrow();
    assertTrue(
        ApproachesChart.label(mk).startsWith("McKenzie exercises: -"), ApproachesChart.label(mk));
  }

  @Test
  void theNaturalCourseIsTheReportsEstimate() {
    Report r = ChartDiaries.sample();
    XYChart c = ApproachesChart.of(r).orElseThrow();
    double[] drawn = c.getSeriesMap().get(ApproachesChart.NATURAL).getYData();
    double[] course = r.naturalCourse();
    assertEquals(course.length, drawn.length);
    for (int t = 0; t < course.length; t++) {
      assertEquals(course[t], drawn[t], 1e-12);
    }
  }

  @Test
  void theTitleNamesTheApproachThatChangedPain() {
    XYChart c = ApproachesChart.of(ChartDiaries.sample()).orElseThrow();
    assertTrue(
        c.getTitle().startsWith("Pain was ")
            && c.getTitle()
                .contains(" points lower with McKenzie exercises than its natural course"),
        c.getTitle());
  }
}
