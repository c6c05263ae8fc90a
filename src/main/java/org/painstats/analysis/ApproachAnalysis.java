package org.painstats.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.painstats.diary.Scale;
import org.painstats.stats.ApproachComparison;
import org.painstats.stats.ApproachEffect;
import org.painstats.stats.ApproachLimit;
import org.painstats.stats.ApproachModel;
import org.painstats.stats.ApproachRun;
import org.painstats.stats.MeanDifference;

/**
 * "Did what I tried help?": every approach of the diary in one model ({@link ApproachModel})
 * against the natural course of the outcome, with the covariates the report found that the
 * approaches did not themselves shift; each approach's result in the outcome's units and in words.
 */
final class ApproachAnalysis {
  /**
   * Covariates whose level differs between approach and no-approach days at this p are left out.
   */
  static final double SHIFT_P = 0.10;

  private ApproachAnalysis() {}

  /**
   * Everything the approach model found.
   *
   * @param results one per approach, in the order first tried
   * @param comparisons each approach against each later one
   * @param naturalCourse the estimated natural course by calendar day (NaN when not fitted)
   * @param washout days left out at the start of each run
   */
  record Approaches(
      List<ApproachResult> results,
      List<ApproachComparisonResult> comparisons,
      double[] naturalCourse,
      int washout) {}

  static Approaches run(
      DiaryCalendar cal,
      String outcome,
      Scale scale,
      List<String> activities,
      List<Covariate> covariates,
      int washout) {
    String[] by = cal.approaches();
    double[] y = cal.series(outcome);
    Map<String, Integer> index = new LinkedHashMap<>();
    int[] label = new int[by.length];
    for (int t = 0; t < by.length; t++) {
      if (by[t] == null) {
        label[t] = ApproachModel.UNKNOWN;
      } else if (by[t].isEmpty()) {
        label[t] = ApproachModel.NONE;
      } else {
        label[t] = index.computeIfAbsent(by[t], k -> index.size());
      }
    }
    double[] none = new double[y.length];
    Arrays.fill(none, Double.NaN);
    if (index.isEmpty()) {
      return new Approaches(List.of(), List.of(), none, washout);
    }
    List<String> names = new ArrayList<>(index.keySet());
    double[] phase = new double[y.length];
    for (int t = 0; t < y.length; t++) {
      phase[t] = label[t] == ApproachModel.UNKNOWN ? Double.NaN : label[t] >= 0 ? 1 : 0;
    }
    List<String> adjusted = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (Covariate c : covariates) {
      if (!(MeanDifference.of(c.series(), phase).pValue() < SHIFT_P)) {
        adjusted.add(c.label());
        columns.add(centred(c.series()));
      }
    }
    ApproachModel.Options options =
        ApproachModel.Options.withDefaults()
            .withWashout(washout)
            .withMeaningfulChange(scale.meaningfulChange(), scale.higherIsWorse());
    Optional<ApproachModel.Fit> fitted =
        ApproachModel.fit(y, label, names.size(), columns.toArray(new double[0][]), options);
    String method = method(washout, scale, adjusted);
    List<Draft> out = new ArrayList<>();
    double baseMean = mean(y, label, ApproachModel.NONE);
    int baseDays = count(y, label, ApproachModel.NONE);
    if (fitted.isEmpty()) {
      for (int a = 0; a < names.size(); a++) {
        out.add(unfitted(cal, names.get(a), a, label, y, baseDays, baseMean, method));
      }
      return new Approaches(out.stream().map(Draft::result).toList(), List.of(), none, washout);
    }
    ApproachModel.Fit fit = fitted.get();
    for (ApproachEffect e : fit.effects()) {
      out.add(
          result(
                  cal,
                  names.get(e.approach()),
                  e,
                  y,
                  label,
                  baseDays,
                  baseMean,
                  scale,
                  method,
                  adjusted,
                  outcome)
              .withCaveats(otherChanges(names.get(e.approach()), cal, activities, label, e)));
    }
    List<ApproachComparisonResult> comparisons = new ArrayList<>();
    for (ApproachComparison c : fit.comparisons()) {
      comparisons.add(
          new ApproachComparisonResult(
              names.get(c.first()),
              names.get(c.second()),
              c.difference().value(),
              c.difference().ciLow(),
              c.difference().ciHigh(),
              c.difference().pValue()));
    }
    return new Approaches(
        out.stream().map(Draft::result).toList(), comparisons, fit.naturalCourse(), washout);
  }

