package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.painstats.diary.Diary;
import org.painstats.plan.PlanCheck;
import org.painstats.stats.FalseDiscovery;

/**
 * Runs every analysis on a diary and returns the {@link Report}: factors at each lag, activities
 * the same and the next day, approaches against the baseline, the adjusted view, the trend, and the
 * findings in words. The false discovery rate is controlled over every factor and activity test of
 * the report together, and separately over the approaches.
 */
public final class Analysis {
  private Analysis() {}

  /**
   * The predictors the approach comparison adjusts for: significant activities, and significant
   * factors measured before the day's pain, that is sleep (the night before) and factors whose
   * strongest lag is a day or more. A factor strongest on the same day, such as mood, may be a
   * result of that day's pain; adjusting for it would mix pain's own noise back in.
   */
  private static List<Covariate> covariates(
      DiaryCalendar cal, List<FactorResult> factors, List<ActivityResult> activities) {
    List<Covariate> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    factors.stream()
        .filter(x -> !Double.isNaN(x.pValue()))
        .sorted(java.util.Comparator.comparingDouble(FactorResult::pValue))
        .filter(x -> seen.add(x.factor()))
        .filter(FactorResult::significant)
        .filter(x -> x.lag() >= 1 || x.factor().contains("sleep"))
        .forEach(
            x ->
                out.add(
                    new Covariate(
                        label(x.factor(), x.lag()),
                        DiaryCalendar.lag(cal.series(x.factor()), x.lag()))));
    activities.stream()
        .filter(ActivityResult::significant)
        .forEach(
            x ->
                out.add(
                    new Covariate(
                        label(x.activity(), x.lag()),
                        DiaryCalendar.lag(cal.series(x.activity()), x.lag()))));
    return out;
  }

  private static String label(String name, int lag) {
    return lag == 0 ? name : name + " (lag " + lag + ")";
  }

  /** Analyses a diary with the given options. */
  public static Report of(Diary diary, AnalysisOptions options) {
    DiaryCalendar cal = DiaryCalendar.of(diary);
    String outcome = diary.outcome();
    int outcomeDays = diary.outcomeDays();
    // What the outcome shares with every factor on a calendar scale, removed once for all tests.
    Destructured d = Destructured.of(cal, outcome);
    // The outcome's own models (trend, weekdays, season, and what it shares with each factor)
    // need nothing of the factor, activity and approach tests, so they are fitted on a second
    // thread meanwhile. Each is computed as it would be alone: the report is the same.
    CompletableFuture<OutcomeSide> side =
        CompletableFuture.supplyAsync(() -> OutcomeSide.of(cal, diary, outcomeDays));
    List<FactorResult> factors =
        FactorAnalysis.run(cal, d, diary.factors(), outcome, options.lags());
    List<ActivityResult> activities = ActivityAnalysis.run(cal, d, diary.activities(), outcome);

    // One false discovery rate over every factor and activity test; the significant ones also
    // sharpen the approach comparison.
    double[] first = FalseDiscovery.benjaminiHochberg(pValues(factors, activities, List.of()));
    List<Covariate> covariates =
        covariates(
            cal,
            withQ(factors, first, 0, outcome),
            activitiesWithQ(activities, first, factors.size(), diary));
    ApproachAnalysis.Approaches tried =
        ApproachAnalysis.run(
            cal, outcome, diary.outcomeScale(), diary.activities(), covariates, options.washout());
    List<ApproachResult> raw = tried.results();

    List<FactorResult> f = withQ(factors, first, 0, outcome);
    List<ActivityResult> a = activitiesWithQ(activities, first, factors.size(), diary);
    // Approaches share one baseline, so their tests are a family of their own: the false
    // discovery rate is controlled among them (a pooled family let null approaches through twice
    // as often in seeded simulation, 10.5% of diaries against 6.5%).
    double[] qa = FalseDiscovery.benjaminiHochberg(pValues(List.of(), List.of(), raw));
    List<ApproachResult> approaches = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      approaches.add(ApproachAnalysis.withQ(raw.get(i), qa[i], outcome, diary.outcomeScale()));
    }

    OutcomeSide own = join(side);
    TrendResult trend = own.trend();
    Report partial =
        new Report(
            diary,
            options.lags(),
            trend,
            f,
            a,
            approaches,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            tried.comparisons(),
            tried.naturalCourse(),
            tried.washout());
    List<FactorResult> strongest = partial.strongestFactors();
    List<AdjustedFactor> adjusted =
        outcomeDays < Report.MIN_DAYS
            ? List.of()
            : AdjustedAnalysis.run(d, strongest, options.lags().size());
    List<String> findings =
        Findings.of(outcome, outcomeDays, trend, strongest, a, approaches, adjusted);
    List<WeekdayResult> weekdays = own.weekdays();
    List<SharedStructure> shared = own.shared();
    Report report =
        new Report(
            diary,
            options.lags(),
            trend,
            f,
            a,
            approaches,
            adjusted,
            weekdays,
            shared,
            findings,
            tried.comparisons(),
            tried.naturalCourse(),
            tried.washout());
    return options.plan().map(p -> report.withPlan(PlanCheck.of(diary, p))).orElse(report);
  }

  /** What the analysis learns of the outcome alone, and of what it shares with each factor. */
  private record OutcomeSide(
      TrendResult trend, List<WeekdayResult> weekdays, List<SharedStructure> shared) {
    static OutcomeSide of(DiaryCalendar cal, Diary diary, int outcomeDays) {
      String outcome = diary.outcome();
      OutcomeModels models = new OutcomeModels(cal, outcome);
      return new OutcomeSide(
          TrendAnalysis.run(outcome, outcomeDays, models),
          WeekdayAnalysis.run(cal, outcome, outcomeDays, models),
          SharedAnalysis.run(cal, outcome, diary.factors(), outcomeDays, models));
    }
  }

  /** The result of the second thread, its exception thrown as it was. */
  private static OutcomeSide join(CompletableFuture<OutcomeSide> side) {
    try {
      return side.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static double[] pValues(
      List<FactorResult> factors,
      List<ActivityResult> activities,
      List<ApproachResult> approaches) {
    double[] p = new double[factors.size() + activities.size() + approaches.size()];
    int i = 0;
    for (FactorResult x : factors) {
      p[i++] = x.pValue();
    }
    for (ActivityResult x : activities) {
      p[i++] = x.pValue();
    }
    for (ApproachResult x : approaches) {
      p[i++] = x.pValue();
    }
    return p;
  }

  private static List<FactorResult> withQ(
      List<FactorResult> raw, double[] q, int from, String outcome) {
    List<FactorResult> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      out.add(FactorAnalysis.withQ(raw.get(i), q[from + i], outcome));
    }
    return out;
  }

  private static List<ActivityResult> activitiesWithQ(
      List<ActivityResult> raw, double[] q, int from, Diary diary) {
    String outcome = diary.outcome();
    List<ActivityResult> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      out.add(
          ActivityAnalysis.withQ(
              raw.get(i), q[from + i], outcome, diary.label(raw.get(i).activity())));
    }
    return out;
  }
}
