package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileHeadTest {

  @Test
  void linesSkipBlankOnesUnderEveryLineEnding() {
    FileHead head =
        new FileHead("f", "\r\n  \nDate,Pain\r\n2025-01-01,4\r2025-01-02,5\n\n2025-01-0");
    assertEquals(List.of("Date,Pain", "2025-01-01,4", "2025-01-02,5", "2025-01-0"), head.lines(10));
    assertEquals(List.of("Date,Pain", "2025-01-01,4"), head.lines(2));
  }

  @Test
  void keysComeFromTheAskedLineSplitOnItsDelimiter() {
    FileHead head = new FileHead("f", "sep=;\n\"Date\";\"Pain (0-10)\";Sleep hours\n");
    assertEquals(List.of("date", "pain", "sleephours"), head.keys(1));
    assertTrue(head.hasKeys(1, "pain", "date"));
    assertEquals(List.of(), head.keys(2));
  }

  @Test
  void startsWithIgnoresCaseAndLeadingWhiteSpace() {
    assertTrue(new FileHead("f", " \n\t<?XML version").startsWith("<?xml"));
    assertFalse(new FileHead("f", "x<?xml").startsWith("<?xml"));
    assertFalse(new FileHead("f", "  ").startsWith("<?xml"));
  }
}
