package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
  private static final List<String> SAMPLE_FILES =
      List.of(
          "01-trend.png",
          "02-factors.png",
          "03-lags.png",
          "04-scatter-mood.png",
          "04-scatter-stress.png",
          "04-scatter-sleep_hours.png",
          "05-approaches.png",
          "06-activities.png",
          "07-weekday.png",
          "08-calendar.png");

  @Test
  void chartsComeInAFixedOrderWithNamesThatSayWhatTheyShow() {
    List<RenderedChart> all = Charts.renderAll(ChartDiaries.sample(), ChartOptions.withDefaults());
    assertEquals(SAMPLE_FILES, all.stream().map(RenderedChart::fileName).toList());
    assertTrue(all.stream().noneMatch(RenderedChart::isSkipped));
    assertEquals("No clear trend in pain over the diary", all.get(0).title());
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    ChartOptions o = ChartOptions.withDefaults();
    List<RenderedChart> a = Charts.renderAll(ChartDiaries.sample(), o);
    List<RenderedChart> b = Charts.renderAll(ChartDiaries.sample(), o);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i).image(), b.get(i).image(), a.get(i).fileName());
    }
    assertEquals(a, b);
  }

  @Test
  void notebooksGetTheChartsThemselvesInTheSameOrder() {
    var all = Charts.all(ChartDiaries.sample(), ChartOptions.withDefaults());
    assertEquals(
        SAMPLE_FILES.stream().map(f -> f.replace(".png", "")).toList(),
        all.stream().map(ChartResult::name).toList());
    assertTrue(all.stream().allMatch(ChartResult::isDrawn));
  }

  @Test
  void writesEveryChartIntoAFolderItCreates(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("charts/nested");
    ChartOptions o = ChartOptions.withDefaults().withSize(700, 450);
    List<RenderedChart> written = Charts.writeAll(ChartDiaries.sample(), o, out);
    for (RenderedChart c : written) {
      Path f = c.file().orElseThrow();
      assertEquals(out.resolve(c.fileName()), f);
      ChartEncoderTest.assertPng(Files.readAllBytes(f), 700, 450);
    }
    try (var files = Files.list(out)) {
      assertEquals(
          SAMPLE_FILES.stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void writesSvgWhenAsked(@TempDir Path dir) throws Exception {
    ChartOptions o = ChartOptions.withDefaults().withFormat(ImageFormat.SVG);
    List<RenderedChart> written = Charts.writeAll(ChartDiaries.threeDays(), o, dir);
    RenderedChart trend = written.get(0);
    assertEquals("01-trend.svg", trend.fileName());
    assertEquals(
        "svg",
        ChartEncoderTest.parseSvg(Files.readAllBytes(trend.file().orElseThrow()))
            .getDocumentElement()
            .getLocalName());
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAnError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> Charts.writeAll(ChartDiaries.threeDays(), ChartOptions.withDefaults(), file));
    assertEquals(file + ": is a file, not a folder", e.getMessage());
  }

  @Test
  void aReusedFolderHoldsExactlyTheChartsOfTheLastRun(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("charts");
    Charts.writeAll(ChartDiaries.sample(), ChartOptions.withDefaults(), out);
    List<RenderedChart> second =
        Charts.writeAll(ChartDiaries.threeDays(), ChartOptions.withDefaults(), out);
    List<String> drawn =
        second.stream().filter(c -> !c.isSkipped()).map(RenderedChart::fileName).sorted().toList();
    assertTrue(drawn.size() < SAMPLE_FILES.size(), drawn.toString());
    try (var files = Files.list(out)) {
      assertEquals(drawn, files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of("charts"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void sizesOutsideTheRangeAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ChartOptions.withDefaults().withSize(100, 550));
    assertEquals("width 100 is out of range; charts are 200 to 4000 pixels wide", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ChartOptions.withDefaults().withSize(900, 4001));
  }
}
