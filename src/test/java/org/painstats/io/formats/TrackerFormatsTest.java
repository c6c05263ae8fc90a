package org.painstats.io.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.painstats.io.formats.FormatFixtures.DIR;
import static org.painstats.io.formats.FormatFixtures.hasIssue;
import static org.painstats.io.formats.FormatFixtures.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Scale;
import org.painstats.io.Readers;

/** Trackers and research layouts, each from a small file written for the test. */
class TrackerFormatsTest {
  @Test
  void eachFixtureIsRecognisedByItsReader() {
    for (String[] c :
        new String[][] {
          {"fitbit-monthly-en.csv", "fitbit-monthly"},
          {"fitbit-monthly-fr.csv", "fitbit-monthly"},
          {"pmdata-wellness.csv", "pmdata"},
          {"oura.csv", "oura"},
          {"myaiguide-ratings.csv", "myaiguide"},
          {"myaiguide-daily.csv", "myaiguide-daily"},
          {"taplog.csv", "taplog"},
          {"moves.csv", "moves"},
          {"nof1kit.csv", "nof1kit"},
          {"fitbit-steps.json", "tracker-json"},
          {"fitbit-sleep.json", "tracker-json"},
          {"googlefit.json", "tracker-json"},
          {"schedule.json", "schedule-json"}
        }) {
      assertEquals(c[1], Readers.detect(DIR.resolve(c[0])).name(), c[0]);
    }
  }

