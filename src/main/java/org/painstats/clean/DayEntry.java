package org.painstats.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of one day, gathered as records are read: numbers by their mean (and the highest
 * pain), activities by union, the approach by the last non-blank value, text joined.
 */
final class DayEntry {
  final LocalDate date;
  final long firstLine;
  private double painSum;
  private int painCount;
  private double painMax = Double.NaN;
  private final Map<String, double[]> sums = new LinkedHashMap<>();
  final Set<String> activities = new LinkedHashSet<>();
  String approach = "";
  private final Map<String, List<String>> texts = new LinkedHashMap<>();

  DayEntry(LocalDate date, long firstLine) {
    this.date = date;
    this.firstLine = firstLine;
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
    double[] s = sums.computeIfAbsent(column, k -> new double[2]);
    s[0] += v;
    s[1]++;
  }

  /** How many values the column had on this day. */
  int count(String column) {
    double[] s = sums.get(column);
    return s == null ? 0 : (int) s[1];
  }

  double number(String column) {
    double[] s = sums.get(column);
    return s == null ? Double.NaN : s[0] / s[1];
  }

  void text(String column, String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return;
    }
    List<String> l = texts.computeIfAbsent(column, k -> new ArrayList<>());
    if (!l.contains(v)) {
      l.add(v);
    }
  }

  String text(String column) {
    return String.join(" | ", texts.getOrDefault(column, List.of()));
  }
}
