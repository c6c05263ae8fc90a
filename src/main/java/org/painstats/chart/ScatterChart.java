package org.painstats.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Line;
import org.painstats.analysis.Report;
import org.painstats.analysis.Wording;

/**
 * Pain against one factor, day by day: the factor at its strongest lag (a lag of k pairs the factor
 * on date t-k with pain on date t, by calendar date), one point per day with both, and the
 * least-squares line. Values on a coarse scale (integers, half points) are jittered so that equal
 * pairs do not hide each other: each gets a uniform offset of up to 0.3 of the scale's step, drawn
 * from a generator with a fixed seed, so the same diary gives the same picture.
 *
 * <p>Series: {@value #DAYS} (jittered x and y), {@value #LINE} (two points over the range of the
 * factor, fitted to the values before jitter). The line is descriptive; the title's correlation is
 * the report's Spearman coefficient.
 */
public final class ScatterChart {
  /** The name of the points series. */
  public static final String DAYS = "days";

  /** The name of the fitted line. */
  public static final String LINE = "least-squares line";

  /** How many factors get a scatter chart from {@link #of(Report)}. */
  public static final int FACTORS = 3;

  /** The largest jitter, as a share of the step between neighbouring values. */
  static final double JITTER = 0.3;

  /** Coarse scales have at most this many distinct values. */
  private static final int COARSE = 25;

  private static final long SEED = 20250101L;

  private ScatterChart() {}

  /** One chart for each of the {@value #FACTORS} leading factors, at the default size. */
  public static List<ChartResult<XYChart>> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /**
   * One chart for each of the {@value #FACTORS} factors with the smallest p-values, or one skipped
   * result named {@code scatter} when the diary has none.
   */
  public static List<ChartResult<XYChart>> of(Report report, ChartOptions options) {
    Optional<String> why = FactorsChart.whyNot(report);
    if (why.isPresent()) {
      return List.of(ChartResult.skipped("scatter", why.get()));
    }
    List<ChartResult<XYChart>> out = new ArrayList<>();
    report.strongestFactors().stream()
        .limit(FACTORS)
        .forEach(f -> out.add(of(report, f.factor(), options)));
    return out;
  }

  /** The chart of one factor, at its strongest lag. */
  public static ChartResult<XYChart> of(Report report, String factor, ChartOptions options) {
    String name = "scatter-" + factor.replaceAll("[^A-Za-z0-9_-]", "_");
    Optional<FactorResult> found =
        report.strongestFactors().stream().filter(f -> f.factor().equals(factor)).findFirst();
    if (found.isEmpty()) {
      return ChartResult.skipped(
          name,
          report.diary().factors().contains(factor)
              ? "too few days with " + Phrases.name(factor) + " and " + report.outcome()
              : "the diary has no numeric factor \"" + factor + "\"");
    }
    FactorResult f = found.get();
    double[][] pairs = pairs(report, f);
    double[] x = pairs[0];
    double[] y = pairs[1];
    SplittableRandom random = new SplittableRandom(SEED);
    double[] jx = jitter(x, random);
    double[] jy = jitter(y, random);
    String outcomeAxis = Phrases.outcomeAxis(report);
    XYChart c =
        ChartStyle.xy(
            options,
            title(report, f),
            Phrases.name(f.factor())
                + ", "
                + (f.lag() == 0 ? "same day" : Phrases.lag(f.lag()))
                + (jx == x ? "" : " (jittered)"),
            outcomeAxis + (jy == y ? "" : ", jittered"));
    XYSeries points = c.addSeries(DAYS, jx, jy);
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    points.setMarkerColor(ChartStyle.translucent(ChartStyle.BLUE, 110));
    Line line = report.fittedLine(f.factor(), f.lag());
    if (line.isFitted()) {
      double lo = Arrays.stream(x).min().orElse(0);
      double hi = Arrays.stream(x).max().orElse(0);
      XYSeries l =
          c.addSeries(LINE, new double[] {lo, hi}, new double[] {line.at(lo), line.at(hi)});
      l.setMarker(SeriesMarkers.NONE);
      l.setLineColor(ChartStyle.VERMILLION);
      l.setLineStyle(ChartStyle.THICK);
    }
    c.getStyler().setMarkerSize(6);
    ChartStyle.fitTitle(c, 80);
    return ChartResult.drawn(name, c);
  }

  /** The factor (lagged by calendar date) and the outcome on days where both are present. */
  static double[][] pairs(Report report, FactorResult f) {
    Days days = Days.of(report.diary());
    double[] x = Days.lag(days.series(f.factor()), f.lag());
    double[] y = days.series(report.outcome());
    List<double[]> keep = new ArrayList<>();
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        keep.add(new double[] {x[t], y[t]});
      }
    }
    return new double[][] {
      keep.stream().mapToDouble(p -> p[0]).toArray(), keep.stream().mapToDouble(p -> p[1]).toArray()
    };
  }

  /**
   * The values jittered when they lie on a coarse scale (at most {@value #COARSE} distinct values),
   * else the same array.
   */
  static double[] jitter(double[] v, SplittableRandom random) {
    double[] distinct = Arrays.stream(v).distinct().sorted().toArray();
    if (distinct.length < 2 || distinct.length > COARSE) {
      return v;
    }
    double step = Double.POSITIVE_INFINITY;
    for (int i = 1; i < distinct.length; i++) {
      step = Math.min(step, distinct[i] - distinct[i - 1]);
    }
    // A scale of whole numbers with a few half points (pain written 4.5 now and then) keeps the
    // whole step, so that the many whole values spread out.
    long whole = Arrays.stream(v).filter(x -> x == Math.rint(x)).count();
    if (whole >= 0.9 * v.length) {
      step = Math.max(step, 1);
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] + (random.nextDouble() * 2 - 1) * JITTER * step;
    }
    return out;
  }

  /** Intercept and slope of the least-squares line of y on x; NaN slope when x does not vary. */
  private static String title(Report report, FactorResult f) {
    // The title's rho is the one of the points drawn; the tested one, if different, beside it.
    String tested = Wording.testedRho(f.removed());
    String rho =
        " (rho = "
            + Phrases.num(f.spearman(), 2)
            + (tested.equals("rho")
                ? ""
                : "; " + tested + " = " + Phrases.num(f.spearmanTested(), 2))
            + ")";
    if (f.significant()) {
      return Phrases.factorSentence(report.outcome(), f.factor(), f.lag(), f.spearmanTested())
          + rho;
    }
    return "No clear link between "
        + Phrases.name(f.factor())
        + " ("
        + Phrases.lag(f.lag())
        + ") and "
        + Phrases.name(report.outcome())
        + rho;
  }
}
