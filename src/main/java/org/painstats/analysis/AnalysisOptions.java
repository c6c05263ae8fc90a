package org.painstats.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * What to analyse. Immutable; start from {@link #withDefaults()}.
 *
 * <pre>{@code AnalysisOptions.withDefaults().withLags(0, 1, 2, 3)}</pre>
 */
public final class AnalysisOptions {
  /** The largest lag in days that may be asked for. */
  public static final int MAX_LAG = 14;

  /** The longest washout in days that may be asked for. */
  public static final int MAX_WASHOUT = 60;

  private static final AnalysisOptions DEFAULTS =
      new AnalysisOptions(List.of(0, 1, 2), 0, java.util.Optional.empty());

  private final List<Integer> lags;
  private final int washout;
  private final java.util.Optional<org.painstats.plan.Plan> plan;

  private AnalysisOptions(
      List<Integer> lags, int washout, java.util.Optional<org.painstats.plan.Plan> plan) {
    this.lags = lags;
    this.washout = washout;
    this.plan = plan;
  }

  /** Lags 0, 1 and 2 days; no washout. */
  public static AnalysisOptions withDefaults() {
    return DEFAULTS;
  }

  /**
   * The lags, in days, at which each factor is paired with pain (a lag of k pairs the factor on day
   * t-k with pain on day t).
   *
   * @throws IllegalArgumentException if no lag is given or one is outside 0..{@value #MAX_LAG}
   */
  public AnalysisOptions withLags(int... lags) {
    if (lags.length == 0) {
      throw new IllegalArgumentException("lags: give at least one lag, such as 0,1,2");
    }
    for (int l : lags) {
      if (l < 0 || l > MAX_LAG) {
        throw new IllegalArgumentException(
            "lags: " + l + " is out of range; lags are days from 0 to " + MAX_LAG);
      }
    }
    return new AnalysisOptions(
        Arrays.stream(lags).sorted().distinct().boxed().toList(), washout, plan);
  }

  /**
   * Leaves out the first {@code days} days of each run of days with (or without) an approach, after
   * the diary's first run: effects take time to start and to wear off.
   *
   * @throws IllegalArgumentException if days is outside 0..{@value #MAX_WASHOUT}
   */
  public AnalysisOptions withWashout(int days) {
    if (days < 0 || days > MAX_WASHOUT) {
      throw new IllegalArgumentException(
          "washout: " + days + " is out of range; a washout is days from 0 to " + MAX_WASHOUT);
    }
    return new AnalysisOptions(lags, days, plan);
  }

  /**
   * Holds the diary against the randomized plan it followed: the report gets the plan's section
   * (days off plan, period means) and the randomization test of its approach ({@link
   * org.painstats.plan.PlanCheck}).
   */
  public AnalysisOptions withPlan(org.painstats.plan.Plan plan) {
    return new AnalysisOptions(lags, washout, java.util.Optional.of(plan));
  }

  /** The plan the diary followed, if one was given. */
  public java.util.Optional<org.painstats.plan.Plan> plan() {
    return plan;
  }

  /** Days left out at the start of each run (0: none). */
  public int washout() {
    return washout;
  }

  /** The lags, increasing. */
  public List<Integer> lags() {
    return lags;
  }

  @Override
  public String toString() {
    return "AnalysisOptions[lags="
        + lags
        + ", washout="
        + washout
        + plan.map(p -> ", plan=" + p).orElse("")
        + "]";
  }
}
