package org.painstats.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
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

  private final List<LocalDate> dates;
  private final List<DiaryColumn> columns;
  private final Map<String, double[]> numbers;
  private final Map<String, List<String>> texts;
  private final ImportSummary summary;
  private final Map<String, String> labels;

  /**
   * The columns are kept as arrays, not as a Tablesaw table: Tablesaw's {@code Table} class scans
   * the class path for readers when it is first used (about 300 ms at start), which a command that
   * never shows a table should not pay. {@link #table()} builds one on request.
   */
  Diary(
      List<LocalDate> dates,
      List<DiaryColumn> columns,
      Map<String, double[]> numbers,
      Map<String, List<String>> texts,
      ImportSummary summary,
      Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
    this.dates = List.copyOf(dates);
    this.columns = List.copyOf(columns);
    this.numbers = Map.copyOf(numbers);
    this.texts = Map.copyOf(texts);
    this.summary = summary;
    checkShape();
  }

  /**
   * A diary from a cleaned table and the roles of its columns.
   *
   * @throws IllegalArgumentException if the table has no {@code date} column of dates, the dates
   *     are not strictly increasing, a column has no role or a role names a missing column, or
   *     there is not exactly one outcome
   */
  public static Diary of(Table table, List<DiaryColumn> columns, ImportSummary summary) {
    if (!table.containsColumn(DATE) || table.column(DATE).type() != ColumnType.LOCAL_DATE) {
      throw new IllegalArgumentException(
          "a diary table needs a column \"date\" of LocalDate; found " + table.columnNames());
    }
    Set<String> named = columns.stream().map(DiaryColumn::name).collect(Collectors.toSet());
    if (named.size() != columns.size() || !named.equals(new LinkedHashSet<>(table.columnNames()))) {
      throw new IllegalArgumentException(
          "roles " + columns + " do not name each column of " + table.columnNames() + " once");
    }
    DateColumn d = table.dateColumn(DATE);
    for (int i = 0; i < d.size(); i++) {
      if (d.isMissing(i)) {
        throw new IllegalArgumentException("row " + i + " has no date");
      }
    }
    DiaryColumns out = new DiaryColumns(d.asList(), header(columns, DATE));
    for (DiaryColumn c : columns) {
      Column<?> col = table.column(c.name());
      switch (c.role()) {
        case DATE -> {}
        case OUTCOME, OUTCOME_MAX, FACTOR, ACTIVITY -> {
          if (!(col instanceof NumericColumn<?> n)) {
            throw new IllegalArgumentException("column " + c.name() + " must be numeric");
          }
          out.number(c.name(), c.header(), c.role(), n.asDoubleArray());
        }
        case APPROACH, TEXT -> {
          if (!(col instanceof StringColumn t)) {
            throw new IllegalArgumentException("column " + c.name() + " must hold text");
          }
          out.text(c.name(), c.header(), c.role(), t.asList());
        }
      }
    }
    return out.build(summary);
  }

  private static String header(List<DiaryColumn> columns, String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().header();
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

  private void checkShape() {
    for (int i = 1; i < dates.size(); i++) {
      if (!dates.get(i).isAfter(dates.get(i - 1))) {
        throw new IllegalArgumentException(
            "dates must be strictly increasing, one row per day; row "
                + i
                + " has "
                + dates.get(i)
                + " after "
                + dates.get(i - 1));
      }
    }
    long outcomes = columns.stream().filter(c -> c.role() == ColumnRole.OUTCOME).count();
    if (outcomes != 1) {
      throw new IllegalArgumentException(
          "a diary needs exactly one outcome column (pain); found " + outcomes);
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

  /** The cleaned table as a new Tablesaw table, for exploring; activities as 0/1 integers. */
  public Table table() {
    Table t = Table.create(source());
    t.addColumns(DateColumn.create(DATE, dates.toArray(new LocalDate[0])));
    for (DiaryColumn c : columns) {
      switch (c.role()) {
        case DATE -> {}
        case ACTIVITY -> {
          double[] v = numbers.get(c.name());
          int[] ints = new int[v.length];
          for (int i = 0; i < v.length; i++) {
            ints[i] = (int) v[i];
          }
          t.addColumns(IntColumn.create(c.name(), ints));
        }
        case OUTCOME, OUTCOME_MAX, FACTOR ->
            t.addColumns(DoubleColumn.create(c.name(), numbers.get(c.name())));
        case APPROACH, TEXT ->
            t.addColumns(StringColumn.create(c.name(), texts.get(c.name()).toArray(new String[0])));
      }
    }
    return t;
  }

  /** The number of days (rows). */
  public int days() {
    return dates.size();
  }

  /** The dates, one per row, increasing. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The first day, if any. */
  public Optional<LocalDate> firstDate() {
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0));
  }

  /** The last day, if any. */
  public Optional<LocalDate> lastDate() {
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
  }

  /** The name of the outcome column ({@code pain} unless {@link #withOutcome} chose another). */
  public String outcome() {
    return names(ColumnRole.OUTCOME).get(0);
  }

  /**
   * The scale of the outcome: as declared by the header, the app or the user; otherwise 0-10 for
   * pain, and for another outcome the range of its values with the direction its name suggests
   * ({@link Scale#higherIsWorseByName}).
   */
  public Scale outcomeScale() {
    String name = outcome();
    DiaryColumn col = columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    if (col.scale().isPresent()) {
      return col.scale().get();
    }
    if (name.equals(PAIN)) {
      return Scale.PAIN;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : outcomeValues()) {
      if (!Double.isNaN(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (!(lo < hi)) {
      return Scale.of(Double.isFinite(lo) ? lo : 0, Double.isFinite(lo) ? lo + 1 : 1, true);
    }
    return Scale.of(lo, hi, Scale.higherIsWorseByName(name));
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
    return numbers.get(name).clone();
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
    return texts.get(name);
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
        cols.add(c.withRole(ColumnRole.OUTCOME));
      } else if (c.name().equals(old)) {
        cols.add(c.withRole(ColumnRole.FACTOR));
      } else {
        cols.add(c);
      }
    }
    return new Diary(dates, cols, numbers, texts, summary, labels);
  }

  /**
   * A column's name as people read it: as the diary wrote it where the cleaned name lost something
   * (the tag {@code didn't go to class} for the column {@code didn_t_go_to_class}), else the
   * cleaned name with spaces ({@code sleep hours}).
   */
  public String label(String name) {
    return labels.getOrDefault(name, name.replace('_', ' '));
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
