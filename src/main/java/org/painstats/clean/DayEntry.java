package org.painstats.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The entries of one day, gathered as records are read: numbers by their mean (and the highest
 * pain), activities by union, the approach by the last non-blank value, text joined. Compact, as a
 * diary of a hundred thousand days holds one per day: sums and counts in arrays by column, the
 * activities as bits.
 */
final class DayEntry {
  /** Where each numeric and text column of a file is kept in a day's arrays. */
  record Layout(Map<String, Integer> numbers, Map<String, Integer> texts) {
    Layout {
      numbers = Map.copyOf(numbers);
      texts = Map.copyOf(texts);
    }
  }

  final LocalDate date;
  final long firstLine;
  private final Layout layout;
  private double painSum;
  private int painCount;
  private double painMax = Double.NaN;
  private final double[] sums;
  private final int[] counts;
  private final BitSet activities = new BitSet();
  String approach = "";
  // per text column: null, one String, or a List of the distinct values in order
  private final Object[] texts;

  DayEntry(LocalDate date, long firstLine, Layout layout) {
    this.date = date;
    this.firstLine = firstLine;
    this.layout = layout;
    this.sums = new double[layout.numbers().size()];
    this.counts = new int[layout.numbers().size()];
    this.texts = new Object[layout.texts().size()];
  }

  void pain(double v) {
    painSum += v;
    painCount++;
    maxPain(v);
  }

  void maxPain(double v) {
    painMax = Double.isNaN(painMax) ? v : Math.max(painMax, v);
  }

  double pain() {
    return painCount == 0 ? Double.NaN : painSum / painCount;
  }

  int painCount() {
    return painCount;
  }

  double painMax() {
    return painMax;
  }

  void number(String column, double v) {
    int i = layout.numbers().get(column);
    sums[i] += v;
    counts[i]++;
  }

  /** How many values the column had on this day. */
  int count(String column) {
    Integer i = layout.numbers().get(column);
    return i == null ? 0 : counts[i];
  }

  double number(String column) {
    Integer i = layout.numbers().get(column);
    return i == null || counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
  }

  /** Marks the activity numbered {@code index} (in the order activities were first seen) done. */
  void activity(int index) {
    activities.set(index);
  }

  boolean did(int index) {
    return activities.get(index);
  }

  void text(String column, String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return;
    }
    int i = layout.texts().get(column);
    Object t = texts[i];
    if (t == null) {
      texts[i] = v;
    } else if (t instanceof String s) {
      if (!s.equals(v)) {
        List<String> l = new ArrayList<>(2);
        l.add(s);
        l.add(v);
        texts[i] = l;
      }
    } else {
      @SuppressWarnings("unchecked")
      List<String> l = (List<String>) t;
      if (!l.contains(v)) {
        l.add(v);
      }
    }
  }

  String text(String column) {
    Integer i = layout.texts().get(column);
    Object t = i == null ? null : texts[i];
    if (t == null) {
      return "";
    }
    if (t instanceof String s) {
      return s;
    }
    @SuppressWarnings("unchecked")
    List<String> l = (List<String>) t;
    return String.join(" | ", l);
  }
}
