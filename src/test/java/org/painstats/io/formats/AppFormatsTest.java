package org.painstats.io.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.painstats.io.formats.FormatFixtures.DIR;
import static org.painstats.io.formats.FormatFixtures.column;
import static org.painstats.io.formats.FormatFixtures.hasIssue;
import static org.painstats.io.formats.FormatFixtures.read;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.clean.ImportOptions;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.Readers;

/** Each app layout, from a small file written for the test, read into the diary model. */
class AppFormatsTest {
  @Test
  void eachFixtureIsRecognisedByItsReader() {
    for (String[] c :
        new String[][] {
          {"bearable-2021.csv", "bearable"},
          {"bearable-2024.csv", "bearable"},
          {"daylio-2017.csv", "daylio"},
          {"daylio-2019.csv", "daylio"},
          {"daylio-2021.csv", "daylio"},
          {"daylio-2024.csv", "daylio"},
          {"flaredown-research.csv", "flaredown"},
          {"flaredown-user.csv", "flaredown-user"}
        }) {
      assertEquals(c[1], Readers.detect(DIR.resolve(c[0])).name(), c[0]);
    }
  }

  @Test
  void bearableOldLayout() {
    Diary d = read("bearable-2021.csv");
    assertEquals("bearable", d.summary().format());
    assertEquals(11, d.summary().records());
    assertEquals(3, d.days());
    assertEquals("Back (lower) pain", column(d, "pain").header());
    assertEquals(Scale.of(0, 4, true), d.outcomeScale());
    // two readings on Jan 3 (2 and 3): the mean, the highest kept, and an issue on the second
    assertArrayEquals(new double[] {2.5, 1, Double.NaN}, d.outcomeValues());
    assertArrayEquals(new double[] {3, 1, Double.NaN}, d.values("pain_max"));
    assertTrue(hasIssue(d, 4, "another Back (lower) pain reading"));
    assertArrayEquals(new double[] {6, Double.NaN, 8}, d.values("mood"));
    assertEquals(Scale.of(1, 10, false), column(d, "mood").scale().orElseThrow());
    assertArrayEquals(new double[] {6.5, Double.NaN, Double.NaN}, d.values("sleep"));
    // "Walk" and "walk" are one activity, the second spelling an issue on its line
    assertArrayEquals(new double[] {1, 1, 0}, d.values("walk"));
    assertTrue(hasIssue(d, 10, "written differently from \"Walk\""));
    assertArrayEquals(new double[] {1, 0, 0}, d.values("ibuprofen"));
    assertEquals("Ibuprofen 400 mg", d.text("medication").get(0));
    // sleep quality 6 is off Bearable's 1-5: an issue, never rescaled
    assertTrue(Double.isNaN(d.values("sleep_quality")[1]));
    assertTrue(hasIssue(d, 11, "above 5"));
    assertEquals("long drive", d.text("notes").get(0));
  }

