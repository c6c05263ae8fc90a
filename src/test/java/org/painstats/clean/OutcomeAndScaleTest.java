package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumn;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.DelimitedRecords;

/** The outcome and pain columns can be named, and scales are read or declared, never rescaled. */
class OutcomeAndScaleTest {

  static Diary read(String text, ImportOptions options) {
    return Cleaner.clean("t.csv", DelimitedRecords.read("t.csv", text), List.of(), options);
  }

  private static DiaryColumn column(Diary d, String name) {
    return d.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void outcomeWorksOnADiaryWithoutAPainColumn() {
    Diary d =
        read(
            "Date,Mood,Stress\n2024-01-01,3,2\n2024-01-02,4,1\n",
            ImportOptions.withDefaults().withOutcome("mood"));
    assertEquals("mood", d.outcome());
    assertArrayEquals(new double[] {3, 4}, d.outcomeValues());
    assertEquals(List.of("stress"), d.factors());
    assertFalse(d.outcomeScale().higherIsWorse(), "mood is better when higher");
  }

  @Test
  void outcomeOnADiaryWithPainMakesPainAFactor() {
    Diary d =
        read(
            "Date,Pain,Mood\n2024-01-01,5,3\n2024-01-02,4,4\n",
            ImportOptions.withDefaults().withOutcome("Mood"));
    assertEquals("mood", d.outcome());
    assertEquals(List.of("pain"), d.factors());
  }

  @Test
  void anOutcomeThatIsNotAColumnIsRefusedNamingTheColumns() {
    DiaryFormatException e =
        assertThrows(
            DiaryFormatException.class,
            () ->
                read(
                    "Date,Mood\n2024-01-01,3\n",
                    ImportOptions.withDefaults().withOutcome("fatigue")));
    assertEquals(
        "t.csv: no column \"fatigue\" to read as the outcome; columns are [Date, Mood]",
        e.getMessage());
  }

  @Test
  void painNamesAColumnWhoseHeaderIsNotRecognised() {
    Diary d =
        read(
            "Date,How bad is your back pain today?,Sleep\n2024-01-01,6,7\n2024-01-02,5,8\n",
            ImportOptions.withDefaults().withPain("How bad is your back pain today?"));
    assertEquals("pain", d.outcome());
    assertArrayEquals(new double[] {6, 5}, d.outcomeValues());
    assertEquals(Scale.PAIN, d.outcomeScale());
  }

  @Test
  void aHeaderRangeIsThePainScaleAndNoValueIsRescaled() {
    Diary d =
        read(
            "Date,Pain (0-100)\n2024-01-01,10\n2024-01-02,80\n2024-01-03,120\n",
            ImportOptions.withDefaults());
    assertEquals(Scale.of(0, 100, true), d.outcomeScale());
    assertArrayEquals(new double[] {10, 80, Double.NaN}, d.outcomeValues());
    List<Issue> off =
        d.summary().issues().stream().filter(i -> i.kind() == Issue.Kind.SET_MISSING).toList();
    assertEquals(1, off.size(), off::toString);
    assertEquals(4, off.get(0).line());
    assertEquals("above 100", off.get(0).problem());
  }

  @Test
  void headerScalesInTheirCommonForms() {
    Diary d =
        read(
            "Date,Pain /10,Mood (1-5),Energy [0-4],Stress 1-7\n2024-01-01,3,4,2,5\n",
            ImportOptions.withDefaults());
    assertEquals(Scale.of(0, 10, true), d.outcomeScale());
    assertEquals(Scale.of(1, 5, false), column(d, "mood").scale().orElseThrow());
    assertEquals(Scale.of(0, 4, false), column(d, "energy").scale().orElseThrow());
    assertEquals(Scale.of(1, 7, true), column(d, "stress").scale().orElseThrow());
  }

  @Test
  void aDeclaredScaleMakesValuesOffItIssues() {
    Diary d =
        read(
            "Date,Pain,Soreness\n2024-01-01,3,0\n2024-01-02,4,5\n",
            ImportOptions.withDefaults().withScale("Soreness=1-5").withReversed("soreness"));
    DiaryColumn s = column(d, "soreness");
    assertEquals(Scale.of(1, 5, false), s.scale().orElseThrow(), "5 means not sore: reversed");
    assertArrayEquals(new double[] {Double.NaN, 5}, d.values("soreness"));
    assertTrue(
        d.summary().issues().stream().anyMatch(i -> i.line() == 2 && i.problem().equals("below 1")),
        () -> d.summary().issues().toString());
  }

  @Test
  void aReversedColumnWithoutARangeKeepsItsDirectionOverItsValues() {
    Diary d =
        read(
            "Date,Pain,Soreness\n2024-01-01,3,2\n2024-01-02,4,5\n",
            ImportOptions.withDefaults().withReversed("Soreness"));
    assertEquals(Scale.of(2, 5, false), column(d, "soreness").scale().orElseThrow());
    assertEquals(ColumnRole.FACTOR, column(d, "soreness").role());
  }

  @Test
  void aBadScaleDeclarationIsRefused() {
    assertThrows(
        DiaryFormatException.class, () -> ImportOptions.withDefaults().withScale("Pain=10-0"));
    assertThrows(DiaryFormatException.class, () -> ImportOptions.withDefaults().withScale("Pain"));
  }

  @Test
  void aSecondPainColumnIsSaidAndKeptAsAFactor() {
    Diary d =
        read("Date,Pain,Back pain\n2024-01-01,3,4\n2024-01-02,5,2\n", ImportOptions.withDefaults());
    assertEquals(List.of("back_pain"), d.factors());
    assertTrue(
        d.summary().issues().stream()
            .anyMatch(i -> i.column().equals("Back pain") && i.problem().contains("second pain")),
        () -> d.summary().issues().toString());
  }

  @Test
  void commonNonEnglishPainHeadersAreRecognised() {
    for (String h : List.of("Schmerz", "Douleur", "Dolor", "Schmerzstärke (0-10)")) {
      Diary d = read("Datum," + h + "\n2024-01-01,3\n", ImportOptions.withDefaults());
      assertArrayEquals(new double[] {3}, d.outcomeValues(), h);
    }
  }

  @Test
  void aNumberTooLargeForADoubleIsAnIssueNotInfinity() {
    String huge = "9".repeat(400);
    Diary d =
        read(
            "Date,Pain,Steps\n2024-01-01,3," + huge + "\n2024-01-02,4,10\n",
            ImportOptions.withDefaults());
    assertTrue(Double.isNaN(d.values("steps")[0]));
    assertTrue(
        d.summary().issues().stream()
            .anyMatch(i -> i.line() == 2 && i.problem().equals("too large to be a number")));
  }
}
