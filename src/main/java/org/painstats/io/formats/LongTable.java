package org.painstats.io.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painstats.diary.Issue;
import org.painstats.diary.Spaces;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryRecords;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.RawRecord;

/**
 * Builds the records of an app export whose rows each carry one or a few readings (a Bearable
 * symptom, a Flaredown trackable): every input row becomes one record, on its own line, with values
 * only in its own columns, so that the cleaner accounts for each input row and gathers a day's rows
 * itself.
 *
 * <p>Columns are named by the app's names. Names that differ only in case, spacing or punctuation
 * are one column, spelled as first met; each other spelling is an issue on its line.
 */
final class LongTable {
  /** The cleaned names of a column: its key, its spelling, its kind, its index. */
  private record Col(String header, ColumnSpec spec, int index) {}

  private final Map<String, Col> columns = new LinkedHashMap<>();
  private final List<Long> lines = new ArrayList<>();
  private final List<String[]> cells = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private String[] current;

  LongTable(String dateHeader) {
    columns.put(
        key(HeaderKind.DATE, dateHeader), new Col(dateHeader, ColumnSpec.of(HeaderKind.DATE), 0));
  }

  private static String key(HeaderKind kind, String name) {
    String k = Headers.key(name).replaceAll("[^\\p{L}\\p{N}]", "");
    return (kind == HeaderKind.FLAG || kind == HeaderKind.ACTIVITIES ? "flag:" : "col:")
        + (k.isEmpty() ? name : k);
  }

  /** Starts the record of an input row. */
  void row(long line, String date) {
    current = new String[Math.max(8, columns.size())];
    lines.add(line);
    cells.add(current);
    current[0] = date;
  }

  /**
   * Sets a value of the current row in the column {@code name} of this kind, declaring the column
   * on first use.
   */
  void set(String name, ColumnSpec spec, String value, long line) {
    String n = Spaces.collapse(name.strip());
    if (n.isEmpty()) {
      return;
    }
    String k = key(spec.kind(), n);
    Col c = columns.get(k);
    if (c == null) {
      String header = n;
      for (Col other : columns.values()) {
        if (Headers.snakeName(other.header()).equals(Headers.snakeName(header))) {
          header = n + (spec.kind() == HeaderKind.FLAG ? " tag" : " value");
        }
      }
      c = new Col(header, spec, columns.size());
      columns.put(k, c);
    } else if (!c.header().equals(n) && !c.header().startsWith(n + " ")) {
      issues.add(
          new Issue(
              line,
              n,
              n,
              "written differently from \"" + c.header() + "\"",
              "taken as \"" + c.header() + "\"",
              Issue.Kind.CHANGED));
    }
    if (c.index() >= current.length) {
      current = Arrays.copyOf(current, Math.max(c.index() + 1, current.length * 2));
      cells.set(cells.size() - 1, current);
    }
    String old = current[c.index()];
    current[c.index()] =
        old == null || old.isEmpty() || spec.kind() == HeaderKind.FLAG
            ? value
            : old + " | " + value;
  }

  /** Sets the date of the current row (when it comes after the row's other values). */
  void setDate(String date) {
    current[0] = date;
  }

  /** An issue found while reading (kept with the records). */
  void issue(Issue i) {
    issues.add(i);
  }

  /** The header a column got (its first spelling, a suffix if it met another kind's name). */
  java.util.Optional<String> header(HeaderKind kind, String name) {
    Col c = columns.get(key(kind, Spaces.collapse(name.strip())));
    return c == null ? java.util.Optional.empty() : java.util.Optional.of(c.header());
  }

  /** Declares anew what a column is (the pain column, once all rows are seen). */
  void redeclare(HeaderKind kind, String name, ColumnSpec spec) {
    String k = key(kind, Spaces.collapse(name.strip()));
    Col c = columns.get(k);
    if (c != null) {
      columns.put(k, new Col(c.header(), spec, c.index()));
    }
  }

  /** How many records so far. */
  int size() {
    return lines.size();
  }

  /** The records for the cleaner; {@code fileIssues} first. */
  DiaryRecords records(
      String source, String format, List<Issue> fileIssues, java.util.Optional<String> outcome) {
    List<String> header = new ArrayList<>();
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    for (Col c : columns.values()) {
      header.add(c.header());
      declared.put(c.header(), c.spec());
    }
    int width = header.size();
    List<RawRecord> rows = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] row = cells.get(i);
      List<String> values = new ArrayList<>(width);
      for (int j = 0; j < width; j++) {
        String v = j < row.length ? row[j] : null;
        values.add(v == null ? "" : v);
      }
      rows.add(new RawRecord(lines.get(i), values));
    }
    List<Issue> all = new ArrayList<>(fileIssues);
    all.addAll(issues);
    return new DiaryRecords(
        source, format, new RawRecord(1, header), rows, declared, true, all, outcome);
  }
}
