package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.clean.ImportOptions;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;

class ReadersTest {

  @Test
  void theSpreadsheetDiaryIsReadByTheLastReader() {
    DiaryReader last = Readers.all().get(Readers.all().size() - 1);
    assertEquals("diary", last.name());
    assertEquals("diary", Readers.detect(Path.of("sample-data/diary.csv")).name());
  }

  @Test
  void aLayoutCanBeForcedByName() {
    Diary d =
        PainStats.read(
            Path.of("sample-data/diary.csv"), ImportOptions.withDefaults().withFormat("DIARY"));
    assertEquals("diary", d.summary().format());
  }

  @Test
  void anUnknownLayoutIsRefusedListingTheKnownOnes() {
    DiaryFormatException e =
        assertThrows(
            DiaryFormatException.class,
            () ->
                PainStats.read(
                    Path.of("sample-data/diary.csv"),
                    ImportOptions.withDefaults().withFormat("excel")));
    assertTrue(
        e.getMessage().startsWith("no diary format \"excel\"; formats are ["), e.getMessage());
  }

  @Test
  void headerRangesAreParsed() {
    assertEquals(100.0, Headers.range("Pain (0-100)").orElseThrow()[1]);
    assertEquals(10.0, Headers.range("Pain /10").orElseThrow()[1]);
    assertEquals(10.0, Headers.range("Pain (out of 10)").orElseThrow()[1]);
    assertEquals(1.0, Headers.range("Mood (1-5)").orElseThrow()[0]);
    assertTrue(Headers.range("Pain").isEmpty());
    assertTrue(Headers.range("Sleep (h)").isEmpty());
    assertEquals("pain", Headers.key("Pain /10"));
    assertEquals("pain", Headers.key("Pain 0-10"));
  }
}
