package org.painstats.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.PainStats;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;

/**
 * Issue 12's "done when": a Bearable export of a year with back pain, sleep, stress and a tag gives
 * the same findings as the same diary kept in our CSV format. One seeded year is written both ways
 * (Bearable: a row per reading, ordinal dates, sleep as H:MM; CSV: a row per day, sleep in decimal
 * hours) with sleep and stress planted on pain.
 */
class BearableSameFindingsTest {
  @TempDir Path dir;

  private static String ordinal(int d) {
    String suffix =
        (d % 100 >= 11 && d % 100 <= 13)
            ? "th"
            : switch (d % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return d + suffix;
  }

  private static String label(int pain) {
    return List.of("None", "Mild", "Moderate", "Severe", "Extreme").get(pain);
  }

  @Test
  void aBearableYearAndTheSameYearAsCsvGiveTheSameFindings() throws IOException {
    SplittableRandom r = new SplittableRandom(20261129);
    StringBuilder bearable =
        new StringBuilder(
            "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n");
    StringBuilder csv =
        new StringBuilder("date,Back pain (0-4),Sleep,Stress,Mood (1-10),activities\n");
    LocalDate start = LocalDate.of(2024, 1, 1);
    double lastSleep = 7;
    for (int i = 0; i < 366; i++) {
      LocalDate day = start.plusDays(i);
      int quarters = (int) Math.round((7 + r.nextGaussian()) * 4);
      double sleep = Math.max(3, Math.min(10, quarters / 4.0));
      int stress = (int) Math.max(1, Math.min(10, Math.round(5 + 2 * r.nextGaussian())));
      boolean walk = r.nextDouble() < 0.4;
      double latent =
          1.8
              + 0.55 * (7 - lastSleep)
              + 0.22 * (stress - 5)
              - (walk ? 0.4 : 0)
              + 0.6 * r.nextGaussian();
      int pain = (int) Math.max(0, Math.min(4, Math.round(latent)));
      int mood = (int) Math.max(1, Math.min(10, Math.round(6 - 0.5 * pain + r.nextGaussian())));
      lastSleep = sleep;
      String iso = day.toString();
      String shown =
          ordinal(day.getDayOfMonth())
              + " "
              + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              + " "
              + day.getYear();
      String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String prefix = "\"" + shown + "\",\"" + iso + "\",\"" + weekday + "\",";
      int minutes = (int) Math.round(sleep * 60);
      bearable
          .append(prefix)
          .append("\"pre\",\"Sleep\",\"")
          .append(minutes / 60)
          .append(':')
          .append(String.format(Locale.ROOT, "%02d", minutes % 60))
          .append("\",\"\",\"\"\n");
      bearable
          .append(prefix)
          .append("\"pm\",\"Symptom\",\"")
          .append(pain)
          .append("\",\"Back pain (")
          .append(label(pain))
          .append(")\",\"\"\n");
      bearable
          .append(prefix)
          .append("\"pm\",\"Stress\",\"")
          .append(stress)
          .append("\",\"\",\"\"\n");
      bearable.append(prefix).append("\"pm\",\"Mood\",\"").append(mood).append("\",\"\",\"\"\n");
      if (walk) {
        bearable.append(prefix).append("\"pm\",\"Factors\",\"\",\"Walk\",\"\"\n");
      }
      csv.append(iso)
          .append(',')
          .append(pain)
          .append(',')
          .append(sleep)
          .append(',')
          .append(stress)
          .append(',')
          .append(mood)
          .append(',')
          .append(walk ? "Walk" : "")
          .append('\n');
    }
    Path b = dir.resolve("Bearable App - Data Export.csv");
    Path c = dir.resolve("diary.csv");
    Files.writeString(b, bearable, StandardCharsets.UTF_8);
    Files.writeString(c, csv, StandardCharsets.UTF_8);

    Diary fromApp = PainStats.read(b);
    Diary fromCsv = PainStats.read(c);
    assertEquals("bearable", fromApp.summary().format());
    assertEquals(fromCsv.dates(), fromApp.dates());
    assertEquals(fromCsv.outcomeScale(), fromApp.outcomeScale());
    Report app = PainStats.analyse(fromApp);
    Report sheet = PainStats.analyse(fromCsv);

    assertEquals(sheet.findings(), app.findings());
    assertEquals(factors(sheet), factors(app));
    assertEquals(activities(sheet), activities(app));
    // the planted links are found at all, so that "the same" is not two empty lists
    assertFalse(app.findings().isEmpty());
    assertTrue(
        app.factors().stream().anyMatch(f -> f.factor().startsWith("sleep") && f.significant()),
        app.factors()::toString);
  }

  private static List<String> factors(Report r) {
    return r.factors().stream().map(BearableSameFindingsTest::factor).toList();
  }

  private static String factor(FactorResult f) {
    return String.format(
        Locale.ROOT,
        "%s lag %d n %d rho %.6f tested %.6f p %.6g q %.6g %s",
        f.factor(),
        f.lag(),
        f.n(),
        f.spearman(),
        f.spearmanTested(),
        f.pValue(),
        f.qValue(),
        f.significant());
  }

  private static List<String> activities(Report r) {
    return r.activities().stream().map(BearableSameFindingsTest::activity).toList();
  }

  private static String activity(ActivityResult a) {
    return a.toString().replaceAll("\\s+", " ");
  }
}
