package org.painstats.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.painstats.diary.Diary;
import org.painstats.sample.SampleDiaryGenerator.Effects;
import org.painstats.sample.SampleDiaryGenerator.Spec;

/**
 * The generator writes the committed sample, and the sample is what {@code sample-data/README.md}
 * says it is. Run with {@code -Dpainstats.regenerate=true} to rewrite {@code sample-data/diary.csv}
 * first.
 */
class SampleDiaryGeneratorTest {
  private static final Path README = Path.of("sample-data", "README.md");

  /** The approaches in the order the README lists them, with their first and last day in 2025. */
  private static final List<String[]> APPROACHES =
      List.of(
          new String[] {"Healing Back Pain (Sarno)", "2025-02-10", "2025-03-16"},
          new String[] {"Foundation Training", "2025-03-24", "2025-04-27"},
          new String[] {"Feldenkrais lessons", "2025-05-05", "2025-06-08"},
          new String[] {"McKenzie exercises", "2025-06-17", "2025-08-11"},
          new String[] {"Acupressure mat", "2025-08-20", "2025-09-30"},
          new String[] {"Stretching routine", "2025-10-08", "2025-12-31"});

  /** The activities and their documented share of days. */
  private static final Map<String, Double> SHARES =
      Map.of(
          "walk", 0.50,
          "yoga", 0.20,
          "swim", 0.15,
          "gym", 0.15,
          "meditation", 0.25,
          "long_sitting", 0.30,
          "heavy_lifting", 0.08);

