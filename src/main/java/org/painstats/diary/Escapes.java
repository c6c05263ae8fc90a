package org.painstats.diary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every rule that makes a diary's text safe where painstats writes it, each in one place: for a
 * terminal, inside a message, in Markdown, in XML (SVG), in a CSV cell a spreadsheet opens. A diary
 * is input from anywhere: a cell may hold an escape sequence, a 10 MB paste, markup or a formula.
 */
public final class Escapes {
  private Escapes() {}

  /** Values longer than this are shortened in messages and issue lines. */
  public static final int MESSAGE_VALUE_LENGTH = 80;

  /**
   * Whether a terminal may be sent {@code c} as is: not a C0 control other than tab and line feed
   * (ESC starts the sequences that move the cursor, recolour or retitle a terminal; carriage return
   * and backspace overwrite what was printed), not DEL, not a C1 control (U+009B is an 8-bit escape
   * sequence).
   */
  public static boolean terminalSafe(char c) {
    return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t' || c > 0x9f;
  }

  /** {@code s} without the characters a terminal must not be sent ({@link #terminalSafe}). */
  public static String terminal(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!terminalSafe(c)) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * A value as it appears inside a one-line message: line breaks and tabs shown as {@code \n},
   * {@code \r}, {@code \t}, other control characters dropped, and a value longer than {@code max}
   * characters cut, saying how long it was (the message gives the line and column to find it).
   */
  public static String inline(String value, int max) {
    String s = terminal(value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"));
    if (s.length() <= max) {
      return s;
    }
    int cut = max - 1;
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut) + String.format(Locale.ROOT, "… (%,d characters)", value.length());
  }

  /** {@link #inline(String, int)} at the length messages use. */
  public static String inline(String value) {
    return inline(value, MESSAGE_VALUE_LENGTH);
  }

  /**
   * Text as Markdown that shows it literally: HTML markup is escaped as entities (so a {@code
   * <script>} in a tag name is text, whatever renders the page), Markdown's punctuation is
   * backslash-escaped (no emphasis, link, table cell or heading from a diary's text), line breaks
   * become spaces and control characters are dropped.
   */
  public static String markdown(String text) {
    String s = terminal(text.replace("\r\n", " ").replace('\n', ' ').replace('\t', ' '));
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~', '$' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  /**
   * {@code s} without the characters XML 1.0 forbids (controls other than tab and line ends, lone
   * surrogates, U+FFFE and U+FFFF), so that an SVG or XML document holding it stays well-formed.
   * Markup characters are the XML writer's to escape.
   */
  public static String xmlChars(String s) {
    return NOT_XML.matcher(s).replaceAll("");
  }

  /** The first characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_START = "=+-@";

  /**
   * A text cell as written to a CSV file a spreadsheet may open: a leading {@code = + - @} would
   * make it a live formula, so the cell gets a leading apostrophe, which spreadsheets take as
   * "text" and do not show. A cell that already starts with an apostrophe followed by one of those
   * or another apostrophe gets one too, so that {@link #fromCsvCell} undoes exactly this, for every
   * string.
   */
  public static String toCsvCell(String text) {
    return needsMark(text, 0) || (text.startsWith("'") && needsMark(text, 1)) ? "'" + text : text;
  }

  /**
   * Undoes {@link #toCsvCell}: an apostrophe before {@code = + - @} or another apostrophe is
   * dropped (as a spreadsheet hides it).
   */
  public static String fromCsvCell(String cell) {
    return cell.startsWith("'") && needsMark(cell, 1) ? cell.substring(1) : cell;
  }

  private static boolean needsMark(String s, int at) {
    return s.length() > at
        && (FORMULA_START.indexOf(s.charAt(at)) >= 0 || (at == 1 && s.charAt(at) == '\''));
  }
}
