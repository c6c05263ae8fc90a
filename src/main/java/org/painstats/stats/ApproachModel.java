package org.painstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * "Did what I tried help?": every approach of a diary fitted at once, against the natural course of
 * the pain, with noise that is autocorrelated and carries reporting noise.
 *
 * <pre>
 *   y_t = N(t) + sum_a s_a [t in a run of a] + sum_a c_a [t carries a] + x_t'g + noise_t
 * </pre>
 *
 * <ul>
 *   <li>{@code N(t)}, the natural course: a cubic B-spline in time with knots at least {@code
 *       knotSpacing} days apart ({@link NaturalCourse}). It follows recovery and drift but cannot
 *       jump, so every day without an approach, wherever it falls, tells it where pain goes on its
 *       own, and a change when an approach starts or stops is the approach's step.
 *   <li>{@code s_a}, the level change of approach a: a step on its days (all its runs).
 *   <li>Lasting effects: on the days of an approach that directly follows a run of approach a (no
 *       day without an approach between), a's effect is taken to last ({@code s_a} applies) give or
 *       take {@code c_a}, which the data cannot tell from the next approach's step; {@code c_a} has
 *       the prior N(0, s_a^2 + se_a^2) from a first fit without it (a's effect may have faded by
 *       any part of itself). The later approach's interval widens accordingly.
 *   <li>{@code g}, the covariates' effects.
 *   <li>noise: AR(1) plus white noise (an ARMA(1,1)), fitted by REML with the rest ({@link
 *       ArmaGls}). A flare in the 4 days before an approach first starts (one day's standardized
 *       one-step innovation above 2.24: a jump of the slow part) restarts the slow part there at an
 *       unknown level, so its settling is not credited to the approach.
 * </ul>
 *
 * The first {@code washout} days of each run after the first (with or without an approach) are left
 * out: effects take time to start and to wear off.
 *
 * <p>Per approach: {@code levelChange = s_a} with a Student t interval on the residual degrees of
 * freedom; {@code probabilityMeaningful}, the posterior probability of an improvement of at least
 * the meaningful change under the prior {@code s_a ~ N(0, (2 meaningfulChange)^2)} (weakly
 * informative: most approaches change pain by less than twice the meaningful change) and the normal
 * likelihood of the estimate with its standard error (t with the same degrees of freedom); the
 * {@link Verdict}: HELPED when that probability is at least 0.8, else PROBABLY_HELPED or
 * PROBABLY_WORSE when the 95% interval excludes no change, else TOO_LITTLE_DATA when the interval
 * still reaches a meaningful improvement (or fewer than two weeks were used), else NO_CLEAR_EFFECT.
 */
public final class ApproachModel {
  /** The label of a day without an approach. */
  public static final int NONE = -1;

  /** The label of a day without an entry. */
  public static final int UNKNOWN = -2;

  static final int MIN_DAYS = 14;
  private static final int FAIR_BASELINE = 28;
  private static final int AFTER_WINDOW = 28;
  private static final int FLARE_DAYS = 4;

  /**
   * A day's standardized innovation above this is a flare: one-sided 5% over 4 independent days.
   */
  private static final double FLARE_Z = 2.24;

  private ApproachModel() {}

  /**
   * Settings.
   *
   * @param washout days left out at the start of each run after the first
   * @param knotSpacing least distance between the natural course's knots, days
   * @param meaningfulChange the change that counts as clinically meaningful on the outcome's scale
   * @param higherIsWorse whether a higher outcome is worse (pain) or better (function)
   */
  public record Options(
      int washout, double knotSpacing, double meaningfulChange, boolean higherIsWorse) {
    /** No washout, knots 120 days apart, 2 points meaningful, higher is worse. */
    public static Options withDefaults() {
      return new Options(0, 120, 2, true);
    }

    public Options withWashout(int days) {
      return new Options(days, knotSpacing, meaningfulChange, higherIsWorse);
    }

    public Options withKnotSpacing(double days) {
      return new Options(washout, days, meaningfulChange, higherIsWorse);
    }

    public Options withMeaningfulChange(double change, boolean higherWorse) {
      return new Options(washout, knotSpacing, change, higherWorse);
    }
  }

