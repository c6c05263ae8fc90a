package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

class ChartCalendarTest {
  @Test
  void oneCellPerDayWithPainInItsWeekAndWeekday() {
    HeatMapChart c = CalendarChart.of(ChartDiaries.sample()).orElseThrow();
    HeatMapSeries s = c.getHeatMapSeries();
    // sample-data/README.md: pain on 350 days.
    assertEquals(350, s.getHeatData().size());
    assertEquals(List.of("Sun", "Sat", "Fri", "Thu", "Wed", "Tue", "Mon"), s.getYData());
    // 2025-01-01, a Wednesday in the first week (from Monday 2024-12-30), pain 8.
    Number[] first = s.getHeatData().get(0);
    assertEquals(0, first[0].intValue());
    assertEquals("Wed", s.getYData().get(first[1].intValue()));
    assertEquals(8.0, first[2].doubleValue());
    // 2025-12-31, a Wednesday, is in week 53 counting from 0 at 2024-12-30... the 53rd column.
    assertEquals(53, s.getXData().size());
  }

  @Test
  void monthsAreLabelledWhereTheyBegin() {
    HeatMapSeries s = CalendarChart.of(ChartDiaries.sample()).orElseThrow().getHeatMapSeries();
    List<String> months =
        s.getXData().stream().map(Object::toString).filter(l -> !l.isBlank()).toList();
    assertEquals(
        List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        months);
    assertEquals(s.getXData().size(), new java.util.HashSet<>(s.getXData()).size());
  }

  @Test
  void theTitleComparesMonths() {
    HeatMapChart c = CalendarChart.of(ChartDiaries.sample()).orElseThrow();
    // sample-data/README.md: McKenzie exercises, mid June to mid August, lowered pain.
    assertTrue(
        c.getTitle().startsWith("Monthly mean pain ranged from 3.4 (July 2025)"), c.getTitle());
  }

  @Test
  void aLongDiaryWhoseLastYearHasNoValueSkipsTheCalendarWithTheReason() {
    // Found by the reliability work: 1,500 days, pain only on the first 200; the last 53 weeks
    // shown have no value, and XChart refuses an empty heat map ("Heat data cannot be empty").
    org.painstats.diary.DiaryBuilder b = org.painstats.diary.Diary.builder("gap");
    java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1);
    for (int t = 0; t < 1500; t++) {
      b.day(start.plusDays(t));
      if (t < 200) {
        b.pain(5);
      }
    }
    var r = org.painstats.PainStats.analyse(b.build());
    ChartResult<?> c = CalendarChart.of(r);
    assertTrue(c.skipped().orElseThrow().startsWith("no day of the last 53 weeks"), c.toString());
  }
}
