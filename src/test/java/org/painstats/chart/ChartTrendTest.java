package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;
import org.painstats.stats.RollingMean;

class ChartTrendTest {
  private static XYChart sampleChart() {
    return TrendChart.of(ChartDiaries.sample()).orElseThrow();
  }

  private static LocalDate date(double millis) {
    return java.time.Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Test
  void dailyPainHasOnePointPerCalendarDayWithGapsWhereNothingWasWritten() {
    Diary d = ChartDiaries.sample().diary();
    XYSeries daily = sampleChart().getSeriesMap().get(TrendChart.DAILY);
    LocalDate first = d.firstDate().orElseThrow();
    int span = (int) ChronoUnit.DAYS.between(first, d.lastDate().orElseThrow()) + 1;
    assertEquals(365, span);
    assertEquals(span, daily.getXData().length);
    Map<LocalDate, Double> written = new HashMap<>();
    double[] pain = d.values(Diary.PAIN);
    for (int i = 0; i < d.days(); i++) {
      written.put(d.dates().get(i), pain[i]);
    }
    int gaps = 0;
    for (int t = 0; t < span; t++) {
      assertEquals(first.plusDays(t), date(daily.getXData()[t]));
      double expected = written.getOrDefault(first.plusDays(t), Double.NaN);
      double actual = daily.getYData()[t];
      assertTrue(Double.isNaN(expected) ? Double.isNaN(actual) : expected == actual, "day " + t);
      gaps += Double.isNaN(actual) ? 1 : 0;
    }
    // sample-data/README.md: 11 days without an entry, 4 entries without pain.
    assertEquals(15, gaps);
  }

  @Test
  void theMeanLinesStopAtAGapInTheDiaryInsteadOfJoiningAcrossIt() {
    // 60 days, then 20 days without an entry, then 60 days: the 28-day mean used to run on for
    // two weeks into the gap (14 of its 28 days still had a value)
    var b = Diary.builder("gap");
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int t = 0; t < 140; t++) {
      if (t < 60 || t >= 80) {
        b.day(start.plusDays(t)).pain(4 + t % 3);
      }
    }
    Report r = org.painstats.PainStats.analyse(b.build());
    XYChart c = TrendChart.of(r).orElseThrow();
    for (String series : List.of(TrendChart.ROLLING, TrendChart.ROLLING_28)) {
      double[] y = c.getSeriesMap().get(series).getYData();
      for (int t = 60; t < 80; t++) {
        assertTrue(Double.isNaN(y[t]), series + " drawn on day " + t + ", inside the gap");
      }
      assertFalse(Double.isNaN(y[59]), series + " before the gap");
    }
    // the unmasked 28-day mean does reach into the gap: the diary shows the old defect
    assertFalse(Double.isNaN(r.rollingMean(28)[70]));
  }

  @Test
  void dateLabelsSayTheYearWhateverTheSpan() {
    assertEquals("d MMM yyyy", TrendChart.datePattern(60));
    assertEquals("MMM yyyy", TrendChart.datePattern(365));
    assertEquals("MMM yyyy", TrendChart.datePattern(3650));
    assertEquals("MMM yyyy", sampleChart().getStyler().getDatePattern());
  }

  @Test
  void theRollingMeanIsTheTrailingSevenDayMeanOfTheDailySeries() {
    XYChart c = sampleChart();
    double[] daily = c.getSeriesMap().get(TrendChart.DAILY).getYData();
    double[] rolling = c.getSeriesMap().get(TrendChart.ROLLING).getYData();
    assertTrue(ChartDiaries.sameValues(RollingMean.trailing(daily, 7), rolling, 0));
  }

  @Test
  void theMonthlyRollingMeanIsTheTrailing28DayMeanOfTheDailySeries() {
    XYChart c = sampleChart();
    double[] daily = c.getSeriesMap().get(TrendChart.DAILY).getYData();
    double[] month = c.getSeriesMap().get(TrendChart.ROLLING_28).getYData();
    assertEquals(daily.length, month.length);
    assertTrue(ChartDiaries.sameValues(RollingMean.trailing(daily, 28), month, 0));
  }