  /**
   * The fitted model.
   *
   * @param effects one per approach, in index order
   * @param comparisons each approach against each later-indexed one
   * @param naturalCourse the fitted natural course by day (the covariates at zero)
   * @param used whether each day entered the fit (observed, not washed out)
   * @param phi the AR(1) coefficient of the slow part of the noise
   * @param whiteShare the share of the noise variance that is day-to-day reporting noise
   * @param noiseSd the noise standard deviation
   */
  public record Fit(
      List<ApproachEffect> effects,
      List<ApproachComparison> comparisons,
      double[] naturalCourse,
      boolean[] used,
      double phi,
      double whiteShare,
      double noiseSd) {
    public Fit {
      effects = List.copyOf(effects);
      comparisons = List.copyOf(comparisons);
      naturalCourse = naturalCourse.clone();
      used = used.clone();
    }
  }

  /**
   * Fits the model.
   *
   * @param y the outcome by day (position = day), NaN where missing
   * @param label the approach of each day: 0..approaches-1, {@link #NONE} or {@link #UNKNOWN}
   * @param approaches the number of approaches
   * @param covariates further columns by day (NaN: the day is left out), may be empty
   * @param options settings
   * @return the fit; empty when too few days remain for the design
   */
  public static Optional<Fit> fit(
      double[] y, int[] label, int approaches, double[][] covariates, Options options) {
    Inputs.requireSameLength("y", y, "label", new double[label.length]);
    int n = y.length;
    ApproachDesign design = new ApproachDesign(label, approaches, options.washout());
    double[] yy = new double[n];
    int first = -1;
    int last = -1;
    for (int t = 0; t < n; t++) {
      boolean ok = !Double.isNaN(y[t]) && !design.washedOut[t] && label[t] != UNKNOWN;
      for (double[] c : covariates) {
        ok &= !Double.isNaN(c[t]);
      }
      yy[t] = ok ? y[t] : Double.NaN;
      if (ok) {
        first = first < 0 ? t : first;
        last = t;
      }
    }
    if (first < 0 || last - first < 7) {
      return Optional.empty();
    }
    Optional<Stage> stage =
        Stage.of(yy, label, approaches, covariates, options, design, first, last, new boolean[n]);
    if (stage.isEmpty()) {
      return Optional.empty();
    }
    // A flare in the days just before an approach starts (people start something in a flare) would,
    // through the natural course and the noise's carry-over, credit its settling to the approach. A
    // flare is a jump of the slow part of the noise: it shows as one day's one-step innovation far
    // above what the noise gives (innovations are independent, so judging one day leaves the rest
    // unbiased, as leaving out a window of correlated days did not). Where one is found, the slow
    // part restarts there at an unknown level and fades at its own pace.
    boolean[] restart = new boolean[n];
    double[][] innovations = null;
    double[][] flares = new double[approaches][];
    boolean any = false;
    for (int a = 0; a < approaches; a++) {
      int start = startOf(design, a);
      int[] window = start < 0 ? null : flareWindow(yy, label, start);
      flares[a] = new double[] {Double.NaN, Double.NaN};
      if (window == null) {
        continue;
      }
      innovations =
          innovations != null ? innovations : stage.get().gls().innovations(stage.get().fit());
      int jump = -1;
      for (int d : window) {
        jump = jump < 0 || innovations[1][d] > innovations[1][jump] ? d : jump;
      }
      flares[a] = new double[] {innovations[0][jump], innovations[1][jump]};
      if (innovations[1][jump] > FLARE_Z) {
        restart[jump] = true;
        any = true;
      }
    }
    if (!any) {
      return core(stage.get(), yy, label, approaches, options, design, flares);
    }
    return Stage.of(yy, label, approaches, covariates, options, design, first, last, restart)
        .flatMap(st -> core(st, yy, label, approaches, options, design, flares));
  }

  /** The runs of equal labels (an unknown day joins the run around it when both sides agree). */
  public static List<ApproachRun> runs(int[] label) {
    return ApproachDesign.runs(label);
  }

