package org.painstats.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.painstats.diary.Diary;
import org.painstats.diary.Spaces;

/**
 * A diary held against the plan it was meant to follow, reported as the CENT 2015 guideline asks of
 * an N-of-1 trial: the plan, the sequence actually followed (days that did not follow it are
 * named), the mean outcome of each period, how carryover was handled (the washout), and the
 * randomization test of the planned approach.
 *
 * @param plan the plan, its conditions named
 * @param namesFromDiary whether the names were taken from the diary (a schedule without names)
 * @param diaryDays days of the plan with an entry in the diary
 * @param outcomeDays days of the plan with an outcome
 * @param outsideDays days of the diary before or after the plan (not part of the test)
 * @param offPlan days with an entry whose approach was not the planned one, in order
 * @param periods each block (or, day by day, each run of one condition), in order
 * @param test the randomization test, days analysed as planned
 * @param shift where the diary follows the plan a few days early or late, if it does
 */
public record PlanCheck(
    Plan plan,
    boolean namesFromDiary,
    int diaryDays,
    int outcomeDays,
    int outsideDays,
    List<OffPlanDay> offPlan,
    List<Period> periods,
    RandomizationResult test,
    java.util.Optional<Shift> shift) {

  /** The seed of the Monte Carlo p-value when a design allows too many schedules to list. */
  public static final long SEED = 1;

  public PlanCheck {
    offPlan = List.copyOf(offPlan);
    periods = List.copyOf(periods);
  }

  /** The fewest days off plan, and days after them, to look for a shift. */
  private static final int MIN_SHIFTED = 5;

  /** The largest shift looked for, in days either way. */
  private static final int MAX_SHIFT = 3;

  /**
   * The diary following the plan shifted in time from some day on: a start date off by a day, or a
   * study day that spanned two dates. Said, not corrected: the test keeps the planned dates.
   *
   * @param from the first day off plan from which the diary follows the shifted plan
   * @param days the shift: positive when the diary does each planned condition that many days late
   * @param matched days from {@code from} on whose recorded approach is the shifted plan's
   * @param compared days from {@code from} on with an entry, compared
   */
  public record Shift(LocalDate from, int days, int matched, int compared) {}

  /**
   * A day the diary did not follow the plan.
   *
   * @param date the day
   * @param planned the planned condition (empty: none)
   * @param recorded the approach the diary records (empty: none)
   */
  public record OffPlanDay(LocalDate date, String planned, String recorded) {}

  /**
   * A period of the plan.
   *
   * @param block the number of its first block
   * @param firstDate its first day
   * @param lastDate its last day
   * @param condition the planned condition (empty: none)
   * @param isApproach whether it is the approach
   * @param days days analysed (with an outcome, washout left out)
   * @param washoutDays days left out as washout
   * @param mean the mean outcome over the days analysed (NaN without one)
   */
  public record Period(
      int block,
      LocalDate firstDate,
      LocalDate lastDate,
      String condition,
      boolean isApproach,
      int days,
      int washoutDays,
      double mean) {}

  /**
   * Holds a diary against a plan. A plan without names (nof1kit's schedule) takes them from the
   * diary: the approach most recorded on its approach days, and the one most recorded on its other
   * days when most of them record one (none otherwise).
   */
  public static PlanCheck of(Diary diary, Plan plan) {
    Map<LocalDate, Integer> index = new HashMap<>();
    List<LocalDate> dates = diary.dates();
    for (int i = 0; i < dates.size(); i++) {
      index.put(dates.get(i), i);
    }
    double[] outcome = diary.outcomeValues();
    List<String> recorded = diary.approachByDay();
    List<Plan.PlanDay> days = plan.days();
    boolean unnamed = plan.approach().isEmpty();
    if (unnamed) {
      plan = plan.withNames(mostRecorded(days, index, recorded, true, false), "");
      String versus = mostRecorded(days, index, recorded, false, true);
      plan = plan.withNames(plan.approach(), versus.equals(plan.approach()) ? "" : versus);
      days = plan.days();
    }
    double[] y = new double[days.size()];
    List<OffPlanDay> off = new ArrayList<>();
    int withEntry = 0;
    int withOutcome = 0;
    for (int i = 0; i < days.size(); i++) {
      Plan.PlanDay d = days.get(i);
      Integer row = index.get(d.date());
      y[i] = row == null ? Double.NaN : outcome[row];
      if (row == null) {
        continue;
      }
      withEntry++;
      withOutcome += Double.isNaN(y[i]) ? 0 : 1;
      String r = recorded.get(row);
      if (!key(r).equals(key(d.condition()))) {
        off.add(new OffPlanDay(d.date(), d.condition(), r));
      }
    }
    int outside = 0;
    for (LocalDate d : dates) {
      outside += d.isBefore(plan.start()) || d.isAfter(plan.end()) ? 1 : 0;
    }
    RandomizationResult test = RandomizationTest.of(plan, y, RandomizationTest.MONTE_CARLO, SEED);
    return new PlanCheck(
        plan,
        unnamed,
        withEntry,
        withOutcome,
        outside,
        off,
        periods(plan, days, y),
        test,
        shift(days, index, recorded, off));
  }

  /**
   * The shift of at most {@value #MAX_SHIFT} days that makes the diary follow the plan on at least
   * 90% of the days from the first day off plan on, when there are at least {@value #MIN_SHIFTED}
   * days off plan.
   */
  private static java.util.Optional<Shift> shift(
      List<Plan.PlanDay> days,
      Map<LocalDate, Integer> index,
      List<String> recorded,
      List<OffPlanDay> off) {
    if (off.size() < MIN_SHIFTED) {
      return java.util.Optional.empty();
    }
    LocalDate from = off.get(0).date();
    int first = (int) java.time.temporal.ChronoUnit.DAYS.between(days.get(0).date(), from);
    Shift best = null;
    for (int k = -MAX_SHIFT; k <= MAX_SHIFT; k++) {
      int matched = 0;
      int compared = 0;
      for (int i = first; i < days.size(); i++) {
        Integer row = index.get(days.get(i).date());
        if (row == null || i - k < 0 || i - k >= days.size()) {
          continue;
        }
        compared++;
        matched += key(recorded.get(row)).equals(key(days.get(i - k).condition())) ? 1 : 0;
      }
      if (compared >= MIN_SHIFTED
          && (best == null
              || (long) matched * best.compared() > (long) best.matched() * compared)) {
        best = new Shift(from, k, matched, compared);
      }
    }
    if (best == null || best.days() == 0 || best.matched() < 0.9 * best.compared()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(best);
  }

  /** Blocks of a plan in pairs; runs of one condition day by day. */
  private static List<Period> periods(Plan plan, List<Plan.PlanDay> days, double[] y) {
    List<Period> out = new ArrayList<>();
    boolean byBlock = plan.design().kind() == PlanDesign.Kind.PAIRS;
    int i = 0;
    while (i < days.size()) {
      Plan.PlanDay first = days.get(i);
      int j = i;
      double sum = 0;
      int n = 0;
      int cut = 0;
      while (j < days.size()
          && (byBlock
              ? days.get(j).block() == first.block()
              : days.get(j).isApproach() == first.isApproach())) {
        if (days.get(j).washout()) {
          cut++;
        } else if (!Double.isNaN(y[j])) {
          sum += y[j];
          n++;
        }
        j++;
      }
      out.add(
          new Period(
              first.block(),
              first.date(),
              days.get(j - 1).date(),
              first.condition(),
              first.isApproach(),
              n,
              cut,
              n == 0 ? Double.NaN : sum / n));
      i = j;
    }
    return out;
  }

  /**
   * The approach recorded most often on the plan's approach (or other) days, the first recorded on
   * a tie; when {@code majority}, only if it is recorded on most of those days with an entry.
   */
  private static String mostRecorded(
      List<Plan.PlanDay> days,
      Map<LocalDate, Integer> index,
      List<String> recorded,
      boolean approachDays,
      boolean majority) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int entries = 0;
    for (Plan.PlanDay d : days) {
      Integer row = index.get(d.date());
      if (row == null || d.isApproach() != approachDays) {
        continue;
      }
      entries++;
      String r = recorded.get(row);
      if (!r.isEmpty()) {
        counts.merge(r, 1, Integer::sum);
      }
    }
    String best = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    if (best.isEmpty() && approachDays) {
      return "the approach";
    }
    return majority && most * 2 <= entries ? "" : best;
  }

  /** Whether {@code approach} (as the diary names it) is the plan's approach. */
  public boolean isPlanned(String approach) {
    return key(approach).equals(key(plan.approach()));
  }

  /** Whether {@code approach} is one of the plan's two conditions (the approach or its versus). */
  public boolean compares(String approach) {
    return isPlanned(approach)
        || (!plan.versus().isEmpty() && key(approach).equals(key(plan.versus())));
  }

  /** Names as the diary compares approaches: case and runs of spaces aside. */
  private static String key(String name) {
    return Spaces.collapse(name.strip()).toLowerCase(Locale.ROOT);
  }
}
