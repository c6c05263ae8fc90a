package org.painstats.report;

import static org.painstats.report.HtmlTable.num;

import org.painstats.analysis.Report;
import org.painstats.plan.PlanCheck;

/**
 * The planned-trial section of the HTML report, as the CENT 2015 guideline asks: the plan, the
 * sequence followed, each period's mean, carryover, and the randomization test.
 */
final class HtmlPlan {
  private HtmlPlan() {}

  static void write(Html h, Report r) {
    if (r.plan().isEmpty()) {
      return;
    }
    PlanCheck c = r.plan().get();
    h.open("section", "id", "plan", "aria-labelledby", "plan-h").nl();
    h.element("h2", "Planned trial", "id", "plan-h").nl();
    h.element(
            "p", "Plan: " + PlanText.conditions(c.plan()) + "; " + PlanText.design(c.plan()) + ".")
        .nl();
    h.element("p", PlanText.followed(c, r.outcome())).nl();
    h.element(
            "p",
            HtmlTables.cap(PlanText.washout(c.plan().design()))
                + "; "
                + PlanText.ANALYSED_AS_PLANNED
                + ".")
        .nl();
    h.element("p", PlanText.test(c, r.outcome())).nl();
    HtmlTable t =
        new HtmlTable(
                "Mean " + r.outcome() + " by period of the plan",
                new String[] {"dates", "block", "condition", "days", "washout days", "mean"},
                1,
                3,
                4,
                5)
            .dates(0);
    for (PlanCheck.Period p : c.periods()) {
      t.row(
          false,
          p.firstDate().equals(p.lastDate())
              ? p.firstDate().toString()
              : p.firstDate() + " to " + p.lastDate(),
          String.valueOf(p.block()),
          p.condition().isEmpty() ? "none" : p.condition(),
          String.valueOf(p.days()),
          String.valueOf(p.washoutDays()),
          num(p.mean(), 1));
    }
    t.write(h);
    h.close("section").nl();
  }
}
