package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that says in words what the analysis did: which structure a test removed, how a
 * tested number is named. Renderers and charts call these; nobody parses the sentences back.
 */
public final class Wording {
  private Wording() {}

  /**
   * The name of a tested correlation: "rho" when nothing was removed, else "rho within approach
   * periods" and the like.
   */
  public static String testedRho(List<Removed> removed) {
    return removed.isEmpty() ? "rho" : "rho " + within(removed);
  }

  /** The name of a tested difference: "difference", or "difference within approach periods". */
  public static String testedDifference(List<Removed> removed) {
    return removed.isEmpty() ? "difference" : "difference " + within(removed);
  }

  /** "within approach periods", "after removing weekday means and slow drift". */
  static String within(List<Removed> removed) {
    if (removed.equals(List.of(Removed.APPROACH_PERIODS))) {
      return "within approach periods";
    }
    return "after removing " + removed(removed);
  }

  /** What was removed, as a list in words: "approach-period means, weekday means". */
  public static String removed(List<Removed> removed) {
    if (removed.isEmpty()) {
      return "nothing";
    }
    List<String> parts = new ArrayList<>();
    for (Removed r : removed) {
      parts.add(
          switch (r) {
            case APPROACH_PERIODS -> "approach-period means";
            case WEEKDAYS -> "weekday means";
            case DRIFT -> "slow drift";
            case SEASON -> "the season";
          });
    }
    return String.join(", ", parts);
  }

  /**
   * The method of a factor test in one line, as the JSON {@code method} field and the HTML methods
   * give it.
   */
  public static String factorMethod(List<Removed> removed) {
    return "Spearman's rho of the day-to-day changes"
        + (removed.isEmpty() ? "" : " after removing " + removed(removed) + " from both series")
        + " and filtering out each day's carry-over (AR(1), REML); p-value and 95% interval with"
        + " the effective number of independent days left; Benjamini-Hochberg q-values over the"
        + " report's tests";
  }

  /** The method of an activity test in one line. */
  public static String activityMethod(List<Removed> removed) {
    return "Difference in mean outcome with and without, by regression with AR(1) errors (REML)"
        + (removed.isEmpty()
            ? ""
            : " after removing " + removed(removed) + " from the outcome and the activity")
        + "; 95% interval and p-value with the effective number of independent days left;"
        + " Benjamini-Hochberg q-values over the report's tests";
  }
}
