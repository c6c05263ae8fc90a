package org.painstats.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.painstats.plan.Plan;
import org.painstats.plan.PlanDesign;
import org.painstats.plan.PlanPower;

/** A plan in words and as a calendar, for the terminal and the plan section of a report. */
public final class PlanText {
  private PlanText() {}

  /** "McKenzie exercises against no approach". */
  public static String conditions(Plan plan) {
    return plan.approach()
        + " against "
        + (plan.versus().isEmpty() ? "no approach" : plan.versus());
  }

  /** The design in one sentence. */
  public static String design(Plan plan) {
    PlanDesign d = plan.design();
    String how =
        d.kind() == PlanDesign.Kind.PAIRS
            ? String.format(
                Locale.ROOT,
                "%d blocks of %d days in %d pairs, each pair in random order",
                d.units(),
                d.unitDays(),
                d.units() / 2)
            : String.format(
                Locale.ROOT,
                "day by day, %d of %d days the approach, in random order with no run of one"
                    + " condition longer than %d days",
                d.approachUnits(),
                d.units(),
                d.maxRun());
    String seed = plan.seed().isPresent() ? " (seed " + plan.seed().getAsLong() + ")" : "";
    return how + seed + ", " + plan.start() + " to " + plan.end() + " (" + d.days() + " days)";
  }

  /** How carryover is handled, in one sentence. */
  public static String washout(PlanDesign d) {
    if (d.washoutDays() == 0) {
      return "no washout: every day counts from the day a condition starts";
    }
    return String.format(
        Locale.ROOT,
        "washout: the first %d day%s of the first block and of each block that changes condition"
            + " are kept out of the comparison, for the last condition to wear off",
        d.washoutDays(),
        d.washoutDays() == 1 ? "" : "s");
  }

  /** The number of schedules and the smallest p-value, in one sentence. */
  public static String reach(PlanDesign d) {
    double n = d.schedules();
    String count =
        n < 1e9 ? String.format(Locale.ROOT, "%,.0f", n) : String.format(Locale.ROOT, "%.2g", n);
    return String.format(
        Locale.ROOT,
        "%s possible schedules; the smallest p-value this design can reach is %s (two-sided)",
        count,
        d.smallestPValue() < 0.0001
            ? "below 0.0001"
            : String.format(Locale.ROOT, "%.4f", d.smallestPValue()));
  }

  /**
   * The plan as a calendar, a week a line from Monday: {@code A} the approach, {@code -} none (or
   * {@code B} the other approach), lower case ({@code ~} for none) on washout days.
   */
  public static String calendar(Plan plan) {
    StringBuilder b = new StringBuilder();
    b.append("            Mon Tue Wed Thu Fri Sat Sun\n");
    List<Plan.PlanDay> days = plan.days();
    LocalDate monday = plan.start().with(DayOfWeek.MONDAY);
    int i = 0;
    for (LocalDate week = monday; !week.isAfter(plan.end()); week = week.plusWeeks(1)) {
      b.append(week).append(' ');
      for (int d = 0; d < 7; d++) {
        LocalDate day = week.plusDays(d);
        String cell = " ";
        if (!day.isBefore(plan.start()) && !day.isAfter(plan.end())) {
          cell = symbol(plan, days.get(i++));
        }
        b.append("   ").append(cell);
      }
      b.setLength(b.length() - (b.charAt(b.length() - 1) == ' ' ? 1 : 0));
      b.append('\n');
    }
    b.append("  A = ").append(plan.approach());
    b.append(plan.versus().isEmpty() ? ", - = no approach" : ", B = " + plan.versus());
    if (plan.design().washoutDays() > 0) {
      b.append("; a washout day is lower case")
          .append(plan.versus().isEmpty() ? " (~ for none)" : "");
    }
    return b.append('\n').toString();
  }

  private static String symbol(Plan plan, Plan.PlanDay d) {
    if (d.isApproach()) {
      return d.washout() ? "a" : "A";
    }
    if (plan.versus().isEmpty()) {
      return d.washout() ? "~" : "-";
    }
    return d.washout() ? "b" : "B";
  }

  /** The whole plan for the terminal: what, how, the calendar, and what it can show. */
  public static String of(Plan plan) {
    return "Plan: "
        + conditions(plan)
        + "\n  "
        + design(plan)
        + "\n  "
        + washout(plan.design())
        + "\n\n"
        + calendar(plan)
        + "\n"
        + reach(plan.design())
        + ".\n";
  }