  @Test
  void eachApproachIsShadedOverTheDatesItWasTried() {
    Report r = ChartDiaries.sample();
    XYChart c = sampleChart();
    for (ApproachResult a : r.approaches()) {
      XYSeries shading = c.getSeriesMap().get(a.approach());
      List<LocalDate[]> stretches = TrendChart.stretches(shading);
      // In the sample each approach is one unbroken stretch.
      assertEquals(1, stretches.size(), a.approach());
      assertEquals(a.firstDate(), stretches.get(0)[0], a.approach());
      assertEquals(a.lastDate(), stretches.get(0)[1], a.approach());
    }
    List<LocalDate[]> mckenzie = TrendChart.stretches(c.getSeriesMap().get("McKenzie exercises"));
    assertEquals(LocalDate.of(2025, 6, 17), mckenzie.get(0)[0]);
    assertEquals(LocalDate.of(2025, 8, 11), mckenzie.get(0)[1]);
  }

  @Test
  void anApproachTriedTwiceIsShadedTwiceAndAMissingDayDoesNotBreakAStretch() {
    var b = Diary.builder("twice");
    LocalDate s = ChartDiaries.START;
    for (int i = 0; i < 40; i++) {
      if (i == 15) {
        continue; // no entry: inside the first stretch of A
      }
      String approach = i >= 10 && i < 20 || i >= 30 ? "A" : i >= 20 && i < 25 ? "B" : "";
      b.day(s.plusDays(i)).pain(i % 6).approach(approach);
    }
    XYChart c = TrendChart.of(org.painstats.PainStats.analyse(b.build())).orElseThrow();
    List<LocalDate[]> a = TrendChart.stretches(c.getSeriesMap().get("A"));
    assertEquals(2, a.size());
    assertEquals(s.plusDays(10), a.get(0)[0]);
    assertEquals(s.plusDays(19), a.get(0)[1]);
    assertEquals(s.plusDays(30), a.get(1)[0]);
    assertEquals(s.plusDays(39), a.get(1)[1]);
    List<LocalDate[]> bStretch = TrendChart.stretches(c.getSeriesMap().get("B"));
    assertEquals(1, bStretch.size());
    assertEquals(s.plusDays(24), bStretch.get(0)[1]);
  }

  @Test
  void theTrendLineHasTheReportsSlope() {
    Report r = ChartDiaries.sample();
    XYSeries trend =
        sampleChart().getSeriesMap().values().stream()
            .filter(x -> x.getName().startsWith(TrendChart.TREND))
            .findFirst()
            .orElseThrow();
    double days = (trend.getXData()[1] - trend.getXData()[0]) / 86_400_000d;
    double perWeek = (trend.getYData()[1] - trend.getYData()[0]) / days * 7;
    assertEquals(r.trend().slopePerWeek(), perWeek, 1e-9);
  }

  @Test
  void theTitleStatesTheFindingAndTheAxesTheirUnits() {
    XYChart c = sampleChart();
    // The report: no clear trend (p = 0.623).
    assertEquals("No clear trend in pain over the diary", c.getTitle());
    assertEquals("pain (0-10)", c.getYAxisTitle());
    assertEquals("date", c.getXAxisTitle());
  }

  @Test
  void aShortDiaryIsDrawnWithoutATrendLineAndSaysWhy() {
    XYChart c = TrendChart.of(ChartDiaries.threeDays()).orElseThrow();
    assertEquals(3, c.getSeriesMap().get(TrendChart.DAILY).getXData().length);
    assertFalse(c.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith(TrendChart.TREND)));
    assertEquals(
        "Pain day by day: too few days to judge a trend (3 recorded, 14 needed)", c.getTitle());
  }
}