  @Test
  void committedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
    if (Boolean.getBoolean("painstats.regenerate")) {
      SampleDiaryGenerator.write(Spec.standard(), SampleDiaryGenerator.SAMPLE);
    }
    String committed = Files.readString(SampleDiaryGenerator.SAMPLE, StandardCharsets.UTF_8);
    assertEquals(
        SampleDiaryGenerator.csv(Spec.standard()),
        committed,
        "sample-data/diary.csv differs from the generator; if the change is intended, run"
            + " mvn -B -q test -Dtest=SampleDiaryGeneratorTest -Dpainstats.regenerate=true"
            + " and update sample-data/README.md");
  }

  @Test
  void sameSpecGivesSameBytesAndOtherSeedOtherDiary() {
    Spec spec = Spec.standard().withSeed(42);
    assertEquals(SampleDiaryGenerator.csv(spec), SampleDiaryGenerator.csv(spec));
    assertNotEquals(SampleDiaryGenerator.csv(spec), SampleDiaryGenerator.csv(Spec.standard()));
  }

  @Test
  void writesASpreadsheetStyleCsvWithLfLineEnds() {
    String csv = SampleDiaryGenerator.csv(Spec.standard());
    assertTrue(
        csv.startsWith(
            "Date,Pain (0-10),Sleep hours,Sleep quality (1-5),Stress (0-10),Mood (1-5),Steps,"
                + "Activities,Approach,Notes\n"));
    assertFalse(csv.contains("\r"));
    assertTrue(csv.endsWith("\n"));
    assertTrue(csv.contains(",walk; yoga"), "activities as tags in one column");
    assertTrue(csv.contains("long sitting"), "tags as a person writes them");
    assertTrue(csv.contains(",\"train to Paris, 5 hours sitting\"\n"), "notes with commas quoted");
    assertTrue(csv.contains(",Healing Back Pain (Sarno),"));
    assertTrue(csv.lines().anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d,\\d+\\.5,.*")), "half");
    assertTrue(csv.lines().anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d,,.*")), "no pain");
  }

  @Test
  void sampleCoversOneYearWithAFewDaysWithoutEntryOrPain() {
    Diary d = SampleDiaryGenerator.diary(Spec.standard());
    assertTrue(d.days() >= 340 && d.days() <= 360, "about 4% of 365 days missing: " + d);
    assertFalse(d.firstDate().orElseThrow().isBefore(LocalDate.of(2025, 1, 1)));
    assertFalse(d.lastDate().orElseThrow().isAfter(LocalDate.of(2025, 12, 31)));
    int unrated = d.days() - d.outcomeDays();
    assertTrue(unrated >= 1 && unrated <= 15, "a few days without pain: " + unrated);
    assertEquals(List.of("sleep_hours", "sleep_quality", "stress", "mood", "steps"), d.factors());
    assertEquals(
        List.of("walk", "yoga", "swim", "gym", "meditation", "long_sitting", "heavy_lifting"),
        d.activities());
    assertEquals(List.of("notes"), d.names(org.painstats.diary.ColumnRole.TEXT));
  }

  @Test
  void valuesStayOnTheirScales() {
    Diary d = SampleDiaryGenerator.diary(Spec.standard());
    assertOnGrid(d.values("pain"), 0, 10, 2);
    assertOnGrid(d.values("sleep_hours"), 4, 10, 2);
    assertOnGrid(d.values("sleep_quality"), 1, 5, 1);
    assertOnGrid(d.values("stress"), 0, 10, 1);
    assertOnGrid(d.values("mood"), 1, 5, 1);
    assertOnGrid(d.values("steps"), 300, 30000, 1);
  }

  private static void assertOnGrid(double[] values, double min, double max, int perUnit) {
    for (double v : values) {
      if (!Double.isNaN(v)) {
        assertTrue(v >= min && v <= max && v * perUnit == Math.rint(v * perUnit), "value " + v);
      }
    }
  }

  @Test
  void approachesComeInTheDocumentedOrderOnTheDocumentedDates() {
    Diary d = SampleDiaryGenerator.diary(Spec.standard().withMissing(0, 0));
    assertEquals(APPROACHES.stream().map(a -> a[0]).toList(), d.approaches());
    List<LocalDate> dates = d.dates();
    List<String> byDay = d.approachByDay();
    for (String[] a : APPROACHES) {
      LocalDate first = LocalDate.parse(a[1]);
      LocalDate last = LocalDate.parse(a[2]);
      assertEquals(a[0], byDay.get(dates.indexOf(first)));
      assertEquals(a[0], byDay.get(dates.indexOf(last)));
      assertNotEquals(a[0], byDay.get(dates.indexOf(first.minusDays(1))));
      if (last.getMonthValue() < 12) {
        assertEquals("", byDay.get(dates.indexOf(last.plusDays(1))), "a gap after " + a[0]);
      }
    }
    assertEquals("", byDay.get(dates.indexOf(LocalDate.of(2025, 2, 9))), "baseline");
  }

  @Test
  void activitiesAreDoneOnTheDocumentedShareOfDays() {
    Diary d = SampleDiaryGenerator.diary(Spec.standard());
    SHARES.forEach(
        (activity, share) -> {
          double done = Arrays.stream(d.values(activity)).sum() / d.days();
          // Three binomial standard errors of a share over one year of days.
          double tolerance = 3 * Math.sqrt(share * (1 - share) / d.days());
          assertEquals(share, done, tolerance, activity);
        });
  }

  @Test
  void tenYearsHasTheShapeTheBenchmarkNeeds() {
    Diary d = SampleDiaryGenerator.diary(Spec.tenYears());
    assertEquals(LocalDate.of(2034, 12, 29), Spec.tenYears().start().plusDays(3649));
    assertTrue(d.days() > 3650 * 0.94 && d.days() <= 3650, d.toString());
    assertEquals(10, d.factors().size());
    assertEquals(7, d.activities().size());
    assertEquals(6, d.approaches().size());
  }

  @Test
  void changingEffectsOrExtraFactorsLeavesTheOtherColumnsAlone() {
    Diary planted = SampleDiaryGenerator.diary(Spec.standard());
    Diary none = SampleDiaryGenerator.diary(Spec.standard().withEffectScale(0).withExtraFactors(3));
    assertEquals(planted.dates(), none.dates());
    for (String c : List.of("sleep_hours", "sleep_quality", "stress", "steps", "long_sitting")) {
      assertTrue(Arrays.equals(planted.values(c), none.values(c)), c);
    }
    assertEquals(planted.text("notes"), none.text("notes"));
    assertFalse(Arrays.equals(planted.values("pain"), none.values("pain")));
  }

  /**
   * An ordinary least-squares fit of pain on the planted terms, plus the terms documented as having
   * no effect, recovers the documented coefficients on the ten-year draw. Each tolerance is about
   * 4.5 times the standard deviation of that estimate over 200 seeds of ten-year diaries (the OLS
   * standard errors are too small here, since the noise is autocorrelated).
   */
  @Test
  void leastSquaresRecoversThePlantedEffectsOnTenYears() {
    Effects fx = Effects.standard();
    double[] b = plantedFit(SampleDiaryGenerator.diary(Spec.tenYears()));
    assertEquals(fx.sleepHours(), b[1], 0.15, "sleep_hours, same day");
    assertEquals(fx.stressLag1(), b[2], 0.06, "stress, day before");
    assertEquals(fx.longSitting(), b[3], 0.2, "long_sitting, same day");
    assertEquals(fx.heavyLiftingLag1(), b[4], 0.3, "heavy_lifting, day before");
    assertEquals(fx.swimLag1(), b[5], 0.3, "swim, day before");
    assertEquals(fx.mckenzie(), b[6], 0.5, "McKenzie exercises");
    assertEquals(fx.flare(), b[7], 1.0, "flare before the acupressure mat");
    assertEquals(0, b[8], 0.13, "sleep_quality has no effect of its own");
    String[] none = {"walk", "yoga", "gym", "meditation", "swim, same day"};
    for (int k = 0; k < none.length; k++) {
      assertEquals(0, b[9 + k], 0.25, none[k] + " has no effect");
    }
    assertEquals(0, b[14], 0.06, "steps (thousands) have no effect");
    for (int k = 0; k < 5; k++) {
      assertEquals(0, b[15 + k], 0.6, "approach " + k + " other than McKenzie has no effect");
    }
  }

  /**
   * The OLS coefficients (intercept first) of pain on: sleep_hours, stress(t-1), long_sitting,
   * heavy_lifting(t-1), swim(t-1), McKenzie, flare, sleep_quality, walk, yoga, gym, meditation,
   * swim, steps/1000, and the five other approaches; lags by calendar date.
   */
  private static double[] plantedFit(Diary d) {
    List<LocalDate> dates = d.dates();
    Map<LocalDate, Integer> row = new HashMap<>();
    for (int i = 0; i < dates.size(); i++) {
      row.put(dates.get(i), i);
    }
    double[] pain = d.values("pain");
    double[] sleep = d.values("sleep_hours");
    double[] stress = d.values("stress");
    double[] sitting = d.values("long_sitting");
    double[] lifting = d.values("heavy_lifting");
    double[] swim = d.values("swim");
    double[] quality = d.values("sleep_quality");
    double[] steps = d.values("steps");
    List<double[]> unplanted =
        List.of(d.values("walk"), d.values("yoga"), d.values("gym"), d.values("meditation"), swim);
    List<String> approach = d.approachByDay();
    List<String> others =
        APPROACHES.stream().map(a -> a[0]).filter(a -> !a.startsWith("McK")).toList();

    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      Integer p = row.get(dates.get(i).minusDays(1));
      if (p == null || Double.isNaN(pain[i])) {
        continue;
      }
      int t = i;
      MonthDay md = MonthDay.from(dates.get(i));
      boolean flare = !md.isBefore(MonthDay.of(8, 16)) && !md.isAfter(MonthDay.of(8, 19));
      List<Double> r = new ArrayList<>();
      r.addAll(List.of(sleep[i], stress[p], sitting[i], lifting[p], swim[p]));
      r.add(approach.get(i).equals("McKenzie exercises") ? 1.0 : 0.0);
      r.add(flare ? 1.0 : 0.0);
      r.add(quality[i]);
      unplanted.forEach(u -> r.add(u[t]));
      r.add(steps[i] / 1000);
      others.forEach(a -> r.add(approach.get(t).equals(a) ? 1.0 : 0.0));
      x.add(r.stream().mapToDouble(Double::doubleValue).toArray());
      y.add(pain[i]);
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(
        y.stream().mapToDouble(Double::doubleValue).toArray(), x.toArray(double[][]::new));
    return ols.estimateRegressionParameters();
  }

  /** The README's table of planted effects states the sizes of {@link Effects#standard()}. */
  @Test
  void readmeStatesThePlantedEffects() throws IOException {
    Map<String, Double> stated = new HashMap<>();
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\\|");
      if (cells.length == 5 && cells[4].strip().matches("[+-]\\d+\\.\\d+.*")) {
        stated.put(cells[1].strip(), Double.parseDouble(cells[4].strip().split(" ")[0]));
      }
    }
    Effects fx = Effects.standard();
    assertEquals(fx.sleepHours(), stated.get("`sleep_hours`"));
    assertEquals(fx.stressLag1(), stated.get("`stress`"));
    assertEquals(fx.longSitting(), stated.get("`long_sitting`"));
    assertEquals(fx.heavyLiftingLag1(), stated.get("`heavy_lifting`"));
    assertEquals(fx.swimLag1(), stated.get("`swim`"));
    assertEquals(fx.mckenzie(), stated.get("`McKenzie exercises`"));
    assertEquals(fx.flare(), stated.get("flare"));
    assertEquals(fx.moodPerPain(), stated.get("`mood`"));
    assertEquals(8, stated.size(), "one row per planted effect: " + stated);
  }
}
