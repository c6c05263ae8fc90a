package org.painstats.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;

/**
 * How the leading factors track with pain at each lag: the Spearman correlation and its 95%
 * interval of each of the (up to) {@value #FACTORS} factors with the smallest p-values, at every
 * lag of the report, as a forest plot grouped by factor (a blank row between factors). Significance
 * is marked as in {@link FactorsChart}.
 *
 * <p>Series as in {@link FactorsChart}; row labels read "stress: day before".
 */
public final class LagsChart {
  /** How many factors are shown. */
  public static final int FACTORS = 4;

  private LagsChart() {}

  /** The chart at the default size. */
  public static ChartResult<XYChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<XYChart> of(Report report, ChartOptions options) {
    String name = "lags";
    Optional<String> why = FactorsChart.whyNot(report);
    if (why.isPresent()) {
      return ChartResult.skipped(name, why.get());
    }
    List<String> leading = leading(report);
    Map<String, List<FactorResult>> byFactor = new LinkedHashMap<>();
    leading.forEach(f -> byFactor.put(f, new ArrayList<>()));
    for (FactorResult r : report.factors()) {
      if (byFactor.containsKey(r.factor())) {
        byFactor.get(r.factor()).add(r);
      }
    }
    List<Forest.Row> rows = new ArrayList<>();
    for (var e : byFactor.entrySet()) {
      if (!rows.isEmpty()) {
        rows.add(Forest.Row.spacer());
      }
      for (FactorResult r : e.getValue()) {
        rows.add(
            new Forest.Row(
                label(r),
                r.spearmanTested(),
                r.ciLow(),
                r.ciHigh(),
                r.significant() ? FactorsChart.SIG : FactorsChart.NOT));
      }
    }
    XYChart c =
        Forest.chart(
            options,
            title(report, leading),
            "Spearman correlation with "
                + Phrases.name(report.outcome())
                + FactorsChart.testedSuffix(report.factors())
                + " (-1 to 1), by days between factor and "
                + Phrases.name(report.outcome()),
            rows,
            0);
    return ChartResult.drawn(name, c);
  }

  /** The factors shown: those with the smallest p-values at their strongest lag. */
  static List<String> leading(Report report) {
    return report.strongestFactors().stream().limit(FACTORS).map(FactorResult::factor).toList();
  }

  static String label(FactorResult r) {
    return Phrases.name(r.factor()) + ": " + Phrases.lag(r.lag());
  }

  private static String title(Report report, List<String> leading) {
    Map<Integer, List<String>> byLag = new LinkedHashMap<>();
    for (FactorResult f : report.strongestFactors()) {
      if (leading.contains(f.factor()) && f.significant()) {
        byLag.computeIfAbsent(f.lag(), k -> new ArrayList<>()).add(Phrases.name(f.factor()));
      }
    }
    if (byLag.isEmpty()) {
      return "No factor clearly tracked with " + Phrases.name(report.outcome()) + " at any lag";
    }
    List<String> sameDay = byLag.getOrDefault(0, List.of());
    List<Map.Entry<Integer, List<String>>> later =
        byLag.entrySet().stream()
            .filter(e -> e.getKey() > 0)
            .sorted(Map.Entry.comparingByKey())
            .toList();
    String outcome = Phrases.name(report.outcome());
    if (later.isEmpty()) {
      return capitalized(Phrases.join(sameDay))
          + " tracked with "
          + outcome
          + " the same day, not later";
    }
    StringBuilder s =
        new StringBuilder(capitalized(Phrases.join(later.get(0).getValue())))
            .append(" tracked with ")
            .append(outcome)
            .append(" most ")
            .append(when(later.get(0).getKey()));
    for (var e : later.subList(1, later.size())) {
      s.append(", ").append(Phrases.join(e.getValue())).append(' ').append(when(e.getKey()));
    }
    if (!sameDay.isEmpty()) {
      s.append("; ")
          .append(Phrases.count(sameDay.size(), "other", "others"))
          .append(" the same day");
    }
    return s.toString();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  private static String when(int lag) {
    return switch (lag) {
      case 0 -> "the same day";
      case 1 -> "the day before";
      default -> lag + " days before";
    };
  }
}
