package org.painstats.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.painstats.diary.DiaryFormatException;

/**
 * Splits diary text into records with Apache Commons CSV, after sniffing the delimiter (comma,
 * semicolon or tab) from the header line. Each record carries the physical line it starts on,
 * computed from its character position, so quoted newlines and CRLF line ends do not shift it.
 */
public final class DelimitedRecords {
  private DelimitedRecords() {}

  /**
   * The records of {@code text}, blank lines skipped.
   *
   * @param name the file name, for messages
   * @throws DiaryFormatException if the text is not well-formed CSV (an unclosed quote)
   */
  public static List<RawRecord> read(String name, String text) {
    char delimiter = sniffDelimiter(text);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .get();
    int[] lineStarts = lineStarts(text);
    List<RawRecord> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : parser) {
        long line = lineOf(lineStarts, skipLineBreaks(text, r.getCharacterPosition()));
        if (r.size() > Limits.MAX_COLUMNS) {
          throw new DiaryFormatException(
              String.format(
                  java.util.Locale.ROOT,
                  "%s: line %d has %,d fields; a diary has at most %,d columns, so this is not"
                      + " one (or its delimiter is not a comma, semicolon or tab)",
                  name,
                  line,
                  r.size(),
                  Limits.MAX_COLUMNS));
        }
        List<String> values = r.toList();
        RawRecord raw = new RawRecord(line, values);
        if (values.size() == 1 && values.get(0).isBlank()) {
          continue; // a line of spaces only
        }
        records.add(raw);
      }
    } catch (IOException | UncheckedIOException e) {
      String msg = String.valueOf(e.getMessage());
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("startline (\\d+)").matcher(msg);
      String where =
          m.find()
              ? "a quote opened on line " + m.group(1) + " is never closed"
              : "it is not well-formed CSV (" + msg + ")";
      throw new DiaryFormatException(
          name + ": " + where + "; check the quotes around that field", e);
    }
    return records;
  }

  /** The delimiter that splits the first non-blank line into the most fields, outside quotes. */
  static char sniffDelimiter(String text) {
    String first = firstLine(text);
    char best = ',';
    int bestCount = 0;
    for (char d : new char[] {',', ';', '\t'}) {
      int count = countOutsideQuotes(first, d);
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
    return best;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return "";
  }

  private static int countOutsideQuotes(String line, char d) {
    boolean quoted = false;
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == d && !quoted) {
        n++;
      }
    }
    return n;
  }

  /** Character offsets at which each physical line starts; \r\n, \n and a lone \r end a line. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (end) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  /** Commons CSV reports a record after blank lines at the first blank line; skip to the record. */
  private static long skipLineBreaks(String text, long position) {
    int p = (int) position;
    while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
      p++;
    }
    return p;
  }

  private static long lineOf(int[] lineStarts, long position) {
    int i = java.util.Arrays.binarySearch(lineStarts, (int) position);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
