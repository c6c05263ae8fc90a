package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.PainStats;
import org.painstats.analysis.Report;
import org.painstats.chart.ActivitiesChart;
import org.painstats.chart.ChartOptions;

/**
 * Tags shown as the diary wrote them and in grammatical sentences: a diary whose tags are "with
 * friends" and "didn't go to class" (which came out as "On days with with friends" and "didn t go
 * to class").
 */
class TagNamesTest {
  @TempDir static Path dir;
  private static Report report;

  @BeforeAll
  static void analyse() throws IOException {
    SplittableRandom random = new SplittableRandom(1);
    StringBuilder csv = new StringBuilder("date,pain,mood,activities\n");
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 120; i++) {
      boolean friends = random.nextDouble() < 0.4;
      boolean skipped = random.nextDouble() < 0.3;
      double pain = 5 + (skipped ? 2 : 0) - (friends ? 1.5 : 0) + random.nextGaussian() * 0.8;
      csv.append(day.plusDays(i))
          .append(',')
          .append(Math.max(0, Math.min(10, Math.round(pain))))
          .append(',')
          .append(1 + random.nextInt(5))
          .append(',')
          .append(friends ? "with friends" : "")
          .append(friends && skipped ? ";" : "")
          .append(skipped ? "didn't go to class" : "")
          .append('\n');
    }
    Path file = dir.resolve("tags.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    report = PainStats.analyse(PainStats.read(file));
  }

  @Test
  void theDiaryKeepsEachTagAsWritten() {
    assertEquals("didn't go to class", report.diary().label("didn_t_go_to_class"));
    assertEquals("with friends", report.diary().label("with_friends"));
    assertEquals("mood", report.diary().label("mood"));
  }

  @Test
  void sentencesAreGrammaticalAndNamesAsWritten() {
    String text = ReportText.text(report);
    assertTrue(text.contains("On days marked “didn't go to class”, pain was"), text);
    assertTrue(text.contains("On days marked “with friends”, pain was"), text);
    assertTrue(
        text.contains("higher on days marked “didn't go to class” than on other days"), text);
    for (String wrong : new String[] {"with with", "didn_t", "didn t", "with_friends"}) {
      assertFalse(text.contains(wrong), wrong);
    }
    String html = ReportHtml.of(report);
    assertFalse(html.contains("didn_t") || html.contains("didn t") || html.contains("with with"));
  }

  @Test
  void theActivitiesChartTitleNamesTheTagAsWritten() {
    var c = ActivitiesChart.of(report, ChartOptions.withDefaults()).orElseThrow();
    assertTrue(
        c.getTitle().startsWith("Pain was higher on days marked “didn't go to class” (+"),
        c.getTitle());
  }
}
