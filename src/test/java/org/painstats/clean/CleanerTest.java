package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.io.DelimitedRecords;

class CleanerTest {

  static Diary read(String text) {
    return Cleaner.clean(
        "t.csv", DelimitedRecords.read("t.csv", text), List.of(), ImportOptions.withDefaults());
  }

  private static Issue only(Diary d, String problemStart) {
    List<Issue> found =
        d.summary().issues().stream().filter(i -> i.problem().startsWith(problemStart)).toList();
    assertEquals(1, found.size(), () -> "issues: " + d.summary().issues());
    return found.get(0);
  }

  @Test
  void keepsTheFirstIssuesByLineAndCountsEveryOther() {
    StringBuilder text =
        new StringBuilder(
            "date,pain,approach\n2024-01-01,5,McKenzie exercises\n2024-01-01,,mckenzie  Exercises\n");
    LocalDate day = LocalDate.of(2024, 1, 2);
    for (int i = 0; i < 12_000; i++) {
      // pain above 10: set missing on reading, then a day without pain, said after all rows
      text.append(day.plusDays(i)).append(",12,\n");
    }
    Diary d = read(text.toString());
    var s = d.summary();
    assertEquals(12_002, s.records());
    assertEquals(s.records(), s.kept() + s.merged() + s.rejected());
    // line 3: merged, then its spelling unified; lines 4 on: above 10, then no pain that day
    assertEquals(2 + 2 * 12_000, s.issueCount());
    assertEquals(10_000, s.issues().size());
    assertEquals(2 + 2 * 12_000 - 10_000, s.issuesOmitted());
    List<Issue> kept = s.issues();
    assertEquals(Issue.Kind.MERGED, kept.get(0).kind());
    assertEquals(3, kept.get(1).line());
    assertTrue(kept.get(1).problem().startsWith("written differently"), kept.get(1)::toString);
    assertEquals("above 10", kept.get(2).problem());
    assertTrue(kept.get(3).problem().startsWith("no pain value"), kept.get(3)::toString);
    assertEquals(5002, kept.get(9_999).line());
    assertTrue(kept.get(9_999).problem().startsWith("no pain value"), kept.get(9_999)::toString);
  }

