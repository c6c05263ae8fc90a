package org.painstats.diary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a diary day by day in code. Days may come in any order; each day may be given once.
 *
 * <pre>{@code
 * Diary d = Diary.builder("trial")
 *     .day(LocalDate.of(2024, 1, 1)).pain(6).factor("sleep_hours", 6.5).activity("walk")
 *     .day(LocalDate.of(2024, 1, 2)).pain(5).approach("McKenzie exercises")
 *     .build();
 * }</pre>
 */
public final class DiaryBuilder {
  private final String source;
  private final TreeMap<LocalDate, Day> days = new TreeMap<>();
  private final Set<String> factors = new LinkedHashSet<>();
  private final Set<String> activities = new LinkedHashSet<>();
  private final Set<String> texts = new LinkedHashSet<>();
  private Day current;

  DiaryBuilder(String source) {
    this.source = source;
  }

  private static final class Day {
    double pain = Double.NaN;
    final Map<String, Double> factors = new LinkedHashMap<>();
    final Set<String> activities = new LinkedHashSet<>();
    String approach = "";
    final Map<String, String> texts = new LinkedHashMap<>();
  }

  /**
   * Starts a day; the calls that follow fill it.
   *
   * @throws IllegalArgumentException if the day was already given
   */
  public DiaryBuilder day(LocalDate date) {
    if (days.containsKey(date)) {
      throw new IllegalArgumentException(date + " was already given; give each day once");
    }
    current = new Day();
    days.put(date, current);
    return this;
  }

  /** The day's pain, 0 to 10; {@code NaN} for none. */
  public DiaryBuilder pain(double pain) {
    day().pain = pain;
    return this;
  }

  /** A factor's value on the day; {@code NaN} for missing. */
  public DiaryBuilder factor(String name, double value) {
    checkName(name);
    factors.add(name);
    day().factors.put(name, value);
    return this;
  }

  /** Something done that day. */
  public DiaryBuilder activity(String name) {
    checkName(name);
    activities.add(name);
    day().activities.add(name);
    return this;
  }

  /** Declares an activity so that it appears as a column even if never done. */
  public DiaryBuilder declareActivity(String name) {
    checkName(name);
    activities.add(name);
    return this;
  }

  /** The approach tried that day. */
  public DiaryBuilder approach(String name) {
    day().approach = name.strip();
    return this;
  }

  /** Free text for the day under a column name ({@code notes}). */
  public DiaryBuilder text(String column, String value) {
    checkName(column);
    texts.add(column);
    day().texts.put(column, value);
    return this;
  }

  private Day day() {
    if (current == null) {
      throw new IllegalStateException("call day(date) before giving values");
    }
    return current;
  }

  private static void checkName(String name) {
    if (name.isBlank()
        || name.equals(Diary.DATE)
        || name.equals(Diary.PAIN)
        || name.equals(Diary.APPROACH)) {
      throw new IllegalArgumentException(
          "\"" + name + "\" cannot name a factor, activity or text column");
    }
  }

  /** The diary, with the days sorted by date. */
  public Diary build() {
    int n = days.size();
    DiaryColumns out = new DiaryColumns(List.copyOf(days.keySet()), Diary.DATE);
    out.number(
        Diary.PAIN,
        Diary.PAIN,
        ColumnRole.OUTCOME,
        days.values().stream().mapToDouble(d -> d.pain).toArray());
    for (String f : factors) {
      out.number(
          f,
          f,
          ColumnRole.FACTOR,
          days.values().stream().mapToDouble(d -> d.factors.getOrDefault(f, Double.NaN)).toArray());
    }
    for (String a : activities) {
      out.number(
          a,
          a,
          ColumnRole.ACTIVITY,
          days.values().stream().mapToDouble(d -> d.activities.contains(a) ? 1 : 0).toArray());
    }
    if (days.values().stream().anyMatch(d -> !d.approach.isEmpty())) {
      out.text(
          Diary.APPROACH,
          Diary.APPROACH,
          ColumnRole.APPROACH,
          days.values().stream().map(d -> d.approach).toList());
    }
    for (String x : texts) {
      out.text(
          x,
          x,
          ColumnRole.TEXT,
          days.values().stream().map(d -> d.texts.getOrDefault(x, "")).toList());
    }
    return out.build(ImportSummary.ofDays(source, n));
  }
}
