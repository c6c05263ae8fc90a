package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.painstats.analysis.Report;

/** Every chart builds from any diary: drawn, or skipped with a plain reason, never an exception. */
class ChartDegenerateTest {
  static Stream<Arguments> diaries() {
    return Stream.of(
        Arguments.of("sample", (Supplier<Report>) ChartDiaries::sample),
        Arguments.of("three days", (Supplier<Report>) ChartDiaries::threeDays),
        Arguments.of("pain only", (Supplier<Report>) ChartDiaries::painOnly),
        Arguments.of("noise", (Supplier<Report>) ChartDiaries::painOnlyWithNoise),
        Arguments.of("one day", (Supplier<Report>) ChartDiaries::oneDay),
        Arguments.of("no pain", (Supplier<Report>) ChartDiaries::noPain));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diaries")
  void everyChartIsDrawnOrSkippedWithAReasonAndDrawnChartsEncode(
      String name, Supplier<Report> diary) {
    Report r = diary.get();
    List<RenderedChart> all = Charts.renderAll(r, ChartOptions.withDefaults());
    assertTrue(all.size() >= 8, all.toString());
    for (RenderedChart c : all) {
      if (c.isSkipped()) {
        String why = c.skipped().orElseThrow();
        assertFalse(why.isBlank());
        assertFalse(why.contains("NaN"), why);
        assertEquals(0, c.image().length);
      } else {
        assertFalse(c.title().isBlank(), c.name());
        assertFalse(c.title().contains("NaN"), c.title());
        assertTrue(c.image().length > 1000, c.name());
      }
    }
  }

  private static Map<String, RenderedChart> byKind(Report r) {
    return Charts.renderAll(r, ChartOptions.withDefaults()).stream()
        .collect(Collectors.toMap(c -> c.name().substring(3), Function.identity(), (a, b) -> a));
  }

  @Test
  void aDiaryWithoutFactorsSkipsTheFactorChartsAndSaysWhy() {
    Map<String, RenderedChart> c = byKind(ChartDiaries.painOnly());
    for (String kind : List.of("factors", "lags", "scatter")) {
      assertEquals(
          "the diary has no numeric factors (such as sleep hours or stress) to compare with pain",
          c.get(kind).skipped().orElseThrow(),
          kind);
    }
    assertEquals(
        "the diary has no activities (such as walk or yoga)",
        c.get("activities").skipped().orElseThrow());
    assertEquals(
        "the diary names no approach (a column saying what was being tried)",
        c.get("approaches").skipped().orElseThrow());
    assertFalse(c.get("trend").isSkipped());
    assertFalse(c.get("weekday").isSkipped());
    assertFalse(c.get("calendar").isSkipped());
  }

  @Test
  void aDiaryOfThreeDaysDrawsWhatItCanAndSaysTooFewDaysForTheRest() {
    Map<String, RenderedChart> c = byKind(ChartDiaries.threeDays());
    assertEquals(
        "too few days: a factor needs 14 days recorded together with pain",
        c.get("factors").skipped().orElseThrow());
    assertEquals(
        "too few days: an activity needs 7 days with it and 7 without, with pain recorded",
        c.get("activities").skipped().orElseThrow());
    assertEquals(
        "too few days: pain was recorded on 3 days, and weekday means need 14",
        c.get("weekday").skipped().orElseThrow());
    assertFalse(c.get("trend").isSkipped());
    assertFalse(c.get("calendar").isSkipped());
    // One day before the approach: too few for a baseline box, the approach's two days too.
    assertEquals(
        "too few days with pain for the model of the approaches",
        c.get("approaches").skipped().orElseThrow());
  }

  @Test
  void aDiaryWithoutPainSkipsThePainCharts() {
    Map<String, RenderedChart> c = byKind(ChartDiaries.noPain());
    assertEquals("no day has pain recorded", c.get("trend").skipped().orElseThrow());
    assertEquals("no day has pain recorded", c.get("calendar").skipped().orElseThrow());
  }
}
