package org.painstats.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painstats.stats.NoiseModel;
import org.painstats.stats.PeriodComparison;
import org.painstats.stats.SegmentedRegression;
import org.painstats.stats.TheilSen;

/**
 * Each approach period against the baseline, the days before any approach: the shift in level
 * (difference of means with AR(1) errors), the change in slope (segmented regression), and the
 * caveats that limit what the numbers can say.
 */
final class ApproachAnalysis {
  static final String METHOD =
      "difference of means against the baseline, noise variance and autocorrelation estimated"
          + " from the whole diary; slope change by segmented regression";

  private ApproachAnalysis() {}

  static List<ApproachResult> run(
      DiaryCalendar cal, String outcome, List<String> activities, List<Covariate> covariates) {
    String[] by = cal.approaches();
    double[] y = cal.series(outcome);
    int baselineEnd = 0;
    while (baselineEnd < by.length && (by[baselineEnd] == null || by[baselineEnd].isEmpty())) {
      baselineEnd++;
    }
    Map<String, List<Integer>> days = new LinkedHashMap<>();
    for (int t = 0; t < by.length; t++) {
      if (by[t] != null && !by[t].isEmpty()) {
        days.computeIfAbsent(by[t], k -> new ArrayList<>()).add(t);
      }
    }
    List<double[]> periods = periods(by, baselineEnd, days.keySet());
    String[] period = cal.periods();
    double[] base = Arrays.copyOf(y, baselineEnd);
    double baseMean = Series.mean(base);
    double baseSd = Series.sd(base);
    int baseN = Series.count(base);
    double usual = Series.mean(y);
    double usualSd = Series.sd(y);
    List<ApproachResult> out = new ArrayList<>();
    for (var e : days.entrySet()) {
      String name = e.getKey();
      List<Integer> idx = e.getValue();
      double[] phase = new double[y.length];
      Arrays.fill(phase, Double.NaN);
      Arrays.fill(phase, 0, baselineEnd, 0);
      for (int t : idx) {
        phase[t] = 1;
      }
      int start = idx.get(0);
      LocalDate first = cal.date(start);
      LocalDate last = cal.date(idx.get(idx.size() - 1));
      double[] during = idx.stream().mapToDouble(t -> y[t]).toArray();
      int n = Series.count(during);
      double mean = Series.mean(during);
      List<Caveat> caveats = new ArrayList<>();
      double nan = Double.NaN;
      if (baseN < Report.MIN_GROUP_DAYS || n < Report.MIN_GROUP_DAYS) {
        String why =
            baseN == 0
                ? "there are no days before any approach to compare with"
                : baseN
                    + " baseline days and "
                    + n
                    + " days of "
                    + name
                    + " with "
                    + outcome
                    + " recorded ("
                    + Report.MIN_GROUP_DAYS
                    + " of each needed)";
        out.add(
            new ApproachResult(
                name,
                first,
                last,
                n,
                baseN,
                baseMean,
                mean,
                nan,
                nan,
                nan,
                nan,
                nan,
                nan,
                false,
                false,
                METHOD,
                List.of(),
                List.of(),
                "Not enough data to say whether " + name + " helped: " + why + "."));
        continue;
      }
      CovariateAdjustment.Adjusted adj = CovariateAdjustment.adjust(y, phase, covariates, periods);
      NoiseModel noise =
          NoiseModel.of(Series.minusGroupMeans(adj.y(), period), period, adj.labels().size());
      PeriodComparison m = PeriodComparison.of(adj.y(), phase, noise.sigma2(), noise.acf());
      String method =
          adj.labels().isEmpty()
              ? METHOD
              : METHOD + "; adjusted for " + String.join(", ", adj.labels());
      List<String> adjustedFor = adj.labels();
      SegmentedRegression s = SegmentedRegression.fit(y, cal.days(), phase);
      double change = m.difference();
      boolean meaningful =
          Math.abs(change) >= 2 || (baseMean > 0 && Math.abs(change) >= 0.3 * baseMean);
      flare(outcome, y, start, usual, usualSd).ifPresent(caveats::add);
      alreadyFalling(outcome, y, start, cal).ifPresent(caveats::add);
      caveats.addAll(overlaps(name, cal, activities, baselineEnd, idx));
      if (baseN < Report.MIN_DAYS || n < Report.MIN_DAYS) {
        caveats.add(Caveat.fewDays(name, baseN, n));
      }
      if (Math.abs(change) < baseSd) {
        caveats.add(Caveat.smallChange(change, baseSd));
      }
      out.add(
          new ApproachResult(
              name,
              first,
              last,
              n,
              baseN,
              baseMean,
              mean,
              change,
              s.estimable() ? s.slopeChange().value() * 7 : nan,
              m.ciLow(),
              m.ciHigh(),
              m.pValue(),
              nan,
              false,
              meaningful,
              method,
              adjustedFor,
              caveats,
              ""));
    }
    return out;
  }

