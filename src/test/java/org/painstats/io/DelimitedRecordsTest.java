package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.diary.DiaryFormatException;

class DelimitedRecordsTest {

  @Test
  void physicalLinesSurviveCrlfQuotedNewlinesAndBlankLines() {
    String text = "date,pain,notes\r\n2024-01-01,5,\"two\r\nlines\"\r\n\r\n2024-01-02,4,x\r\n";
    List<RawRecord> r = DelimitedRecords.read("t.csv", text);
    assertEquals(List.of(1L, 2L, 5L), r.stream().map(RawRecord::line).toList());
    assertEquals("two\r\nlines", r.get(1).get(2));
  }

  @Test
  void physicalLinesSurviveAQuotedCellLongerThanTheReadAheadAndLoneCarriageReturns() {
    String text =
        "date,pain,notes\r"
            + "A2024-01-01,5,\""
            + "a line of a long note\n".repeat(2_000)
            + "\"\r\n\r\n\n"
            + "B2024-01-02,4,\"one\rtwo\"\r"
            + "   \n"
            + "C2024-01-03,3,x";
    List<RawRecord> r = DelimitedRecords.read("t.csv", text);
    assertEquals(
        List.of(1L, lineOf(text, "A"), lineOf(text, "B"), lineOf(text, "C")),
        r.stream().map(RawRecord::line).toList());
    assertEquals(List.of(1L, 2L, 2005L, 2008L), r.stream().map(RawRecord::line).toList());
  }

  /** The physical line of the first {@code marker}: 1 + the line ends before it. */
  private static long lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    long line = 1;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  @Test
  void sniffsSemicolonAndTab() {
    assertEquals(';', DelimitedRecords.sniffDelimiter("date;pain;sleep\n2024-01-01;5;7,5\n"));
    assertEquals('\t', DelimitedRecords.sniffDelimiter("date\tpain\n"));
    assertEquals(',', DelimitedRecords.sniffDelimiter("date,\"pain; level\"\n"));
  }

  @Test
  void discardsSpuriousByteOrderMark() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body = "date,pain\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    assertEquals("date,pain\n", DecodedText.decode("b.csv", all).text());
  }

  @Test
  void fallsBackToWindows1252ForOldSpreadsheets() {
    byte[] latin =
        "date,humeur\n2024-01-01,tr\u00e8s bien\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    DecodedText t = DecodedText.decode("l.csv", latin);
    assertEquals(true, t.fellBack());
    assertEquals("date,humeur\n2024-01-01,tr\u00e8s bien\n", t.text());
  }

  @Test
  void refusesBinaryAndEmptyFiles() {
    assertThrows(
        DiaryFormatException.class,
        () -> DecodedText.decode("x.xlsx", new byte[] {80, 75, 3, 4, 0, 0}));
    assertThrows(DiaryFormatException.class, () -> DecodedText.decode("e.csv", new byte[0]));
    assertThrows(
        DiaryFormatException.class,
        () -> DecodedText.decode("e.csv", " \n\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesAnUnclosedQuote() {
    assertThrows(
        DiaryFormatException.class,
        () -> DelimitedRecords.read("q.csv", "date,pain\n\"2024-01-01,5\n"));
  }
}
