package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.painstats.diary.DiaryFormatException;

class DateReaderTest {
  private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

  private static DateReader auto(String... raw) {
    return DateReader.forValues("d.csv", List.of(raw), ImportOptions.withDefaults());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-05",
        "2024/03/05",
        "2024-3-5",
        "5 March 2024",
        "5 Mar 2024",
        "March 5, 2024",
        "Mar 5, 2024",
        "march 5 2024",
        "5th Mar 2024",
        "Tue, 5 March 2024",
        "2024-03-05 08:30",
        "2024-03-05T23:59:00",
        "2024-03-05T08:30:00+05:00",
        "2024-03-05T08:30:00Z",
        "05.03.2024",
        "  2024-03-05  "
      })
  void readsEveryUnambiguousForm(String raw) {
    assertEquals(MARCH_5, auto(raw).read(raw).date().orElseThrow());
  }

  @Test
  void dateTimeCountsForTheDayAsWrittenWhateverTheOffset() {
    // 23:30 at -05:00 is the next day in UTC; the diary means the day written.
    String raw = "2024-03-05T23:30:00-05:00";
    assertEquals(MARCH_5, auto(raw).read(raw).date().orElseThrow());
  }

  @Test
  void decidesDayFirstFromADayAbove12() {
    DateReader r = auto("03/05/2024", "25/05/2024");
    assertEquals(DateReader.Order.DAY_FIRST, r.order());
    assertEquals(MARCH_5.withMonth(5).withDayOfMonth(3), r.read("03/05/2024").date().orElseThrow());
  }

  @Test
  void decidesMonthFirstFromADayAbove12() {
    DateReader r = auto("03/05/2024", "05/25/2024");
    assertEquals(DateReader.Order.MONTH_FIRST, r.order());
    assertEquals(MARCH_5, r.read("03/05/2024").date().orElseThrow());
  }

  @Test
  void rejectsTheMinorityThatContradictsTheFileOrder() {
    DateReader r = auto("25/05/2024", "26/05/2024", "05/27/2024");
    assertEquals("month-first, unlike the rest of the file", r.read("05/27/2024").problem());
  }

  @Test
  void refusesAmbiguousDatesWithoutAPattern() {
    DiaryFormatException e =
        assertThrows(DiaryFormatException.class, () -> auto("03/05/2024", "04/05/2024"));
    assertTrue(e.getMessage().startsWith("d.csv: dates such as \"03/05/2024\""), e.getMessage());
    // The library names what to give; the command line adds its flag (ExitCodesTest).
    assertTrue(e.getMessage().contains("give the date pattern, dd/MM/yyyy"), e.getMessage());
    assertEquals(DiaryFormatException.Remedy.DATE_PATTERN, e.remedy());
  }

  @Test
  void patternDecidesAmbiguousDates() {
    DateReader r =
        DateReader.forValues(
            "d.csv",
            List.of("03/05/2024"),
            ImportOptions.withDefaults().withDateFormat("MM/dd/yyyy"));
    assertEquals(MARCH_5, r.read("03/05/2024").date().orElseThrow());
    assertEquals(MARCH_5, r.read("2024-03-05").date().orElseThrow());
  }

  @Test
  void rejectsInvalidPatterns() {
    assertThrows(
        org.painstats.diary.DiaryFormatException.class,
        () -> ImportOptions.withDefaults().withDateFormat("qq"));
    assertThrows(
        org.painstats.diary.DiaryFormatException.class,
        () -> ImportOptions.withDefaults().withDateFormat("yyyy"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "not a date", "2024-02-30", "2024-13-01", "1066-10-14", "32 March 2024"})
  void saysWhyADateCannotBeRead(String raw) {
    DateReader.Result r = auto("2024-01-01").read(raw);
    assertTrue(r.date().isEmpty());
    assertTrue(!r.problem().isEmpty());
  }
}
