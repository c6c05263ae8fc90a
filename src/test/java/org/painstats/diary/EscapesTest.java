package org.painstats.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15 item 5: each escaping rule, on the inputs that broke it. */
class EscapesTest {

  @Test
  void terminalTextKeepsNoEscapeSequenceOrOverwrite() {
    String hostile = "pain\u001b[31m red\u001b]0;title\u0007 \u009b2J back\rspace\bx\u007f";
    String safe = Escapes.terminal(hostile);
    assertEquals("pain[31m red]0;title 2J backspacex", safe);
    assertEquals("tab\tand\nline", Escapes.terminal("tab\tand\nline"));
    assertEquals("Schmerz 😀 日本", Escapes.terminal("Schmerz 😀 日本"));
  }

  @Test
  void aLongValueIsShortenedSayingHowLongItWas() {
    String big = "x".repeat(10_000_000);
    String s = Escapes.inline(big);
    assertTrue(s.length() < 120, s);
    assertTrue(s.endsWith("… (10,000,000 characters)"), s);
    assertEquals("a\\nb\\tc", Escapes.inline("a\nb\tc"));
    assertEquals("short", Escapes.inline("short"));
    // a surrogate pair is never cut in half
    String emoji = "😀".repeat(100);
    String cut = Escapes.inline(emoji, 10);
    assertFalse(Character.isHighSurrogate(cut.charAt(cut.indexOf('…') - 1)), cut);
  }

  @Test
  void markdownShowsMarkupAsText() {
    String s = Escapes.markdown("<script>alert(1)</script> *bold* [link](http://x) | a\nb");
    assertFalse(s.contains("<"), s);
    assertFalse(s.contains("\n"), s);
    assertEquals(
        "&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[link\\](http://x) \\| a b", s);
  }

  @Test
  void xmlKeepsOnlyCharactersXmlAllows() {
    assertEquals("McKenzie exercises", Escapes.xmlChars("McKenzie\u0000\u0001 exercises\uFFFE"));
    assertEquals("a\tb\nc😀", Escapes.xmlChars("a\tb\nc😀\u001b"));
    assertEquals("lone", Escapes.xmlChars("lo\uD800ne"));
  }

  @Test
  void aFormulaInACsvCellIsNeutralisedAndReadBackExactly() {
    for (String formula : List.of("=cmd|calc", "+1", "-2 walks", "@SUM(A1)")) {
      assertEquals("'" + formula, Escapes.toCsvCell(formula));
      assertEquals(formula, Escapes.fromCsvCell(Escapes.toCsvCell(formula)));
    }
    for (String plain : List.of("", "'", "'tis", "walk", "a=b", "x-y")) {
      assertEquals(plain, Escapes.toCsvCell(plain));
    }
    for (String tricky : List.of("'=x", "''", "'''", "'-", "'@")) {
      assertEquals(tricky, Escapes.fromCsvCell(Escapes.toCsvCell(tricky)), tricky);
    }
    // every string over an alphabet of the characters that matter round-trips
    Random random = new Random(15);
    char[] alphabet = {'=', '+', '-', '@', '\'', 'a', ' '};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(5); i > 0; i--) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      String cell = Escapes.toCsvCell(s);
      assertEquals(s, Escapes.fromCsvCell(cell), s);
      assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, cell);
    }
  }
}