  private static int startOf(ApproachDesign design, int a) {
    return design.runs.stream()
        .filter(r -> r.approach() == a)
        .mapToInt(ApproachRun::first)
        .findFirst()
        .orElse(-1);
  }

  /**
   * The days without an approach among the {@value #FLARE_DAYS} before {@code start}; null when
   * fewer than 3, or when fewer than {@link #MIN_DAYS} such days come before them (a restart there
   * must leave a baseline).
   */
  private static int[] flareWindow(double[] y, int[] label, int start) {
    int[] days = new int[FLARE_DAYS];
    int flare = 0;
    int earlier = 0;
    for (int d = 0; d < start; d++) {
      if (!Double.isNaN(y[d]) && label[d] == NONE) {
        if (d >= start - FLARE_DAYS) {
          days[flare++] = d;
        } else {
          earlier++;
        }
      }
    }
    return flare < 3 || earlier < MIN_DAYS ? null : Arrays.copyOf(days, flare);
  }

  /** The columns and the fit in which every effect lasts into a directly following approach. */
  private record Stage(
      double[][] spline,
      int[] column,
      int[] used,
      double[][] base,
      boolean[] restart,
      ArmaGls gls,
      ArmaGls.Fit fit) {
    static Optional<Stage> of(
        double[] yy,
        int[] label,
        int approaches,
        double[][] covariates,
        Options options,
        ApproachDesign design,
        int first,
        int last,
        boolean[] restart) {
      int n = yy.length;
      double[][] spline = NaturalCourse.basis(n, first, last, options.knotSpacing(), 3);
      int[] used = new int[approaches];
      for (int t = 0; t < n; t++) {
        if (!Double.isNaN(yy[t]) && label[t] >= 0) {
          used[label[t]]++;
        }
      }
      // Approaches with no day used get no column.
      int[] column = new int[approaches];
      List<double[]> cols = new ArrayList<>(List.of(spline));
      for (int a = 0; a < approaches; a++) {
        column[a] = -1;
        if (used[a] > 0) {
          column[a] = cols.size();
          double[] step = new double[n];
          for (int t = 0; t < n; t++) {
            step[t] = label[t] == a || design.carriedFrom[a][t] ? 1 : 0;
          }
          cols.add(step);
        }
      }
      cols.addAll(List.of(covariates));
      double[][] base = cols.toArray(new double[0][]);
      ArmaGls gls = new ArmaGls(yy, base, new double[base.length], restart);
      return gls.fit().map(f -> new Stage(spline, column, used, base, restart, gls, f));
    }
  }

