package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueReaderTest {

  /**
   * The patterns {@link ValueReader#number} used for every cell before plain numbers and cells no
   * pattern accepts got a scan of their own: the reference the shortcuts must agree with.
   */
  private static OptionalDouble byPatternsOnly(String raw, boolean commasGroupThousands) {
    String s = raw.strip();
    java.util.regex.Matcher ten = Pattern.compile("(.+?)\\s*/\\s*10").matcher(s);
    if (ten.matches()) {
      s = ten.group(1).strip();
    }
    if (s.matches("[+-]?[1-9]\\d{0,2}(,\\d{3}){2,}")
        || s.matches("[+-]?[1-9]\\d{0,2}(,\\d{3})+\\.\\d+")) {
      s = s.replace(",", "");
    } else if (commasGroupThousands && s.matches("[+-]?[1-9]\\d{0,2}(,\\d{3})+")) {
      s = s.replace(",", "");
    }
    if (!s.matches("[+-]?(\\d+(?:[.,]\\d*)?|[.,]\\d+)") && !s.matches("[+-]?\\d*\\.\\d+")) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(s.replace(',', '.')) + 0.0);
  }

  @Test
  void theShortcutsAgreeWithThePatternsOnEveryShortCell() {
    String alphabet = "0123456789.,+-/ \tx";
    Random random = new Random(12);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder cell = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String c = cell.toString();
      boolean grouping = random.nextBoolean();
      assertEquals(byPatternsOnly(c, grouping), ValueReader.number(c, grouping), c);
    }
  }

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