  /** The power of the plan against the person's own noise, in two sentences. */
  public static String power(PlanPower p, String source, String outcome, PlanDesign design) {
    String unit = design.kind() == PlanDesign.Kind.PAIRS ? " blocks" : " days";
    String s =
        String.format(
            Locale.ROOT,
            "With the day-to-day noise of %s (%d days of %s: day-to-day correlation %.2f, SD %.2f"
                + " points around each period's mean), this plan finds a %s-point change (p <="
                + " 0.05) in %.0f%% of %d simulated trials (seed %d).",
            source,
            p.noise().days(),
            outcome,
            p.noise().phi(),
            p.noise().sd(),
            number(p.effect()),
            100 * p.power(),
            p.trials(),
            p.seed());
    if (p.suggestedUnits().isPresent()) {
      s +=
          String.format(
              Locale.ROOT,
              " 80%% needs about %d%s (%.0f%% simulated).",
              p.suggestedUnits().getAsInt(),
              unit,
              100 * p.suggestedPower());
    } else {
      s +=
          String.format(
              Locale.ROOT,
              " Even %d days would not reach 80%% (%.0f%% simulated): a change this size is"
                  + " hard to tell from this noise.",
              PlanDesign.MAX_DAYS,
              100 * p.suggestedPower());
    }
    return s + "\n";
  }

  private static String number(double x) {
    return x == Math.rint(x)
        ? String.format(Locale.ROOT, "%.0f", x)
        : String.format(Locale.ROOT, "%.1f", x);
  }

  /** How days are analysed, in one sentence. */
  public static final String ANALYSED_AS_PLANNED =
      "each day is analysed under its planned condition (intention to treat), as the"
          + " randomization test requires, whatever was done that day; days without an entry or"
          + " an outcome are left out";

  /** The most days off plan named in a sentence; the JSON report lists them all. */
  private static final int NAMED = 10;

  private static String condition(String name) {
    return name.isEmpty() ? "none" : name;
  }

  /** How the diary followed the plan, in one or two sentences. */
  public static String followed(org.painstats.plan.PlanCheck c, String outcome) {
    int days = c.plan().design().days();
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Followed: %d of the %d planned days have an entry, %d with %s",
                c.diaryDays(),
                days,
                c.outcomeDays(),
                outcome));
    if (c.outsideDays() > 0) {
      s.append(
          String.format(
              Locale.ROOT,
              " (%d day%s of the diary fall%s outside the plan)",
              c.outsideDays(),
              c.outsideDays() == 1 ? "" : "s",
              c.outsideDays() == 1 ? "s" : ""));
    }
    List<org.painstats.plan.PlanCheck.OffPlanDay> off = c.offPlan();
    if (off.isEmpty()) {
      s.append("; every day with an entry followed the plan.");
    } else {
      s.append(String.format(Locale.ROOT, "; %d did not follow the plan: ", off.size()));
      for (int i = 0; i < Math.min(NAMED, off.size()); i++) {
        var o = off.get(i);
        s.append(i == 0 ? "" : ", ")
            .append(o.date())
            .append(" (planned ")
            .append(condition(o.planned()))
            .append(", recorded ")
            .append(condition(o.recorded()))
            .append(')');
      }
      if (off.size() > NAMED) {
        s.append(String.format(Locale.ROOT, " and %d more", off.size() - NAMED));
      }
      s.append('.');
    }
    c.shift()
        .ifPresent(
            sh ->
                s.append(
                    String.format(
                        Locale.ROOT,
                        " From %s the diary follows the plan %d day%s %s (on %d of %d days with"
                            + " an entry): a start date off by %s, or a study day that spanned"
                            + " two dates? Each day still counts under the condition planned for"
                            + " its date.",
                        sh.from(),
                        Math.abs(sh.days()),
                        Math.abs(sh.days()) == 1 ? "" : "s",
                        sh.days() > 0 ? "late" : "early",
                        sh.matched(),
                        sh.compared(),
                        Math.abs(sh.days()) == 1 ? "a day" : Math.abs(sh.days()) + " days")));
    if (c.namesFromDiary()) {
      s.append(" The schedule names no approach: \"")
          .append(c.plan().approach())
          .append("\" and \"")
          .append(condition(c.plan().versus()))
          .append("\" are what the diary recorded most on its days of each kind.");
    }
    return s.toString();
  }

  /** The randomization test in one sentence. */
  public static String test(org.painstats.plan.PlanCheck c, String outcome) {
    org.painstats.plan.RandomizationResult t = c.test();
    if (Double.isNaN(t.statistic())) {
      return "Randomization test: not possible yet, it needs days with "
          + outcome
          + " under both conditions.";
    }
    String other = c.plan().versus().isEmpty() ? "other" : c.plan().versus();
    String how =
        t.exact()
            ? String.format(
                Locale.ROOT, "exact over all %d schedules the design allows", t.permutations())
            : String.format(
                Locale.ROOT,
                "from %,d of the design's schedules drawn at random (seed %d)",
                t.permutations(),
                t.seed().orElse(0));
    return String.format(
        Locale.ROOT,
        "Randomization test: %s averaged %.2f on %d days of %s and %.2f on %d %s days, a"
            + " difference of %+.2f; p = %s, %s (two-sided%s).",
        outcome,
        t.approachMean(),
        t.approachDays(),
        c.plan().approach(),
        t.otherMean(),
        t.otherDays(),
        other,
        t.statistic(),
        t.pValue() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.4f", t.pValue()),
        how,
        t.washoutDays() == 0 ? "" : "; the " + t.washoutDays() + " washout days left out");
  }
}