  private static Optional<Fit> core(
      Stage stage,
      double[] yy,
      int[] label,
      int approaches,
      Options options,
      ApproachDesign design,
      double[][] flares) {
    int n = yy.length;
    double[][] spline = stage.spline();
    int[] column = stage.column();
    int[] used = stage.used();
    double[][] base = stage.base();
    ArmaGls.Fit fit = stage.fit();
    ArmaGls gls = stage.gls();
    // Where an effect may have faded inside the next approach: one column per approach carried.
    List<double[]> carry = new ArrayList<>();
    List<Double> priors = new ArrayList<>();
    for (int a = 0; a < approaches; a++) {
      if (column[a] < 0 || !carries(design.carriedFrom[a], yy)) {
        continue;
      }
      double s = fit.coefficients()[column[a]];
      double var = fit.covariance()[column[a]][column[a]];
      double[] c = new double[n];
      for (int t = 0; t < n; t++) {
        c[t] = design.carriedFrom[a][t] ? 1 : 0;
      }
      carry.add(c);
      priors.add(fit.variance() / (s * s + var));
    }
    if (!carry.isEmpty()) {
      double[][] all = new double[base.length + carry.size()][];
      System.arraycopy(base, 0, all, 0, base.length);
      double[] prior = new double[all.length];
      for (int i = 0; i < carry.size(); i++) {
        all[base.length + i] = carry.get(i);
        prior[base.length + i] = priors.get(i);
      }
      gls = new ArmaGls(yy, all, prior, stage.restart());
      Optional<ArmaGls.Fit> faded = gls.fit();
      if (faded.isEmpty()) {
        return Optional.empty();
      }
      fit = faded.get();
    }
    double[] natural = new double[n];
    for (int j = 0; j < spline.length; j++) {
      for (int t = 0; t < n; t++) {
        natural[t] += fit.coefficients()[j] * spline[j][t];
      }
    }
    double[] fitted = new double[n];
    double[][] design2 = allColumns(base, carry);
    for (int j = 0; j < design2.length; j++) {
      for (int t = 0; t < n; t++) {
        fitted[t] += fit.coefficients()[j] * design2[j][t];
      }
    }
    // Each approach's step and each difference of two, with small-sample variance and df.
    int k = fit.coefficients().length;
    List<double[]> contrasts = new ArrayList<>();
    for (int a = 0; a < approaches; a++) {
      double[] c = new double[k];
      if (column[a] >= 0) {
        c[column[a]] = 1;
      }
      contrasts.add(c);
    }
    for (int a = 0; a < approaches; a++) {
      for (int b = a + 1; b < approaches; b++) {
        double[] c = new double[k];
        if (column[a] >= 0 && column[b] >= 0) {
          c[column[a]] = 1;
          c[column[b]] = -1;
        }
        contrasts.add(c);
      }
    }
    double[][] adjusted = gls.adjusted(fit, contrasts.toArray(new double[0][]));
    Results r = new Results(yy, label, design, fit, natural, fitted, options, flares);
    List<ApproachEffect> effects = new ArrayList<>();
    for (int a = 0; a < approaches; a++) {
      effects.add(r.effect(a, column[a], used[a], adjusted[a]));
    }
    List<ApproachComparison> comparisons = new ArrayList<>();
    int pair = approaches;
    for (int a = 0; a < approaches; a++) {
      for (int b = a + 1; b < approaches; b++) {
        Estimate d =
            column[a] < 0 || column[b] < 0
                ? Estimate.missing()
                : Inference.studentT(
                    fit.coefficients()[column[a]] - fit.coefficients()[column[b]],
                    Math.sqrt(adjusted[pair][0]),
                    adjusted[pair][1]);
        comparisons.add(new ApproachComparison(a, b, d));
        pair++;
      }
    }
    boolean[] usedDays = new boolean[n];
    for (int t = 0; t < n; t++) {
      usedDays[t] = !Double.isNaN(yy[t]);
    }
    return Optional.of(
        new Fit(
            effects,
            comparisons,
            natural,
            usedDays,
            fit.phi(),
            fit.white(),
            Math.sqrt(fit.variance())));
  }

  private static boolean carries(boolean[] days, double[] y) {
    for (int t = 0; t < y.length; t++) {
      if (days[t] && !Double.isNaN(y[t])) {
        return true;
      }
    }
    return false;
  }

  private static double[][] allColumns(double[][] base, List<double[]> carry) {
    double[][] all = new double[base.length + carry.size()][];
    System.arraycopy(base, 0, all, 0, base.length);
    for (int i = 0; i < carry.size(); i++) {
      all[base.length + i] = carry.get(i);
    }
    return all;
  }

  /** Turns the fit into each approach's numbers. */
  private static final class Results {
    private final double[] y;
    private final int[] label;
    private final ApproachDesign design;
    private final ArmaGls.Fit fit;
    private final double[] natural;
    private final double[] fitted;
    private final Options options;
    private final double[][] flares;

    Results(
        double[] y,
        int[] label,
        ApproachDesign design,
        ArmaGls.Fit fit,
        double[] natural,
        double[] fitted,
        Options options,
        double[][] flares) {
      this.flares = flares;
      this.y = y;
      this.label = label;
      this.design = design;
      this.fit = fit;
      this.natural = natural;
      this.fitted = fitted;
      this.options = options;
    }