  /** One 0/1 indicator per approach and one for the no-approach days after the baseline. */
  private static List<double[]> periods(String[] by, int baselineEnd, java.util.Set<String> names) {
    List<double[]> out = new ArrayList<>();
    List<String> labels = new ArrayList<>(names);
    labels.add("");
    for (String label : labels) {
      double[] d = new double[by.length];
      for (int t = 0; t < by.length; t++) {
        d[t] = by[t] == null ? Double.NaN : (t >= baselineEnd && by[t].equals(label)) ? 1 : 0;
      }
      out.add(d);
    }
    return out;
  }

  static ApproachResult withQ(ApproachResult r, double q, String outcome) {
    if (Double.isNaN(r.pValue())) {
      return r;
    }
    boolean sig = q < 0.05;
    String span =
        "While trying "
            + r.approach()
            + " ("
            + r.firstDate()
            + " to "
            + r.lastDate()
            + ", "
            + r.days()
            + " days), "
            + outcome
            + " averaged "
            + Words.num(r.mean(), 1)
            + " against "
            + Words.num(r.baselineMean(), 1)
            + " before any approach";
    String ci = "95% CI " + Words.num(r.ciLow(), 1) + " to " + Words.num(r.ciHigh(), 1);
    String summary;
    if (sig) {
      summary =
          span
              + ": "
              + Words.num(Math.abs(r.levelChange()), 1)
              + " points "
              + (r.levelChange() < 0 ? "lower" : "higher")
              + " ("
              + ci
              + ")"
              + (r.clinicallyMeaningful() ? ", a clinically meaningful change." : ".");
    } else {
      summary = span + ": not clearly different (" + ci + ", " + Words.p(r.pValue()) + ").";
    }
    return new ApproachResult(
        r.approach(),
        r.firstDate(),
        r.lastDate(),
        r.days(),
        r.baselineDays(),
        r.baselineMean(),
        r.mean(),
        r.levelChange(),
        r.slopeChange(),
        r.ciLow(),
        r.ciHigh(),
        r.pValue(),
        q,
        sig,
        r.clinicallyMeaningful(),
        r.method(),
        r.adjustedFor(),
        r.caveats(),
        summary);
  }

  /** A week before the start well above the diary's usual level (by half a standard deviation). */
  private static java.util.Optional<Caveat> flare(
      String outcome, double[] y, int start, double usual, double sd) {
    double[] week = Arrays.copyOfRange(y, Math.max(0, start - 7), start);
    double m = Series.mean(week);
    if (Series.count(week) >= 3 && m > usual + Math.max(0.5, 0.5 * sd)) {
      return java.util.Optional.of(Caveat.flare(outcome, m, usual));
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<Caveat> alreadyFalling(
      String outcome, double[] y, int start, DiaryCalendar cal) {
    int from = Math.max(0, start - 28);
    double[] before = Arrays.copyOfRange(y, from, start);
    if (Series.count(before) < 10) {
      return java.util.Optional.empty();
    }
    double[] t = Arrays.copyOfRange(cal.days(), from, start);
    TheilSen ts = TheilSen.fit(before, t);
    if (ts.slopeHigh() < 0) {
      return java.util.Optional.of(Caveat.alreadyFalling(outcome, ts.slope() * 7));
    }
    return java.util.Optional.empty();
  }

  private static List<Caveat> overlaps(
      String name, DiaryCalendar cal, List<String> activities, int baselineEnd, List<Integer> idx) {
    List<Caveat> out = new ArrayList<>();
    if (name.matches(".*(\\+|&|;|/| and | with ).*")) {
      out.add(Caveat.severalAtOnce());
    }
    for (String a : activities) {
      double[] x = cal.series(a);
      double before = Series.mean(Arrays.copyOf(x, baselineEnd));
      double during = Series.mean(idx.stream().mapToDouble(t -> x[t]).toArray());
      if (!Double.isNaN(before) && !Double.isNaN(during) && Math.abs(during - before) >= 0.25) {
        out.add(Caveat.otherChange(a, during, before));
      }
    }
    return out;
  }
}