  @Test
  void bearableNewLayoutReadsTheFormattedDate() {
    Diary d = read("bearable-2024.csv");
    assertEquals(List.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 6)), d.dates());
    assertEquals("Neck pain", column(d, "pain").header());
    assertArrayEquals(new double[] {8012, Double.NaN}, d.values("step_count"));
    assertArrayEquals(new double[] {Double.NaN, 4}, d.values("productivity"));
  }

  @Test
  void daylioOldLayoutWithPolishDatesAndMoods() {
    Diary d = read("daylio-2017.csv");
    assertEquals(List.of(LocalDate.of(2017, 9, 7), LocalDate.of(2017, 9, 8)), d.dates());
    assertEquals("mood", d.outcome());
    assertArrayEquals(new double[] {1, 4}, d.outcomeValues());
    assertEquals(Scale.of(1, 5, false), d.outcomeScale());
    assertTrue(
        d.summary().issues().stream().anyMatch(i -> i.problem().equals("no pain column")),
        "analysing mood in place of pain is said");
    assertArrayEquals(new double[] {0, 1}, d.values("spacer"));
  }

  @Test
  void daylioCustomMoodLabelsNeedALevel() {
    Diary d = read("daylio-2019.csv");
    // May 1 "calm" has no level: missing, said once; May 2 has rad (5) and meh (3)
    assertArrayEquals(new double[] {Double.NaN, 4}, d.outcomeValues());
    assertTrue(hasIssue(d, 4, "1 mood labels have no level"));
    assertTrue(hasIssue(d, 4, "not a number"));
    assertArrayEquals(new double[] {0, 1}, d.values("yoga"));
    Diary given = read("daylio-2019.csv", ImportOptions.withDefaults().withMoodLevels("Calm=4"));
    assertArrayEquals(new double[] {4, 4}, given.outcomeValues());
  }

  @Test
  void daylioNoteTitleLayout() {
    Diary d = read("daylio-2021.csv");
    assertArrayEquals(new double[] {4, 2}, d.outcomeValues());
    assertEquals("Sore", d.text("note_title").get(1));
    assertEquals("back hurt", d.text("notes").get(1));
    assertArrayEquals(new double[] {0, 1}, d.values("headache"));
  }

  @Test
  void daylioScalesLayoutFindsAPainScale() {
    Diary d = read("daylio-2024.csv");
    assertEquals("pain", d.outcome());
    assertArrayEquals(new double[] {3, 7}, d.outcomeValues());
    assertArrayEquals(new double[] {4, 1}, d.values("mood"));
    assertArrayEquals(new double[] {Double.NaN, 4}, d.values("sleep"));
  }

  @Test
  void flaredownResearchExportAsksForAUserInOneLine() {
    DiaryFormatException e =
        assertThrows(DiaryFormatException.class, () -> read("flaredown-research.csv"));
    assertTrue(e.getMessage().contains(": holds 2 users ("), e.getMessage());
    assertTrue(
        e.getMessage().contains("QEVuQwEAAAAAAAAAAAAAAAAAAAAAAA== has the most rows, 11)"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("; choose the user to read"), e.getMessage());
    // the library names what to give, not the command line's flag
    assertFalse(e.getMessage().contains("--"), e.getMessage());
    assertEquals(DiaryFormatException.Remedy.USER, e.remedy());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void flaredownResearchExportOneUser() {
    Diary d =
        read(
            "flaredown-research.csv",
            ImportOptions.withDefaults().withUser("QEVuQwEAAAAAAAAAAAAAAAAAAAAAAA=="));
    assertEquals(11, d.summary().records(), "the other user's row is not a record of this diary");
    assertTrue(hasIssue(d, 0, "1 rows of other users"));
    assertEquals(
        List.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 2), LocalDate.of(2016, 3, 3)),
        d.dates());
    assertEquals(Scale.of(0, 4, true), d.outcomeScale());
    // 5 on a 0-4 scale is an issue on its line, never rescaled; the blank is missing
    assertArrayEquals(new double[] {1, 3, Double.NaN}, d.outcomeValues());
    assertTrue(hasIssue(d, 13, "above 4"));
    assertArrayEquals(new double[] {1, 2, Double.NaN}, d.values("fatigue"));
    assertTrue(hasIssue(d, 10, "written differently from \"Fatigue\""));
    assertArrayEquals(new double[] {0, 1, 0}, d.values("naproxen"));
    assertEquals("Naproxen 500.0 mg", d.text("treatments").get(1));
    assertArrayEquals(new double[] {0, 1, 0}, d.values("walked_a_lot"));
    assertArrayEquals(new double[] {1, 0, 0}, d.values("coffee"));
    assertArrayEquals(
        new double[] {Double.NaN, 61, Double.NaN}, d.values("weather_temperature_max"));
    assertEquals("rain", d.text("weather").get(1));
  }

  @Test
  void flaredownPerUserExport() {
    Diary d = read("flaredown-user.csv");
    assertEquals("flaredown", d.summary().format());
    assertEquals("Back pain", column(d, "pain").header());
    assertEquals(Scale.of(0, 4, true), d.outcomeScale());
    assertArrayEquals(new double[] {1, 3, 2}, d.outcomeValues());
    assertArrayEquals(new double[] {0, 1, 1}, d.values("naproxen"));
    assertEquals(List.of("Not Taken", "500.0 mg", "Taken"), d.text("naproxen_dose"));
    assertArrayEquals(new double[] {0, 1, 1}, d.values("stretching"));
    assertArrayEquals(new double[] {1, 0, 0}, d.values("coffee"));
  }

  @Test
  void everyIssueHasALineOrIsAboutTheFile() {
    for (String f : List.of("bearable-2021.csv", "daylio-2019.csv", "flaredown-user.csv")) {
      for (Issue i : read(f).summary().issues()) {
        assertTrue(i.line() >= 0 && !i.problem().isBlank() && !i.action().isBlank(), i::toString);
      }
    }
  }
}