  /** The one line saying how the approaches were analysed. */
  static String method(int washout, Scale scale, List<String> adjusted) {
    return "One model for all approaches: the natural course (a cubic spline in time with knots at"
        + " least 120 days apart, which cannot jump), a step for each approach over all its runs,"
        + (adjusted.isEmpty() ? "" : " " + String.join(", ", adjusted) + ",")
        + " and noise that is AR(1) plus day-to-day reporting noise, fitted by REML (Kalman"
        + " filter); 95% interval and p from Student t with Satterthwaite degrees of freedom and"
        + " the Kackar-Harville allowance for the estimated noise; probability of a meaningful"
        + " improvement ("
        + Words.num(scale.meaningfulChange(), 1)
        + " points) under a normal prior with mean 0 and standard deviation "
        + Words.num(2 * scale.meaningfulChange(), 1)
        + (washout > 0
            ? "; the first " + washout + " days of each run after the first left out (washout)"
            : "");
  }

  /** A result before the q-value, with caveats still to add. */
  private record Draft(ApproachResult result) {
    Draft withCaveats(List<Caveat> more) {
      if (more.isEmpty()) {
        return this;
      }
      List<Caveat> all = new ArrayList<>(result.caveats());
      all.addAll(more);
      return new Draft(result.withCaveats(all));
    }
  }

  private static Draft result(
      DiaryCalendar cal,
      String name,
      ApproachEffect e,
      double[] y,
      int[] label,
      int baseDays,
      double baseMean,
      Scale scale,
      String method,
      List<String> adjustedFor,
      String outcome) {
    List<ApproachResult.Period> periods = periods(cal, e.runs());
    List<Caveat> caveats = new ArrayList<>();
    for (ApproachLimit l : e.limits()) {
      caveats.add(caveat(l, name, e, baseDays, outcome));
    }
    caveats.sort(java.util.Comparator.comparing(Caveat::kind));
    Optional<ApproachResult.AfterStopping> after =
        e.afterDays() == 0
            ? Optional.empty()
            : Optional.of(new ApproachResult.AfterStopping(e.afterDays(), e.afterChange()));
    double p = e.probabilityMeaningful();
    return new Draft(
        new ApproachResult(
            name,
            periods,
            periods.get(0).firstDate(),
            periods.get(periods.size() - 1).lastDate(),
            e.days(),
            baseDays,
            baseMean,
            mean(y, label, e.approach()),
            e.levelChange().value(),
            Double.NaN,
            e.levelChange().ciLow(),
            e.levelChange().ciHigh(),
            e.levelChange().pValue(),
            Double.NaN,
            false,
            p,
            p >= 0.8,
            ApproachVerdict.valueOf(e.verdict().name()),
            after,
            e.daysNeeded(),
            method,
            adjustedFor,
            caveats,
            ""));
  }

  private static Draft unfitted(
      DiaryCalendar cal,
      String name,
      int a,
      int[] label,
      double[] y,
      int baseDays,
      double baseMean,
      String method) {
    List<ApproachResult.Period> periods = new ArrayList<>();
    for (ApproachRun r : ApproachModel.runs(label)) {
      if (r.approach() == a) {
        periods.add(new ApproachResult.Period(cal.date(r.first()), cal.date(r.last()), r.days()));
      }
    }
    double nan = Double.NaN;
    return new Draft(
        new ApproachResult(
            name,
            periods,
            periods.get(0).firstDate(),
            periods.get(periods.size() - 1).lastDate(),
            count(y, label, a),
            baseDays,
            baseMean,
            mean(y, label, a),
            nan,
            nan,
            nan,
            nan,
            nan,
            nan,
            false,
            nan,
            false,
            ApproachVerdict.TOO_LITTLE_DATA,
            Optional.empty(),
            OptionalInt.empty(),
            method,
            List.of(),
            List.of(baseDays == 0 ? Caveat.naturalCourse(0) : Caveat.tooFewForModel()),
            ""));
  }

  private static List<ApproachResult.Period> periods(DiaryCalendar cal, List<ApproachRun> runs) {
    List<ApproachResult.Period> out = new ArrayList<>();
    for (ApproachRun r : runs) {
      out.add(new ApproachResult.Period(cal.date(r.first()), cal.date(r.last()), r.days()));
    }
    return out;
  }

  private static Caveat caveat(
      ApproachLimit l, String name, ApproachEffect e, int baseDays, String outcome) {
    return switch (l) {
      case FEW_DAYS -> Caveat.fewDays(name, e.days());
      case NATURAL_COURSE -> Caveat.naturalCourse(baseDays);
      case CARRIED_OVER -> Caveat.carriedOver();
      case FLARE_BEFORE -> Caveat.flare(outcome, e.flareRise());
    };
  }

