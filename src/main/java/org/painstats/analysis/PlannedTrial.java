package org.painstats.analysis;

import java.util.Locale;
import org.painstats.plan.PlanCheck;
import org.painstats.plan.RandomizationResult;

/** The planned trial in words: the finding its randomization test supports, said once. */
public final class PlannedTrial {
  private PlannedTrial() {}

  /**
   * The finding of a planned trial: the difference between approach days and the other days, its
   * randomization p-value and how it was obtained, and the days that did not follow the plan.
   */
  public static String finding(PlanCheck check, String outcome) {
    RandomizationResult t = check.test();
    String approach = check.plan().approach();
    String other =
        check.plan().versus().isEmpty() ? "days without it" : "days of " + check.plan().versus();
    if (Double.isNaN(t.statistic())) {
      return "The planned trial of "
          + approach
          + " cannot be judged yet: it needs days with "
          + outcome
          + " under both conditions.";
    }
    String how =
        t.exact()
            ? String.format(Locale.ROOT, "exact over all %d possible schedules", t.permutations())
            : String.format(
                Locale.ROOT, "%,d random schedules, seed %d", t.permutations(), t.seed().orElse(0));
    String p =
        t.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", t.pValue());
    String direction = t.statistic() < 0 ? "lower" : "higher";
    String sentence =
        t.pValue() <= 0.05
            ? String.format(
                Locale.ROOT,
                "In the planned trial, %s was %.1f points %s on days with %s than on %s"
                    + " (randomization test %s, %s; it assumes no model of the %s).",
                outcome,
                Math.abs(t.statistic()),
                direction,
                approach,
                other,
                p,
                how,
                outcome)
            : String.format(
                Locale.ROOT,
                "In the planned trial, %s was %.1f points %s on days with %s than on %s, a"
                    + " difference the randomization could well give by chance (%s, %s).",
                outcome,
                Math.abs(t.statistic()),
                direction,
                approach,
                other,
                p,
                how);
    int off = check.offPlan().size();
    if (off > 0) {
      sentence +=
          String.format(
              Locale.ROOT,
              " %d day%s did not follow the plan; each is counted as planned.",
              off,
              off == 1 ? "" : "s");
    }
    if (check.shift().isPresent()) {
      PlanCheck.Shift sh = check.shift().get();
      sentence +=
          String.format(
              Locale.ROOT,
              " From %s the diary follows the plan %d day%s %s.",
              sh.from(),
              Math.abs(sh.days()),
              Math.abs(sh.days()) == 1 ? "" : "s",
              sh.days() > 0 ? "late" : "early");
    }
    return sentence;
  }
}
