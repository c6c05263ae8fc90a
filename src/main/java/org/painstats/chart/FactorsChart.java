package org.painstats.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;
import org.painstats.analysis.Wording;

/**
 * Which factors track with pain: each factor's Spearman correlation with the outcome at its
 * strongest lag ({@link Report#strongestFactors()}), with its 95% interval, strongest first, as a
 * forest plot. Significant factors (Benjamini-Hochberg q &lt; 0.05 over the report's tests) are
 * drawn as blue diamonds, the others as grey circles; the vertical line is no correlation.
 *
 * <p>Series: {@value Forest#INTERVAL} (one per factor with an interval), {@value #SIGNIFICANT},
 * {@value #NOT_SIGNIFICANT}, and the hidden {@value Forest#ROWS}. Row labels name the factor and
 * its lag: "stress (day before)".
 */
public final class FactorsChart {
  /** The series of significant factors. */
  public static final String SIGNIFICANT = "tracks with pain (q < 0.05)";

  /** The series of the others. */
  public static final String NOT_SIGNIFICANT = "not clear";

  static final Forest.Group SIG =
      new Forest.Group(SIGNIFICANT, ChartStyle.BLUE, ChartStyle.SIGNIFICANT_MARKER);
  static final Forest.Group NOT =
      new Forest.Group(NOT_SIGNIFICANT, ChartStyle.GREY, ChartStyle.PLAIN_MARKER);

  private FactorsChart() {}

  /** The chart at the default size. */
  public static ChartResult<XYChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<XYChart> of(Report report, ChartOptions options) {
    String name = "factors";
    Optional<String> why = whyNot(report);
    if (why.isPresent()) {
      return ChartResult.skipped(name, why.get());
    }
    List<FactorResult> sorted = byStrength(report);
    List<Forest.Row> rows = new ArrayList<>();
    for (FactorResult f : sorted) {
      rows.add(
          new Forest.Row(
              label(f), f.spearmanTested(), f.ciLow(), f.ciHigh(), f.significant() ? SIG : NOT));
    }
    XYChart c =
        Forest.chart(
            options,
            title(report, sorted),
            "Spearman correlation with "
                + Phrases.name(report.outcome())
                + testedSuffix(sorted)
                + " (-1 to 1)",
            rows,
            0);
    return ChartResult.drawn(name, c);
  }

  /** " within approach periods": what the plotted (tested) coefficients removed, if anything. */
  static String testedSuffix(List<FactorResult> shown) {
    String name = shown.isEmpty() ? "rho" : Wording.testedRho(shown.get(0).removed());
    return name.equals("rho") ? "" : name.substring("rho".length());
  }

  /** Why a diary has no factor chart, if it has none; shared by the factor-based charts. */
  static Optional<String> whyNot(Report report) {
    if (report.diary().factors().isEmpty()) {
      return Optional.of(
          "the diary has no numeric factors (such as sleep hours or stress) to compare with "
              + Phrases.name(report.outcome()));
    }
    if (report.strongestFactors().isEmpty()) {
      return Optional.of(
          "too few days: a factor needs "
              + Report.MIN_DAYS
              + " days recorded together with "
              + Phrases.name(report.outcome()));
    }
    return Optional.empty();
  }

  /** The strongest lag of each factor, largest |rho| first. */
  static List<FactorResult> byStrength(Report report) {
    return report.strongestFactors().stream()
        .sorted(Comparator.comparingDouble((FactorResult f) -> -Math.abs(f.spearmanTested())))
        .toList();
  }

  static String label(FactorResult f) {
    return Phrases.name(f.factor()) + " (" + Phrases.lag(f.lag()) + ")";
  }

  private static String title(Report report, List<FactorResult> sorted) {
    List<FactorResult> sig = sorted.stream().filter(FactorResult::significant).toList();
    if (sig.isEmpty()) {
      return "No factor clearly tracked with "
          + Phrases.name(report.outcome())
          + " ("
          + Phrases.count(sorted.size(), "factor", "factors")
          + " checked)";
    }
    FactorResult top = sig.get(0);
    String s = Phrases.factorSentence(report.outcome(), top.factor(), top.lag(), top.spearman());
    if (sig.size() > 1) {
      s += "; " + Phrases.count(sig.size() - 1, "more factor", "more factors") + " tracked with it";
    }
    return s;
  }
}