  /** Activities (a medication, an exercise) done much more or less often with the approach. */
  private static List<Caveat> otherChanges(
      String name, DiaryCalendar cal, List<String> activities, int[] label, ApproachEffect e) {
    List<Caveat> out = new ArrayList<>();
    if (name.matches(".*(\\+|&|;|/| and | with ).*")) {
      out.add(Caveat.severalAtOnce());
    }
    for (String a : activities) {
      double[] x = cal.series(a);
      double without = mean(x, label, ApproachModel.NONE);
      double during = mean(x, label, e.approach());
      if (!Double.isNaN(without) && !Double.isNaN(during) && Math.abs(during - without) >= 0.25) {
        out.add(Caveat.otherChange(a, during, without));
      }
    }
    return out;
  }

  /** The result with its q-value, significance and summary. */
  static ApproachResult withQ(ApproachResult r, double q, String outcome, Scale scale) {
    return r.withQ(q, q < 0.05, summary(r, outcome, scale));
  }

  /** The plain sentence: the verdict, the number, what happened after stopping. */
  static String summary(ApproachResult r, String outcome, Scale scale) {
    String name = r.approach();
    String runs = r.periods().size() == 1 ? "" : " (" + r.periods().size() + " periods)";
    String ci = "95% CI " + Words.num(r.ciLow(), 1) + " to " + Words.num(r.ciHigh(), 1);
    String change =
        Words.num(Math.abs(r.levelChange()), 1)
            + " points "
            + (r.levelChange() < 0 ? "lower" : "higher");
    String meaningful = Words.num(scale.meaningfulChange(), 1);
    String prob = String.format(Locale.ROOT, "%.2f", r.probabilityMeaningful());
    String s =
        switch (r.verdict()) {
          case HELPED ->
              name
                  + runs
                  + " helped: "
                  + outcome
                  + " was "
                  + change
                  + " than it would have been without it ("
                  + ci
                  + "), a clinically meaningful change (probability "
                  + prob
                  + ").";
          case PROBABLY_HELPED ->
              name
                  + runs
                  + " probably helped: "
                  + outcome
                  + " was "
                  + change
                  + " than it would have been without it ("
                  + ci
                  + "), but perhaps by less than the "
                  + meaningful
                  + " points that count as meaningful (probability "
                  + prob
                  + ").";
          case NO_CLEAR_EFFECT ->
              name
                  + runs
                  + " made no clear difference ("
                  + Words.signed(r.levelChange(), 1)
                  + ", "
                  + ci
                  + "): a meaningful improvement ("
                  + meaningful
                  + " points) is ruled out.";
          case PROBABLY_WORSE ->
              "With " + name + runs + ", " + outcome + " was " + change + " (" + ci + ").";
          case TOO_LITTLE_DATA ->
              "Too little data to say whether "
                  + name
                  + " helped"
                  + (Double.isNaN(r.levelChange())
                      ? ""
                      : " (" + Words.signed(r.levelChange(), 1) + ", " + ci + ")")
                  + ": "
                  + why(r)
                  + (r.daysNeeded().isPresent()
                      ? " About "
                          + r.daysNeeded().getAsInt()
                          + " more days, half with it and half without, would settle it."
                      : "");
        };
    if (r.afterStopping().isPresent()) {
      ApproachResult.AfterStopping a = r.afterStopping().get();
      double c = a.change();
      s +=
          " After it stopped ("
              + a.days()
              + " days without an approach), "
              + outcome
              + (Math.abs(c) < 0.5
                  ? " stayed about where it was while doing it (" + Words.signed(c, 1) + " points)."
                  : " went back "
                      + (c > 0 ? "up" : "down")
                      + " by "
                      + Words.num(Math.abs(c), 1)
                      + " points.");
    }
    return s;
  }

  private static String why(ApproachResult r) {
    if (r.baselineDays() == 0) {
      return "there are no days without any approach to compare with; a few weeks without one"
          + " would settle it.";
    }
    for (Caveat c : r.caveats()) {
      switch (c.kind()) {
        case NATURAL_COURSE:
          return "the days without an approach are only a short stretch before it, so its effect"
              + " cannot be told from the natural course of the pain.";
        case CARRIED_OVER:
          return "it followed another approach directly, whose effect may have lasted into it.";
        case FEW_DAYS:
          return "it was tried on too few days.";
        default:
          break;
      }
    }
    return "the interval still holds both no change and a meaningful improvement.";
  }

  private static double[] centred(double[] x) {
    double m = Series.mean(x);
    double[] out = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      // a missing value counts as the mean: it contributes nothing
      out[t] = Double.isNaN(x[t]) ? 0 : x[t] - m;
    }
    return out;
  }

  private static double mean(double[] y, int[] label, int which) {
    double s = 0;
    int n = 0;
    for (int t = 0; t < y.length; t++) {
      if (label[t] == which && !Double.isNaN(y[t])) {
        s += y[t];
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private static int count(double[] y, int[] label, int which) {
    int n = 0;
    for (int t = 0; t < y.length; t++) {
      n += label[t] == which && !Double.isNaN(y[t]) ? 1 : 0;
    }
    return n;
  }
}
