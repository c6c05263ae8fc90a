package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painstats.diary.Diary;

class CalendarLagTest {

  @Test
  void aMissingDayIsMissingNeverSkippedOver() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    Diary diary =
        Diary.builder("gap")
            .day(d)
            .pain(1)
            .factor("sleep", 10)
            .day(d.plusDays(1))
            .pain(2)
            .factor("sleep", 11)
            // 2024-01-03 has no entry
            .day(d.plusDays(3))
            .pain(4)
            .factor("sleep", 13)
            .build();
    DiaryCalendar cal = DiaryCalendar.of(diary);
    assertEquals(4, cal.length());
    double nan = Double.NaN;
    assertArrayEquals(new double[] {1, 2, nan, 4}, cal.series("pain"));
    // lag 1: sleep on day t-1 beside pain on day t; day 4's partner is the missing day 3
    assertArrayEquals(new double[] {nan, 10, 11, nan}, DiaryCalendar.lag(cal.series("sleep"), 1));
  }
}
