package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.Issue;

/**
 * Issue 12 item 6: a value is never changed silently. Each case is a file of the hostile corpus;
 * the change is an issue on its line.
 */
class NeverSilentTest {
  private static final Path DIR = Path.of("src/test/resources/hostile");

  private static Diary read(String file) {
    return PainStats.read(DIR.resolve(file));
  }

  private static Issue issue(Diary d, long line, String problemStart) {
    return d.summary().issues().stream()
        .filter(i -> i.line() == line && i.problem().startsWith(problemStart))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no issue on line "
                        + line
                        + " starting "
                        + problemStart
                        + ": "
                        + d.summary().issues()));
  }

  @Test
  void oneDecimalCommaInAColumnOfThousandsIsReadAsDecimalAndSaid() {
    Diary d = read("thousands-and-one-decimal-comma.csv");
    assertArrayEquals(new double[] {8500, 9120, 1.5, 10004, 7310}, d.values("steps"));
    Issue i = issue(d, 4, "a decimal comma in a column whose commas group thousands");
    assertEquals("read as 1.5", i.action());
  }

  @Test
  void leadingZeroCommasAreDecimalsInADecimalCommaFile() {
    Diary d = read("decimal-comma-grams.csv");
    // 0,250 cannot group thousands, so the column writes decimal commas and 1,250 is 1.25
    assertArrayEquals(new double[] {0.25, 1.25, 0.5}, d.values("protein"));
    assertArrayEquals(new double[] {7.5, 6.5, 8}, d.values("sleep_hours"));
  }

  @Test
  void aTwoDigitYearTakesTheFilesCenturyAndIsSaid() {
    Diary d = read("two-digit-year.csv");
    assertEquals(LocalDate.of(1999, 3, 14), d.lastDate().orElseThrow());
    Issue i = issue(d, 4, "a two-digit year");
    assertEquals("read as 1999-03-14", i.action());
  }

  @Test
  void aRangeIsRejectedAndTextAfterADateIsSaid() {
    Diary d = read("date-range-and-text-after.csv");
    assertEquals(List.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11)), d.dates());
    assertEquals("row rejected", issue(d, 2, "a range of dates, not one day").action());
    assertEquals("read as 2024-03-10", issue(d, 3, "text after the date").action());
    assertTrue(
        d.summary().issues().stream().noneMatch(i -> i.line() == 4), "a time after a date is fine");
  }

  @Test
  void aNumberTooLargeForADoubleIsMissingWithAnIssue() {
    Diary d = read("number-too-large.csv");
    assertTrue(Double.isNaN(d.values("steps")[0]));
    assertEquals("set missing", issue(d, 2, "too large to be a number").action());
  }

  @Test
  void aSecondPainColumnIsAFactorAndSaid() {
    Diary d = read("second-pain-column.csv");
    assertArrayEquals(new double[] {3, 5, 4}, d.outcomeValues());
    assertEquals(List.of("back_pain"), d.factors());
    issue(d, 1, "a second pain column");
  }

  @Test
  void aTagNamedLikeATextColumnIsFine() {
    Diary d = read("tag-named-like-a-column.csv");
    assertEquals(List.of("notes_activity", "walk", "medication_activity"), d.activities());
    assertEquals("wrote notes", d.text("notes").get(0));
    assertArrayEquals(new double[] {0, 1}, d.values("medication_activity"));
  }

  @Test
  void aBadByteInUtf8IsAnIssueOnItsLineAndTheRestStaysUtf8() {
    Diary d = read("bad-utf8-byte.csv");
    assertEquals(List.of("café", "bad \ufffd byte", "naïve"), d.text("notes"));
    issue(d, 3, "a byte that is not UTF-8");
    assertTrue(
        d.summary().issues().stream().noneMatch(i -> i.problem().equals("not UTF-8 text")),
        "not read as Windows-1252");
  }

  @Test
  void approachTyposAndPluralsAreOneApproachSaidByLineAndPrefixesAreAsked() {
    Diary d = read("approach-typos.csv");
    assertEquals(List.of("McKenzie exercises", "McKenzie", "Feldenkrais"), d.approaches());
    assertEquals("taken as \"McKenzie exercises\"", issue(d, 4, "written differently").action());
    assertEquals("taken as \"McKenzie exercises\"", issue(d, 3, "written differently").action());
    assertEquals("taken as \"Feldenkrais\"", issue(d, 8, "written differently").action());
    assertEquals(
        "kept apart; did you mean \"McKenzie exercises\"?",
        issue(d, 6, "may be the same approach").action());
  }

  @Test
  void morningAndEveningPainMakeTheDaysMeanAndMax() {
    Diary d = read("pain-morning-evening.csv");
    assertArrayEquals(new double[] {4, 4, 6}, d.outcomeValues());
    assertArrayEquals(new double[] {5, 4, 6}, d.values("pain_max"));
    assertEquals(
        "the day's pain is their mean, pain_max the highest",
        issue(d, 1, "pain read at several times of the day").action());
  }
}
