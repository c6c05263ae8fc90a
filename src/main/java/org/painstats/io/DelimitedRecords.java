package org.painstats.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
    List<RawRecord> records = new ArrayList<>();
    parse(name, new StringReader(text), sniffDelimiter(text), r -> records.add(r));
    return records;
  }

  /**
   * Parses the records of {@code text} one at a time, blank lines skipped, giving each to {@code
   * action} until it returns false; nothing but the current record is held.
   *
   * @param name the file name, for messages
   * @param delimiter the delimiter ({@link #sniffDelimiter} of the first line)
   * @throws DiaryFormatException if the text is not well-formed CSV (an unclosed quote) or a line
   *     has more than {@link Limits#MAX_COLUMNS} fields
   */
  static void parse(String name, Reader text, char delimiter, Predicate<RawRecord> action) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .get();
    LineTracker lines = new LineTracker(text);
    try (CSVParser parser = CSVParser.parse(lines, format)) {
      for (CSVRecord r : parser) {
        long line = lines.lineAt(r.getCharacterPosition());
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
        if (values.size() == 1 && values.get(0).isBlank()) {
          continue; // a line of spaces only
        }
        if (!action.test(new RawRecord(line, values))) {
          return;
        }
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

  /**
   * Passes text through, noting where each line that does not start with a line end begins, so that
   * a record's physical line is known from its character position: \r\n, \n and a lone \r end a
   * line. Only the starts not yet asked for are held (those of the record being parsed and of the
   * parser's read-ahead).
   */
  private static final class LineTracker extends Reader {
    private final Reader in;
    private long position;
    private long line = 1;
    private int previous = -1;
    private long[] starts = new long[64];
    private long[] numbers = new long[64];
    private int head;
    private int size;

    LineTracker(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        char c = buffer[offset + i];
        long p = position + i;
        boolean starts = p == 0 || previous == '\n' || (previous == '\r' && c != '\n');
        if (starts && p > 0) {
          line++;
        }
        if (starts && c != '\n' && c != '\r') {
          push(p, line);
        }
        previous = c;
      }
      position += Math.max(n, 0);
      return n;
    }

    private void push(long p, long number) {
      if (size == starts.length) {
        long[] s = new long[size * 2];
        long[] l = new long[size * 2];
        for (int k = 0; k < size; k++) {
          s[k] = starts[(head + k) % size];
          l[k] = numbers[(head + k) % size];
        }
        starts = s;
        numbers = l;
        head = 0;
      }
      int at = (head + size) % starts.length;
      starts[at] = p;
      numbers[at] = number;
      size++;
    }

    /**
     * The line of the record parsed from {@code position}: Commons CSV gives the position after the
     * previous record, before any blank lines; the record starts at the first line after them.
     */
    long lineAt(long position) {
      while (size > 0 && starts[head] < position) {
        head = (head + 1) % starts.length;
        size--;
      }
      return size > 0 ? numbers[head] : line;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