    ApproachEffect effect(int a, int col, int days, double[] adjusted) {
      List<ApproachRun> runs = design.runs.stream().filter(r -> r.approach() == a).toList();
      Set<ApproachLimit> limits = EnumSet.noneOf(ApproachLimit.class);
      double flare = flares[a][0];
      if (flares[a][1] > FLARE_Z) {
        limits.add(ApproachLimit.FLARE_BEFORE);
      }
      if (col < 0) {
        limits.add(ApproachLimit.FEW_DAYS);
        return new ApproachEffect(
            a,
            runs,
            days,
            Estimate.missing(),
            Double.NaN,
            Double.NaN,
            Verdict.TOO_LITTLE_DATA,
            limits,
            0,
            Double.NaN,
            OptionalInt.empty(),
            flare);
      }
      double s = fit.coefficients()[col];
      double se = Math.sqrt(adjusted[0]);
      double df = Math.max(1, adjusted[1]);
      Estimate level = Inference.studentT(s, se, df);
      TDistribution t = new TDistribution(null, df, 1e-12);
      double m = options.meaningfulChange();
      double better = options.higherIsWorse() ? -1 : 1;
      double prior = 2 * m;
      double postVar = 1 / (1 / (se * se) + 1 / (prior * prior));
      double postMean = s * postVar / (se * se);
      double probability = t.cumulativeProbability((better * postMean - m) / Math.sqrt(postVar));
      if (days < MIN_DAYS) {
        limits.add(ApproachLimit.FEW_DAYS);
      }
      if (naturalCourseUnseparated(runs.get(0).first())) {
        limits.add(ApproachLimit.NATURAL_COURSE);
      }
      for (ApproachRun run : runs) {
        for (int b = 0; b < design.carriedFrom.length; b++) {
          if (b != a && design.carriedFrom[b][run.first()]) {
            limits.add(ApproachLimit.CARRIED_OVER);
          }
        }
      }
      double improvementLow = Math.min(better * level.ciLow(), better * level.ciHigh());
      double improvementHigh = Math.max(better * level.ciLow(), better * level.ciHigh());
      Verdict verdict;
      if (probability >= 0.8) {
        verdict = Verdict.HELPED;
      } else if (improvementLow > 0) {
        verdict = Verdict.PROBABLY_HELPED;
      } else if (improvementHigh < 0) {
        verdict = Verdict.PROBABLY_WORSE;
      } else if (improvementHigh >= m || days < MIN_DAYS) {
        verdict = Verdict.TOO_LITTLE_DATA;
      } else {
        verdict = Verdict.NO_CLEAR_EFFECT;
      }
      double target = m / (2 * Inference.Z_975);
      OptionalInt needed = OptionalInt.empty();
      if (se > target) {
        double more = 2.0 * days * ((se / target) * (se / target) - 1);
        needed = OptionalInt.of((int) Math.min(3650, 7 * Math.ceil(Math.max(14, more) / 7)));
      }
      int afterDays = 0;
      double after = 0;
      double during = 0;
      int duringDays = 0;
      for (int i = 0; i < design.runs.size(); i++) {
        ApproachRun run = design.runs.get(i);
        if (run.approach() != a) {
          continue;
        }
        for (int d = run.first(); d <= run.last(); d++) {
          if (!Double.isNaN(y[d])) {
            during += y[d] - natural[d];
            duringDays++;
          }
        }
        if (i + 1 < design.runs.size() && design.runs.get(i + 1).approach() == NONE) {
          ApproachRun next = design.runs.get(i + 1);
          for (int d = next.first(); d <= Math.min(next.last(), run.last() + AFTER_WINDOW); d++) {
            if (!Double.isNaN(y[d])) {
              after += y[d] - fitted[d];
              afterDays++;
            }
          }
        }
      }
      double afterChange =
          afterDays == 0 || duringDays == 0 ? Double.NaN : after / afterDays - during / duringDays;
      return new ApproachEffect(
          a,
          runs,
          days,
          level,
          df,
          probability,
          verdict,
          limits,
          afterDays,
          afterChange,
          needed,
          flare);
    }

    /**
     * True when the only days without an approach come before {@code start}, fewer than {@link
     * #FAIR_BASELINE} of them: nothing but the natural course's curvature then separates it from a
     * step.
     */
    private boolean naturalCourseUnseparated(int start) {
      int before = 0;
      for (int d = 0; d < y.length; d++) {
        if (label[d] == NONE && !Double.isNaN(y[d])) {
          if (d > start) {
            return false;
          }
          before++;
        }
      }
      return before < FAIR_BASELINE;
    }
  }
}
