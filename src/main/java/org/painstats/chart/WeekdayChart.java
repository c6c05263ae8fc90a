package org.painstats.chart;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.Report;
import org.painstats.stats.Autocorrelation;
import org.painstats.stats.FalseDiscovery;
import org.painstats.stats.MeanDifference;

/**
 * Mean pain on each weekday, Monday to Sunday, with a 95% interval, and a vertical line at the mean
 * of all days.
 *
 * <p>Interval: {@code mean +- t(0.975, n* - 1) sd / sqrt(n*)}, with sd the weekday's standard
 * deviation and n* its effective number of days, {@code n (1 - r) / (1 + r)}, r the lag-one
 * autocorrelation of that weekday's values week after week ({@link Autocorrelation}, missing weeks
 * as gaps), clamped to [0, 0.9]. A stretch of bad weeks makes Mondays alike from one week to the
 * next; counting them as independent would make the interval too narrow. A weekday with fewer than
 * 2 days has no interval.
 *
 * <p>Which weekday stands out: each weekday against all other days by {@link MeanDifference} (AR(1)
 * errors), Benjamini-Hochberg over the seven; those with q &lt; 0.05 are marked (blue diamonds) and
 * named in the title.
 *
 * <p>Series: {@value #STANDS_OUT}, {@value #NOT_CLEAR}, {@value Forest#INTERVAL} (one per weekday
 * with an interval), the hidden {@value Forest#ROWS}.
 */
public final class WeekdayChart {
  /** The series of weekdays that differ from the other days. */
  public static final String STANDS_OUT = "differs from other days (q < 0.05)";

  /** The series of the others. */
  public static final String NOT_CLEAR = "no clear difference";

  private static final Forest.Group SIG =
      new Forest.Group(STANDS_OUT, ChartStyle.BLUE, ChartStyle.SIGNIFICANT_MARKER);
  private static final Forest.Group NOT =
      new Forest.Group(NOT_CLEAR, ChartStyle.GREY, ChartStyle.PLAIN_MARKER);

  private WeekdayChart() {}

  /** A weekday's numbers. */
  record Weekday(
      DayOfWeek day,
      int n,
      double mean,
      double ciLow,
      double ciHigh,
      double effectiveN,
      double difference,
      double q) {}

  /** The chart at the default size. */
  public static ChartResult<XYChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<XYChart> of(Report report, ChartOptions options) {
    String name = "weekday";
    String outcome = Phrases.name(report.outcome());
    int recorded = report.diary().outcomeDays();
    if (recorded < Report.MIN_DAYS) {
      return ChartResult.skipped(
          name,
          "too few days: "
              + outcome
              + " was recorded on "
              + recorded
              + " days, and weekday means need "
              + Report.MIN_DAYS);
    }
    Days days = Days.of(report.diary());
    double[] y = days.series(report.outcome());
    List<Weekday> stats = weekdays(days, y);
    List<Forest.Row> rows = new ArrayList<>();
    for (Weekday w : stats) {
      rows.add(
          new Forest.Row(
              w.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
              w.mean(),
              w.ciLow(),
              w.ciHigh(),
              w.q() < 0.05 ? SIG : NOT));
    }
    double all = Arrays.stream(y).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    XYChart c =
        Forest.chart(
            options,
            title(report, stats),
            "mean "
                + Phrases.outcomeAxis(report.outcome())
                + " (line: mean of all days, "
                + Phrases.num(all, 1)
                + ")",
            rows,
            all);
    return ChartResult.drawn(name, c);
  }

  /** The numbers of each weekday, Monday first. */
  static List<Weekday> weekdays(Days days, double[] y) {
    double[] p = new double[7];
    MeanDifference[] diff = new MeanDifference[7];
    for (DayOfWeek d : DayOfWeek.values()) {
      double[] g = new double[y.length];
      for (int t = 0; t < y.length; t++) {
        g[t] = days.date(t).getDayOfWeek() == d ? 1 : 0;
      }
      MeanDifference m = MeanDifference.of(y, g);
      diff[d.ordinal()] = m;
      p[d.ordinal()] = m.pValue();
    }
    double[] q = FalseDiscovery.benjaminiHochberg(p);
    List<Weekday> out = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<Double> weekly = new ArrayList<>();
      for (int t = 0; t < y.length; t++) {
        if (days.date(t).getDayOfWeek() == d) {
          weekly.add(y[t]);
        }
      }
      double[] x = weekly.stream().mapToDouble(Double::doubleValue).toArray();
      double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
      int n = present.length;
      double mean = n == 0 ? Double.NaN : Arrays.stream(present).average().orElseThrow();
      double low = Double.NaN;
      double high = Double.NaN;
      double nEff = Double.NaN;
      if (n >= 2) {
        double ss = 0;
        for (double v : present) {
          ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double r = x.length >= 2 ? Autocorrelation.acf(x, 1)[1] : Double.NaN;
        r = Double.isNaN(r) ? 0 : Math.max(0, Math.min(0.9, r));
        nEff = Math.max(2, n * (1 - r) / (1 + r));
        double half = StudentT.quantile975(nEff - 1) * sd / Math.sqrt(nEff);
        low = mean - half;
        high = mean + half;
      }
      MeanDifference m = diff[d.ordinal()];
      out.add(new Weekday(d, n, mean, low, high, nEff, m.difference(), q[d.ordinal()]));
    }
    return out;
  }

  private static String title(Report report, List<Weekday> stats) {
    String outcome = Phrases.name(report.outcome());
    Weekday top = null;
    for (Weekday w : stats) {
      if (w.q() < 0.05 && (top == null || Math.abs(w.difference()) > Math.abs(top.difference()))) {
        top = w;
      }
    }
    if (top != null) {
      return Phrases.subject(report.outcome())
          + " was "
          + (top.difference() < 0 ? "lower" : "higher")
          + " on "
          + top.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + "s ("
          + Phrases.signed(top.difference(), 1)
          + " points against the other days)";
    }
    Weekday lo = null;
    Weekday hi = null;
    for (Weekday w : stats) {
      if (Double.isNaN(w.mean())) {
        continue;
      }
      lo = lo == null || w.mean() < lo.mean() ? w : lo;
      hi = hi == null || w.mean() > hi.mean() ? w : hi;
    }
    return "No weekday stood out: mean "
        + outcome
        + " from "
        + Phrases.num(lo.mean(), 1)
        + " ("
        + lo.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + ") to "
        + Phrases.num(hi.mean(), 1)
        + " ("
        + hi.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + ")";
  }
}
