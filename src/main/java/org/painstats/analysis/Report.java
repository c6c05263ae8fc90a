package org.painstats.analysis;

import java.util.List;
import org.painstats.diary.Diary;

/**
 * Everything the analysis of one diary found: immutable, rendered as text, Markdown, JSON or HTML
 * and drawn as charts.
 *
 * @param diary the diary analysed
 * @param lags the lags analysed, in days
 * @param trend the overall trend of the outcome
 * @param factors one entry per numeric factor and lag
 * @param activities one entry per activity, same day and next day
 * @param approaches one entry per approach, in the order they were tried
 * @param adjusted each factor given the others (empty with fewer than two factors)
 * @param weekdays the outcome by weekday, Monday first (empty with too few days)
 * @param shared structure the outcome and a factor share on a calendar scale (a weekly rhythm, a
 *     drift), described in words and removed before the factor tests, never tested as a link
 * @param findings plain sentences, strongest first; every renderer follows them with {@link
 *     #NOT_PROOF}, said once in every report
 * @param comparisons each approach against each later-tried one
 * @param naturalCourse the approach model's estimate of the outcome's natural course by calendar
 *     day from the first entry (what it would have been without any approach; NaN when not fitted)
 * @param washout days left out at the start of each run of approach days (0: none)
 * @param plan the planned trial the diary was held against, with its randomization test, when a
 *     plan was given
 */
public record Report(
    Diary diary,
    List<Integer> lags,
    TrendResult trend,
    List<FactorResult> factors,
    List<ActivityResult> activities,
    List<ApproachResult> approaches,
    List<AdjustedFactor> adjusted,
    List<WeekdayResult> weekdays,
    List<SharedStructure> shared,
    List<String> findings,
    List<ApproachComparisonResult> comparisons,
    double[] naturalCourse,
    int washout,
    java.util.Optional<org.painstats.plan.PlanCheck> plan) {

  /** The fewest days with an outcome for any statistic to be reported. */
  public static final int MIN_DAYS = 14;

  /** The fewest days in a group (with or without an activity, a phase) to compare it. */
  public static final int MIN_GROUP_DAYS = 7;

  /** The sentence said once in every report. */
  public static final String NOT_PROOF =
      "Tracking together is not proof of cause: something else (a busy week, the season, a flare"
          + " that would have passed anyway) can move both.";

  /**
   * This report with the planned trial the diary was held against; its finding comes first, as the
   * strongest evidence the diary holds.
   */
  public Report withPlan(org.painstats.plan.PlanCheck check) {
    List<String> f = new java.util.ArrayList<>();
    f.add(PlannedTrial.finding(check, outcome()));
    f.addAll(findings);
    return new Report(
        diary,
        lags,
        trend,
        factors,
        activities,
        approaches,
        adjusted,
        weekdays,
        shared,
        f,
        comparisons,
        naturalCourse,
        washout,
        java.util.Optional.of(check));
  }

  public Report {
    lags = List.copyOf(lags);
    factors = List.copyOf(factors);
    activities = List.copyOf(activities);
    approaches = List.copyOf(approaches);
    adjusted = List.copyOf(adjusted);
    weekdays = List.copyOf(weekdays);
    shared = List.copyOf(shared);
    findings = List.copyOf(findings);
    comparisons = List.copyOf(comparisons);
    naturalCourse = naturalCourse.clone();
  }

  @Override
  public double[] naturalCourse() {
    return naturalCourse.clone();
  }

  /** The diary's file name. */
  public String source() {
    return diary.source();
  }

  /** The outcome analysed (pain unless chosen otherwise). */
  public String outcome() {
    return diary.outcome();
  }

  /** The answer the report opens with: see {@link Overview}. */
  public Overview overview() {
    return Overview.of(this);
  }

  /** The result for a factor at a lag, if it was analysed. */
  public java.util.Optional<FactorResult> factor(String name, int lag) {
    return factors.stream().filter(f -> f.factor().equals(name) && f.lag() == lag).findFirst();
  }

  /** The result for an activity the same day (lag 0) or the next (lag 1), if analysed. */
  public java.util.Optional<ActivityResult> activity(String name, int lag) {
    return activities.stream().filter(a -> a.activity().equals(name) && a.lag() == lag).findFirst();
  }

  /** The result for an approach, if the diary has it. */
  public java.util.Optional<ApproachResult> approach(String name) {
    return approaches.stream().filter(a -> a.approach().equals(name)).findFirst();
  }

  /**
   * The trailing rolling mean of the outcome over {@code window} days, by calendar day from the
   * first entry (NaN where fewer than half the window's days have a value): 7 days shows the weekly
   * ups and downs, 28 days the course of the month. See {@link org.painstats.stats.RollingMean}.
   */
  public double[] rollingMean(int window) {
    return org.painstats.stats.RollingMean.trailing(
        DiaryCalendar.of(diary).series(outcome()), window);
  }

  /**
   * The least-squares line of the outcome on a factor at a lag, over the days where both were
   * recorded (by calendar date), as the scatter chart draws it.
   */
  public Line fittedLine(String factor, int lag) {
    DiaryCalendar cal = DiaryCalendar.of(diary);
    org.painstats.stats.LineFit fit =
        org.painstats.stats.LineFit.of(
            DiaryCalendar.lag(cal.series(factor), lag), cal.series(outcome()));
    return new Line(fit.intercept(), fit.slope());
  }

  /** The factor results at each factor's strongest lag (smallest p-value), strongest first. */
  public List<FactorResult> strongestFactors() {
    return factors.stream()
        .filter(f -> !Double.isNaN(f.pValue()))
        .collect(
            java.util.stream.Collectors.toMap(
                FactorResult::factor,
                f -> f,
                (a, b) -> a.pValue() <= b.pValue() ? a : b,
                java.util.LinkedHashMap::new))
        .values()
        .stream()
        .sorted(java.util.Comparator.comparingDouble(FactorResult::pValue))
        .toList();
  }

  @Override
  public String toString() {
    return "Report[" + source() + ", " + findings.size() + " findings]";
  }
}
