package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueReaderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "7|7",
        "7.5|7.5",
        "7,5|7.5",
        "7/10|7",
        "7 / 10|7",
        "6.5/10|6.5",
        " 3 |3",
        "-2|-2",
        ".5|0.5"
      })
  void readsEveryNumberForm(String raw, double expected) {
    assertEquals(OptionalDouble.of(expected), ValueReader.number(raw, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"four", "7/5", "1e400", "Infinity", "7..5", "5 stars"})
  void rejectsWhatIsNotANumber(String raw) {
    assertTrue(ValueReader.number(raw, false).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "7.5|7.5",
        "7,5|7.5",
        "7h30|7.5",
        "7h|7",
        "7 h 15|7.25",
        "7:30|7.5",
        "6:45|6.75",
        "8|8",
        "7h30m|7.5"
      })
  void readsSleepDurations(String raw, double expected) {
    assertEquals(expected, ValueReader.hours(raw).orElseThrow(), 1e-12);
  }

  @Test
  void rejectsMinutesOfSixtyOrMore() {
    assertTrue(ValueReader.hours("7:75").isEmpty());
  }

  @Test
  void groupsThousandsOnlyWhenEveryCommaIsFollowedByThreeDigits() {
    assertTrue(ValueReader.commasGroupThousands(List.of("8,500", "10,400", "900", "")));
    assertFalse(ValueReader.commasGroupThousands(List.of("8,500", "7,5")));
    assertFalse(ValueReader.commasGroupThousands(List.of("7.5", "8")));
    assertEquals(OptionalDouble.of(8500), ValueReader.number("8,500", true));
    assertEquals(OptionalDouble.of(1234567), ValueReader.number("1,234,567", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "NA", "n/a", "N/A", "-", "?", "NaN", "null", "none"})
  void treatsBlanksAndMarkersAsMissing(String raw) {
    assertTrue(ValueReader.isMissing(raw));
  }

  @ParameterizedTest
  @CsvSource({
    "yes,1", "Y,1", "TRUE,1", "1,1", "x,1", "X,1", "no,0", "n,0", "false,0", "0,0", "'',0"
  })
  void readsYesNoMarks(String raw, int expected) {
    assertTrue(ValueReader.isYesNo(raw));
    assertEquals(expected, ValueReader.yesNo(raw));
  }
}