  @Test
  void fitbitMonthlyEnglishReadsThousandsSeparators() {
    Diary d = read("fitbit-monthly-en.csv");
    assertEquals(List.of(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 13)), d.dates());
    assertEquals("steps", d.outcome());
    assertArrayEquals(new double[] {8512, 430}, d.outcomeValues());
    assertArrayEquals(new double[] {2104, 1950}, d.values("calories_burned"));
    assertArrayEquals(new double[] {6.10, 0.31}, d.values("distance"));
    assertTrue(hasIssue(d, 1, "a title above the header"));
  }

  @Test
  void fitbitMonthlyFrenchReadsDecimalCommas() {
    Diary d = read("fitbit-monthly-fr.csv");
    assertEquals("pas", d.outcome());
    assertArrayEquals(new double[] {1176, 1702}, d.outcomeValues());
    assertArrayEquals(new double[] {0.87, 1.26}, d.values("distance"));
  }

  @Test
  void pmdataWellnessAnalysesSorenessWithFiveMeaningNotSore() {
    Diary d = read("pmdata-wellness.csv");
    assertEquals("soreness", d.outcome());
    assertEquals(Scale.of(1, 5, false), d.outcomeScale());
    assertArrayEquals(new double[] {2, 5, Double.NaN}, d.outcomeValues());
    assertTrue(hasIssue(d, 4, "above 5"));
    assertArrayEquals(new double[] {6, 7.5, 8}, d.values("sleep_duration_h"));
  }

  @Test
  void ouraScoresAreFactorsOnZeroToHundred() {
    Diary d = read("oura.csv");
    assertEquals("sleep_score", d.outcome());
    assertEquals(Scale.of(0, 100, false), d.outcomeScale());
    assertArrayEquals(new double[] {80, 85}, d.values("readiness_score"));
    assertArrayEquals(new double[] {13170, 12000}, d.values("sleep_timing"));
  }

  @Test
  void myAiGuideRatingsFindThePainAndDateUndatedRatingsByEntry() {
    Diary d = read("myaiguide-ratings.csv");
    assertEquals("Knee Pain", d.columns().get(1).header());
    assertArrayEquals(new double[] {3, 4.5, Double.NaN}, d.outcomeValues());
    assertArrayEquals(new double[] {Double.NaN, Double.NaN, 2}, d.values("headache"));
    assertTrue(hasIssue(d, 5, "1 ratings have no start date"));
  }

  @Test
  void myAiGuideDailyCarriesBlankDatePartsFromTheRowAbove() {
    Diary d = read("myaiguide-daily.csv");
    assertEquals(
        List.of(LocalDate.of(2016, 1, 30), LocalDate.of(2016, 1, 31), LocalDate.of(2016, 2, 1)),
        d.dates());
    assertArrayEquals(new double[] {5.7, 5, 3.9}, d.outcomeValues());
    assertArrayEquals(new double[] {3, Double.NaN, Double.NaN}, d.values("hands"));
    assertTrue(hasIssue(d, 4, "2 rows leave the year, month or day blank"));
  }

  @Test
  void googleFitDailyMetricsAreASpreadsheetWithUnitsInTheHeaders() {
    // Takeout's "Daily activity metrics.csv": one row a day, units in brackets, blanks where the
    // phone measured nothing; it is read as a spreadsheet diary and needs its outcome named.
    Path f = DIR.resolve("googlefit-daily.csv");
    assertEquals("diary", Readers.detect(f).name());
    Diary d =
        PainStats.read(
            f, org.painstats.clean.ImportOptions.withDefaults().withOutcome("Step count"));
    assertEquals("step_count", d.outcome());
    assertArrayEquals(new double[] {5123, 3001}, d.outcomeValues());
    assertArrayEquals(new double[] {3520.2, 2100.9}, d.values("distance"));
    assertArrayEquals(new double[] {71.2, Double.NaN}, d.values("average_heart_rate"));
  }

  @Test
  void tapLogEventsAreActivities() {
    Diary d = read("taplog.csv");
    assertEquals(List.of(LocalDate.of(2020, 8, 9)), d.dates());
    assertArrayEquals(new double[] {1}, d.values("sport_sport_str"));
    assertArrayEquals(new double[] {1}, d.values("sport_sport_end"));
    assertEquals("felt ok", d.text("notes").get(0));
  }

  @Test
  void movesGainsWithAnUnnamedDateColumn() {
    Diary d = read("moves.csv");
    assertEquals("cum_gain_walking", d.outcome());
    assertArrayEquals(new double[] {290.6, 68.7}, d.outcomeValues());
  }

  @Test
  void nof1kitPromptsMakeDaysWithTheConditionAsApproach() {
    Diary d = read("nof1kit.csv");
    assertEquals("mood", d.outcome());
    assertEquals(Scale.of(0, 100, false), d.outcomeScale());
    assertArrayEquals(new double[] {60, 70}, d.outcomeValues());
    assertEquals(List.of("control", "melatonin"), d.approachByDay());
    assertArrayEquals(new double[] {0, 1}, d.values("melatonin"));
    assertTrue(d.factors().stream().noneMatch(f -> f.startsWith("mood")), "no mood mean factor");
  }

  @Test
  void fitbitStepsJson() {
    Diary d = read("fitbit-steps.json");
    assertEquals("steps", d.outcome());
    assertArrayEquals(new double[] {4419, 291}, d.outcomeValues());
    assertEquals(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)), d.dates());
  }

  @Test
  void fitbitSleepLogJson() {
    Diary d = read("fitbit-sleep.json");
    assertEquals("minutesasleep", d.outcome());
    assertArrayEquals(new double[] {386, 345}, d.outcomeValues());
    assertArrayEquals(new double[] {423, 381}, d.values("timeinbed"));
  }

  @Test
  void googleFitBucketsAreDaysByTheirMiddle() {
    Diary d = read("googlefit.json");
    // bucket 1: 2018-07-09T15:00Z to 2018-07-10T15:00Z, a day starting at midnight UTC+9
    assertEquals(List.of(LocalDate.of(2018, 7, 10), LocalDate.of(2018, 7, 11)), d.dates());
    assertArrayEquals(new double[] {Double.NaN, 2000}, d.outcomeValues());
  }

  @Test
  void aScheduleWithoutDatesIsExplainedInOneLine() {
    DiaryFormatException e = assertThrows(DiaryFormatException.class, () -> read("schedule.json"));
    assertTrue(e.getMessage().contains("a randomisation schedule by study day, with no dates"));
  }

  @Test
  void appleHealthStreamsStepsSleepAndHeartRateByDay() {
    Diary d = read("apple-health.xml");
    assertEquals("apple-health", d.summary().format());
    assertEquals(List.of(LocalDate.of(2024, 1, 14), LocalDate.of(2024, 1, 15)), d.dates());
    assertArrayEquals(new double[] {2000, Double.NaN}, d.values("steps"));
    // the watch's 23:00-03:00 and the phone's 02:00-06:30 overlap: 7.5 hours asleep, not 8.5;
    // in bed is not asleep
    assertArrayEquals(new double[] {Double.NaN, 7.5}, d.values("sleep_hours"));
    assertArrayEquals(new double[] {Double.NaN, 58}, d.values("resting_heart_rate"));
    assertTrue(hasIssue(d, 0, "8 Record elements, 5 of them"));
    assertTrue(hasIssue(d, 16, "1 records with a date or value that cannot be read"));
  }
}