  @Test
  void tagsWrittenWithATypoOrAPluralAreOneActivitySaidByLine() throws Exception {
    Diary d =
        read(
            java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/hostile/tag-typos.csv")));
    assertEquals(List.of("walk", "stretching", "heavy_lifting", "heavy"), d.activities());
    assertArrayEquals(new double[] {1, 1, 1, 1, 0}, d.values("walk"));
    assertArrayEquals(new double[] {1, 1, 1, 0, 0}, d.values("stretching"));
    assertEquals(
        List.of(
            "line 3, Activities: \"Walks\" written differently from \"walk\"; taken as \"walk\"",
            "line 4, Activities: \"streching\" written differently from \"stretching\"; taken as"
                + " \"stretching\"",
            "line 6, Activities: \"heavy\" may be the same activity as \"heavy_lifting\"; kept"
                + " apart; did you mean \"heavy_lifting\"?"),
        d.summary().issues().stream().map(Issue::toString).toList());
  }

  @Test
  void givesEachColumnItsRole() {
    Diary d =
        read(
            "Date,Pain (0-10),Sleep hours,Stress,Activities,Swim,Approach,Medication,Notes\n"
                + "2024-01-01,5,7,3,walk; Yoga,x,McKenzie,ibuprofen,ok\n"
                + "2024-01-02,4,8,2,,,McKenzie,,\n");
    assertEquals(List.of("sleep_hours", "stress"), d.factors());
    assertEquals(List.of("walk", "yoga", "swim"), d.activities());
    assertEquals(List.of("McKenzie"), d.approaches());
    assertEquals(ColumnRole.TEXT, d.role("medication").orElseThrow());
    assertEquals("notes", d.columns().get(d.columns().size() - 1).name());
    assertArrayEquals(new double[] {1, 0}, d.values("swim"));
  }

  @Test
  void mergesEntriesOfOneDay() {
    Diary d =
        read(
            "date,pain,sleep,activities,approach,notes\n"
                + "2024-01-01,6,7,walk,A,morning\n"
                + "2024-01-01,3,,yoga,B,evening\n"
                + "2024-01-01,,8,,,\n");
    assertEquals(1, d.days());
    assertEquals(4.5, d.values("pain")[0]);
    assertEquals(6.0, d.values("pain_max")[0]);
    assertEquals(7.5, d.values("sleep")[0]);
    assertArrayEquals(new double[] {1}, d.values("walk"));
    assertArrayEquals(new double[] {1}, d.values("yoga"));
    assertEquals(List.of("B"), d.approachByDay());
    assertEquals(List.of("morning | evening"), d.text("notes"));
    assertEquals(2, d.summary().merged());
    Issue merge = d.summary().issues().get(0);
    assertEquals(3, merge.line());
    assertEquals("another entry for 2024-01-01 (line 2)", merge.problem());
  }

  @Test
  void setsOutOfRangeValuesMissingWithAnIssue() {
    Diary d =
        read(
            "date,pain,sleep hours,stress\n"
                + "2024-01-01,11,25,3\n"
                + "2024-01-02,-1,-2,4\n"
                + "2024-01-03,10,24,5\n"
                + "2024-01-04,0,0,6\n");
    assertArrayEquals(new double[] {Double.NaN, Double.NaN, 10, 0}, d.values("pain"));
    assertArrayEquals(new double[] {Double.NaN, Double.NaN, 24, 0}, d.values("sleep_hours"));
    assertEquals(2, only(d, "above 10").line());
    assertEquals(3, only(d, "below 0").line());
    assertEquals("25", only(d, "above 24 hours").value());
    assertEquals("-2", only(d, "negative hours").value());
  }

  @Test
  void keepsDaysWithoutPainAndNotesThem() {
    Diary d = read("date,pain,stress\n2024-01-01,,3\n2024-01-02,4,5\n");
    assertEquals(2, d.days());
    assertEquals(1, d.outcomeDays());
    Issue i = only(d, "no pain value");
    assertEquals(2, i.line());
  }

  @Test
  void rejectsRowsWithoutAReadableDateAndAccountsForEveryRecord() {
    Diary d = read("date,pain\n2024-01-01,4\nyesterday,5\n,,\n2024-01-01,6\n2024-01-03,2\n");
    assertEquals(5, d.summary().records());
    assertEquals(2, d.summary().kept());
    assertEquals(1, d.summary().merged());
    assertEquals(2, d.summary().rejected());
    assertEquals("yesterday", only(d, "not a date").value());
    assertEquals(4, only(d, "empty row").line());
  }

  @Test
  void unifiesApproachesThatDifferOnlyInCaseOrSpacing() {
    Diary d =
        read(
            "date,pain,approach\n2024-01-01,4,McKenzie exercises\n2024-01-02,4,mckenzie  exercises\n"
                + "2024-01-03,4,McKenzie exercises\n2024-01-04,4,Mckenzieexercises\n");
    assertEquals(List.of("McKenzie exercises"), d.approaches());
    assertEquals(2, d.summary().issues().size());
  }

  @Test
  void readsDecimalCommasFromSemicolonFiles() {
    Diary d = read("Datum;Pain;Sleep\n05.03.2024;6,5;7,5\n06.03.2024;5;8\n");
    assertEquals(LocalDate.of(2024, 3, 5), d.dates().get(0));
    assertEquals(6.5, d.values("pain")[0]);
    assertEquals(7.5, d.values("sleep")[0]);
  }

  @Test
  void sortsDaysByDate() {
    Diary d = read("date,pain\n2024-01-03,3\n2024-01-01,1\n2024-01-02,2\n");
    assertArrayEquals(new double[] {1, 2, 3}, d.values("pain"));
  }

  @Test
  void refusesAFileWithoutPainNamingTheHeadersFound() {
    DiaryFormatException e =
        assertThrows(DiaryFormatException.class, () -> read("Date,Mood,Notes\n2024-01-01,3,x\n"));
    assertEquals(
        "t.csv: no pain column; found [Date, Mood, Notes]; name one \"pain\", \"Pain (0-10)\","
            + " \"pain_score\", \"Pain level\", \"Back pain\", or name the column to analyse as"
            + " the outcome",
        e.getMessage());
  }

  @Test
  void refusesAHeaderWithoutRows() {
    DiaryFormatException e = assertThrows(DiaryFormatException.class, () -> read("date,pain\n"));
    assertTrue(e.getMessage().contains("no rows"), e.getMessage());
  }

  @Test
  void refusesAFileWhereNoDateCanBeRead() {
    DiaryFormatException e =
        assertThrows(DiaryFormatException.class, () -> read("date,pain\nmonday,3\ntuesday,4\n"));
    assertTrue(e.getMessage().contains("no row has a date"), e.getMessage());
  }
}
