package org.painstats.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A cleaned pain diary: one row per day, sorted by date, with the role of each column and the log
 * of how the input was cleaned. Immutable: the table is copied in and out.
 *
 * <p>Missing numbers are {@code NaN} in {@link #values(String)}; a day without an approach has the
 * empty string. Build one with {@code PainStats.read(path)}, {@link #of(Table)} or {@link
 * #builder(String)}.
 */
public final class Diary {
  /** The cleaned name of the date column. */
  public static final String DATE = "date";

  /** The cleaned name of the pain column. */
  public static final String PAIN = "pain";

  /** The cleaned name of the column holding the highest pain of a day with several entries. */
  public static final String PAIN_MAX = "pain_max";

  /** The cleaned name of the approach column. */
  public static final String APPROACH = "approach";

  private final Table table;
  private final List<DiaryColumn> columns;
  private final ImportSummary summary;

  private Diary(Table table, List<DiaryColumn> columns, ImportSummary summary) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.summary = summary;
  }

  /**
   * A diary from a cleaned table and the roles of its columns.
   *
   * @throws IllegalArgumentException if the table has no {@code date} column of dates, the dates
   *     are not strictly increasing, a column has no role or a role names a missing column, or
   *     there is not exactly one outcome
   */
  public static Diary of(Table table, List<DiaryColumn> columns, ImportSummary summary) {
    Table copy = table.copy();
    copy.setName(summary.source());
    checkShape(copy, columns);
    return new Diary(copy, columns, summary);
  }

  /**
   * A diary from a table laid out like a cleaned diary file: {@code date} (dates), {@code pain}
   * (numbers), numeric columns holding only 0 and 1 are activities, other numeric columns factors,
   * {@code approach} the approach, other text columns text.
   */
  public static Diary of(Table table) {
    List<DiaryColumn> cols = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      cols.add(new DiaryColumn(c.name(), c.name(), inferRole(c)));
    }
    String source = table.name() == null || table.name().isBlank() ? "table" : table.name();
    return of(table, cols, ImportSummary.ofDays(source, table.rowCount()));
  }

  /** A builder for diaries written in code (tests, notebooks, simulations). */
  public static DiaryBuilder builder(String source) {
    return new DiaryBuilder(source);
  }

  private static ColumnRole inferRole(Column<?> c) {
    String name = c.name();
    if (name.equals(DATE)) {
      return ColumnRole.DATE;
    }
    if (name.equals(PAIN)) {
      return ColumnRole.OUTCOME;
    }
    if (name.equals(PAIN_MAX)) {
      return ColumnRole.OUTCOME_MAX;
    }
    if (name.equals(APPROACH)) {
      return ColumnRole.APPROACH;
    }
    if (c instanceof NumericColumn<?> n) {
      for (int i = 0; i < n.size(); i++) {
        double v = n.getDouble(i);
        if (!Double.isNaN(v) && v != 0 && v != 1) {
          return ColumnRole.FACTOR;
        }
      }
      return ColumnRole.ACTIVITY;
    }
    return ColumnRole.TEXT;
  }

  private static void checkShape(Table t, List<DiaryColumn> cols) {
    if (!t.containsColumn(DATE) || t.column(DATE).type() != ColumnType.LOCAL_DATE) {
      throw new IllegalArgumentException(
          "a diary table needs a column \"date\" of LocalDate; found " + t.columnNames());
    }
    DateColumn dates = t.dateColumn(DATE);
    for (int i = 0; i < dates.size(); i++) {
      if (dates.isMissing(i)) {
        throw new IllegalArgumentException("row " + i + " has no date");
      }
      if (i > 0 && !dates.get(i).isAfter(dates.get(i - 1))) {
        throw new IllegalArgumentException(
            "dates must be strictly increasing, one row per day; row "
                + i
                + " has "
                + dates.get(i)
                + " after "
                + dates.get(i - 1));
      }
    }
    Set<String> named = cols.stream().map(DiaryColumn::name).collect(Collectors.toSet());
    if (named.size() != cols.size() || !named.equals(new LinkedHashSet<>(t.columnNames()))) {
      throw new IllegalArgumentException(
          "roles " + cols + " do not name each column of " + t.columnNames() + " once");
    }
    long outcomes = cols.stream().filter(c -> c.role() == ColumnRole.OUTCOME).count();
    if (outcomes != 1) {
      throw new IllegalArgumentException(
          "a diary needs exactly one outcome column (pain); found " + outcomes);
    }
    for (DiaryColumn c : cols) {
      boolean numeric = t.column(c.name()) instanceof NumericColumn<?>;
      switch (c.role()) {
        case OUTCOME, OUTCOME_MAX, FACTOR, ACTIVITY -> {
          if (!numeric) {
            throw new IllegalArgumentException("column " + c.name() + " must be numeric");
          }
        }
        case APPROACH, TEXT -> {
          if (!(t.column(c.name()) instanceof StringColumn)) {
            throw new IllegalArgumentException("column " + c.name() + " must hold text");
          }
        }
        case DATE -> {}
      }
    }
  }

  /** The file (or label) this diary came from. */
  public String source() {
    return summary.source();
  }

  /** How the input was cleaned: the accounting of records and every issue. */
  public ImportSummary summary() {
    return summary;
  }

  /** The columns in table order, with their roles. */
  public List<DiaryColumn> columns() {
    return columns;
  }

  /** A copy of the cleaned table (Tablesaw), for exploring. */
  public Table table() {
    return table.copy();
  }

  /** The number of days (rows). */
  public int days() {
    return table.rowCount();
  }

  /** The dates, one per row, increasing. */
  public List<LocalDate> dates() {
    return table.dateColumn(DATE).asList();
  }

  /** The first day, if any. */
  public Optional<LocalDate> firstDate() {
    return days() == 0 ? Optional.empty() : Optional.of(table.dateColumn(DATE).get(0));
  }

  /** The last day, if any. */
  public Optional<LocalDate> lastDate() {
    return days() == 0 ? Optional.empty() : Optional.of(table.dateColumn(DATE).get(days() - 1));
  }

  /** The name of the outcome column ({@code pain} unless {@link #withOutcome} chose another). */
  public String outcome() {
    return names(ColumnRole.OUTCOME).get(0);
  }

  /** The outcome per day, {@code NaN} where missing. */
  public double[] outcomeValues() {
    return values(outcome());
  }

  /** Days with an outcome value. */
  public int outcomeDays() {
    int n = 0;
    for (double v : outcomeValues()) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The names of the columns that have a role, in table order. */
  public List<String> names(ColumnRole role) {
    return columns.stream().filter(c -> c.role() == role).map(DiaryColumn::name).toList();
  }

  /** The numeric factors, in table order. */
  public List<String> factors() {
    return names(ColumnRole.FACTOR);
  }

  /** The activities, in table order. */
  public List<String> activities() {
    return names(ColumnRole.ACTIVITY);
  }

  /** The role of a column. */
  public Optional<ColumnRole> role(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).map(DiaryColumn::role).findFirst();
  }

  /**
   * The values of a numeric column (outcome, factor, activity), {@code NaN} where missing.
   *
   * @throws IllegalArgumentException if there is no such numeric column
   */
  public double[] values(String name) {
    ColumnRole role = role(name).orElseThrow(() -> unknown(name));
    if (role == ColumnRole.DATE || role == ColumnRole.APPROACH || role == ColumnRole.TEXT) {
      throw new IllegalArgumentException(
          "column \"" + name + "\" holds " + role.label() + ", not numbers");
    }
    return ((NumericColumn<?>) table.column(name)).asDoubleArray();
  }

  /**
   * The values of a text or approach column, the empty string where blank.
   *
   * @throws IllegalArgumentException if there is no such text column
   */
  public List<String> text(String name) {
    ColumnRole role = role(name).orElseThrow(() -> unknown(name));
    if (role != ColumnRole.TEXT && role != ColumnRole.APPROACH) {
      throw new IllegalArgumentException("column \"" + name + "\" holds " + role.label());
    }
    return table.stringColumn(name).asList();
  }

  /** The approach tried on each day, the empty string when none. */
  public List<String> approachByDay() {
    return names(ColumnRole.APPROACH).isEmpty()
        ? java.util.Collections.nCopies(days(), "")
        : text(names(ColumnRole.APPROACH).get(0));
  }

  /** The distinct approaches, in the order they were first tried. */
  public List<String> approaches() {
    return approachByDay().stream().filter(a -> !a.isEmpty()).distinct().toList();
  }

  /**
   * This diary with another numeric column as the outcome; the former outcome becomes a factor.
   *
   * @throws IllegalArgumentException if the column is not a numeric factor of this diary
   */
  public Diary withOutcome(String name) {
    if (name.equals(outcome())) {
      return this;
    }
    if (role(name).orElse(null) != ColumnRole.FACTOR) {
      throw new IllegalArgumentException(
          "no numeric column \""
              + name
              + "\" to analyse in place of "
              + outcome()
              + "; choose one of "
              + factors());
    }
    String old = outcome();
    List<DiaryColumn> cols = new ArrayList<>();
    for (DiaryColumn c : columns) {
      if (c.name().equals(name)) {
        cols.add(new DiaryColumn(c.name(), c.header(), ColumnRole.OUTCOME));
      } else if (c.name().equals(old)) {
        cols.add(new DiaryColumn(c.name(), c.header(), ColumnRole.FACTOR));
      } else {
        cols.add(c);
      }
    }
    return new Diary(table, cols, summary);
  }

  private IllegalArgumentException unknown(String name) {
    return new IllegalArgumentException(
        "no column \""
            + name
            + "\" in "
            + source()
            + "; columns are "
            + columns.stream().map(DiaryColumn::name).toList());
  }

  @Override
  public String toString() {
    return "Diary["
        + source()
        + ", "
        + days()
        + " days"
        + firstDate().map(d -> ", " + d + ".." + lastDate().orElseThrow()).orElse("")
        + ", outcome "
        + outcome()
        + ", factors "
        + factors()
        + ", activities "
        + activities()
        + ", approaches "
        + approaches()
        + "]";
  }
}
