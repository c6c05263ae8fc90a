package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.diary.Coverage;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;
import org.painstats.report.DiaryJson;

/** Issue 12 item 7: the share of calendar days logged and the gaps of 14 days or more. */
class CoverageTest {

  private static Diary diary(LocalDate... dates) {
    DiaryBuilder b = Diary.builder("t");
    for (LocalDate d : dates) {
      b.day(d).pain(3);
    }
    return b.build();
  }

  @Test
  void coverageIsTheShareOfCalendarDaysWithAnEntry() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    // 3 entries over 1..20 January: 3/20; the 17 days from the 3rd to the 19th are a gap
    Coverage c = Coverage.of(diary(d, d.plusDays(1), d.plusDays(19)));
    assertEquals(3 / 20.0, c.share(), 1e-12);
    assertEquals(
        List.of(new Coverage.Gap(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 19), 17)),
        c.gaps());
  }

  @Test
  void thirteenDaysIsNotAGapFourteenIs() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    assertTrue(Coverage.of(diary(d, d.plusDays(14))).gaps().isEmpty());
    assertEquals(14, Coverage.of(diary(d, d.plusDays(15))).gaps().get(0).days());
  }

  @Test
  void theJsonSaysFormatCoverageAndGaps() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    String json = DiaryJson.of(diary(d, d.plusDays(15)));
    assertTrue(json.contains("\"format\": \"diary\""), json);
    assertTrue(json.contains("\"coverage\": 0.125"), json);
    assertTrue(json.contains("\"from\": \"2024-01-02\"") && json.contains("\"days\": 14"), json);
  }
}
