package org.painstats.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles a {@link Diary} column by column, in the order the cleaned file lists them. The cleaner
 * and {@link DiaryBuilder} use it; {@link Diary#of(tech.tablesaw.api.Table)} reads a Tablesaw table
 * into it.
 */
public final class DiaryColumns {
  private final List<LocalDate> dates;
  private final List<DiaryColumn> columns = new ArrayList<>();
  private final Map<String, double[]> numbers = new LinkedHashMap<>();
  private final Map<String, List<String>> texts = new LinkedHashMap<>();

  /** Starts with the dates, one per day, strictly increasing; {@code header} names them. */
  public DiaryColumns(List<LocalDate> dates, String header) {
    this.dates = List.copyOf(dates);
    columns.add(new DiaryColumn(Diary.DATE, header, ColumnRole.DATE));
  }

  /**
   * Adds a numeric column (outcome, highest pain, factor, activity); NaN marks a missing value.
   *
   * @throws IllegalArgumentException if the role is not numeric or the length is wrong
   */
  public DiaryColumns number(String name, String header, ColumnRole role, double[] values) {
    return number(name, header, role, values, Optional.empty());
  }

  /**
   * Adds a numeric column rated on a declared scale.
   *
   * @throws IllegalArgumentException if the role is not numeric or the length is wrong
   */
  public DiaryColumns number(
      String name, String header, ColumnRole role, double[] values, Optional<Scale> scale) {
    if (role == ColumnRole.DATE || role == ColumnRole.APPROACH || role == ColumnRole.TEXT) {
      throw new IllegalArgumentException(
          "column " + name + " is " + role.label() + ", not numbers");
    }
    check(name, values.length);
    columns.add(new DiaryColumn(name, header, role, scale));
    numbers.put(name, values.clone());
    return this;
  }

  /**
   * Adds a text column (approach or free text); the empty string marks a blank.
   *
   * @throws IllegalArgumentException if the role is not text or the length is wrong
   */
  public DiaryColumns text(String name, String header, ColumnRole role, List<String> values) {
    if (role != ColumnRole.APPROACH && role != ColumnRole.TEXT) {
      throw new IllegalArgumentException("column " + name + " is " + role.label() + ", not text");
    }
    check(name, values.size());
    columns.add(new DiaryColumn(name, header, role));
    texts.put(name, List.copyOf(values));
    return this;
  }

  private void check(String name, int length) {
    if (length != dates.size()) {
      throw new IllegalArgumentException(
          "column " + name + " has " + length + " values for " + dates.size() + " days");
    }
    if (numbers.containsKey(name) || texts.containsKey(name) || name.equals(Diary.DATE)) {
      throw new IllegalArgumentException("column " + name + " is given twice");
    }
  }

  /** The diary, checked: increasing dates, exactly one outcome. */
  public Diary build(ImportSummary summary) {
    return new Diary(dates, columns, numbers, texts, summary);
  }
}
