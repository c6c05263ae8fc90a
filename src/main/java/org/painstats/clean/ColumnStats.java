package org.painstats.clean;

import java.util.Map;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryRecords;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.RawRecord;

/**
 * What the planner needs to know of each column's values, gathered in one pass over the records
 * without keeping them: how many cells are present, yes/no marks, numbers, hours; how commas are
 * used; for the columns that may hold the dates, how many cells look like dates and what settles
 * the order of day and month.
 */
final class ColumnStats {
  /** The counts of one column. */
  static final class Tally {
    boolean allMissing = true;
    int present;
    int yesNo;
    int numeric;
    int numericHours;
    int dateShaped;
    final ValueReader.Commas commas = new ValueReader.Commas();
    final DateReader.Tally dates;
    private final boolean hours;

    private Tally(boolean hours, DateReader.Tally dates) {
      this.hours = hours;
      this.dates = dates;
    }

    private void add(String c) {
      boolean missing = ValueReader.isMissing(c);
      allMissing &= missing;
      commas.add(c);
      if (dates != null) {
        if (ColumnPlanner.isDateShaped(c)) {
          dateShaped++;
        }
        dates.add(c);
      }
      if (c.isBlank()) {
        return;
      }
      present++;
      if (ValueReader.isYesNo(c)) {
        yesNo++;
      }
      if (missing || ValueReader.number(c, true).isPresent()) {
        numeric++;
      }
      if (hours && (missing || ValueReader.hours(c).isPresent())) {
        numericHours++;
      }
    }
  }

  private final Tally[] tallies;
  private int rows;

  private ColumnStats(Tally[] tallies) {
    this.tallies = tallies;
  }

  /** The counts of every column of the header, in one pass over the records. */
  static ColumnStats gather(DiaryRecords records, ImportOptions options) {
    RawRecord header = records.header();
    Map<String, ColumnSpec> declared = records.declared();
    int width = header.values().size();
    boolean[] dateCandidates = dateCandidates(header, declared);
    Tally[] tallies = new Tally[width];
    for (int i = 0; i < width; i++) {
      tallies[i] =
          new Tally(
              ColumnPlanner.isHoursHeader(header.get(i)),
              dateCandidates[i] ? new DateReader.Tally(options) : null);
    }
    ColumnStats stats = new ColumnStats(tallies);
    records
        .rows()
        .forEach(
            row -> {
              stats.rows++;
              for (int i = 0; i < width; i++) {
                tallies[i].add(row.get(i));
              }
            });
    return stats;
  }

  /**
   * The columns that may hold the dates: a column the reader declares; else the columns whose
   * header names a date; else, for an unusual header ("When"), every column of unknown header.
   */
  private static boolean[] dateCandidates(RawRecord header, Map<String, ColumnSpec> declared) {
    int width = header.values().size();
    boolean[] out = new boolean[width];
    for (int i = 0; i < width; i++) {
      ColumnSpec spec = declared.get(header.get(i));
      if (spec != null && spec.kind() == HeaderKind.DATE) {
        out[i] = true;
        return out;
      }
    }
    boolean any = false;
    for (int i = 0; i < width; i++) {
      out[i] = Headers.kind(header.get(i)) == HeaderKind.DATE;
      any |= out[i];
    }
    if (!any) {
      for (int i = 0; i < width; i++) {
        out[i] = Headers.kind(header.get(i)) == HeaderKind.OTHER;
      }
    }
    return out;
  }

  /** The data records read. */
  int rows() {
    return rows;
  }

  /** The counts of column {@code index}. */
  Tally column(int index) {
    return tallies[index];
  }
}
