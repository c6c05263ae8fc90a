package org.painstats.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A randomized design for one person's trial of an approach against its absence (or another
 * approach): the set of schedules the plan is drawn from, uniformly, and against which its
 * randomization test compares the schedule followed.
 *
 * <p>Two kinds. {@link Kind#PAIRS}: blocks of {@code unitDays} days in pairs, each pair approach
 * then the other or the other then approach, chosen at random (2^(pairs) schedules). {@link
 * Kind#DAYS}: day by day, {@code approachUnits} approach days among {@code units}, no run of the
 * same condition longer than {@code maxRun} days (nof1kit's {@code design_schedule}: balanced
 * counts, a cap on runs, drawn uniformly by counting completions).
 *
 * <p>A washout leaves out the first {@code washoutDays} days of the first block and of every block
 * whose condition differs from the one before: what a change does takes time to show, and what the
 * last block did takes time to wear off. The days left out depend on the schedule, so the
 * randomization test recomputes them for every schedule it compares.
 *
 * @param kind pairs of blocks, or day by day
 * @param unitDays days per block (1 for day by day)
 * @param units blocks (or days)
 * @param approachUnits blocks (or days) of the approach
 * @param maxRun the longest run of one condition, in units
 * @param washoutDays days left out at the start of the first block and of each change
 */
public record PlanDesign(
    Kind kind, int unitDays, int units, int approachUnits, int maxRun, int washoutDays) {

  /** The fewest schedules a design must allow: with fewer, no result can reach p = 0.05. */
  public static final int MIN_SCHEDULES = 20;

  /** The longest run of one condition a day-by-day plan may allow. */
  public static final int MAX_RUN = 14;

  /** The most days a plan may span (two years). */
  public static final int MAX_DAYS = 730;

  /** How the schedule is randomized. */
  public enum Kind {
    /** Balanced pairs of blocks, each pair in random order. */
    PAIRS,
    /** Day by day, balanced, with a cap on runs. */
    DAYS
  }

  /**
   * @throws IllegalArgumentException naming the argument when the design is impossible
   */
  public PlanDesign {
    if (unitDays < 1) {
      throw new IllegalArgumentException("blockDays: " + unitDays + "; a block has at least 1 day");
    }
    if (units < 2 || (long) units * unitDays > MAX_DAYS) {
      throw new IllegalArgumentException(
          "blocks: "
              + units
              + (units < 2
                  ? "; a plan needs at least 2"
                  : " make more than " + MAX_DAYS + " days"));
    }
    if (washoutDays < 0 || (washoutDays > 0 && washoutDays >= unitDays)) {
      throw new IllegalArgumentException(
          "washoutDays: "
              + washoutDays
              + (kind == Kind.DAYS
                  ? "; a washout needs blocks of several days, not a day-by-day plan"
                  : "; must be 0 or fewer than the " + unitDays + " days of a block"));
    }
    if (kind == Kind.PAIRS && (units % 2 != 0 || approachUnits != units / 2 || maxRun != 2)) {
      throw new IllegalArgumentException(
          "blocks: " + units + "; blocks come in pairs, give an even number");
    }
    if (kind == Kind.DAYS && (unitDays != 1 || approachUnits < 1 || approachUnits >= units)) {
      throw new IllegalArgumentException(
          "approachDays: " + approachUnits + "; needs at least one day of each condition");
    }
    if (maxRun < 1 || (kind == Kind.DAYS && maxRun > MAX_RUN)) {
      throw new IllegalArgumentException(
          "maxRun: " + maxRun + "; runs of 1 to " + MAX_RUN + " days of one condition");
    }
  }

  /**
   * Blocks of {@code blockDays} days in {@code blocks / 2} pairs, each pair in random order.
   *
   * @throws IllegalArgumentException if blocks is odd or below 2, a block has no day, the washout
   *     is a whole block, or the plan passes {@value #MAX_DAYS} days
   */
  public static PlanDesign pairs(int blockDays, int blocks, int washoutDays) {
    if (blocks % 2 != 0) {
      throw new IllegalArgumentException(
          "blocks: " + blocks + "; blocks come in pairs, give an even number");
    }
    return new PlanDesign(Kind.PAIRS, blockDays, blocks, blocks / 2, 2, washoutDays);
  }

  /**
   * Day by day over {@code days} days, half of them (rounded down) the approach, no run of one
   * condition longer than {@code maxRun} days, as nof1kit's {@code design_schedule} draws it.
   */
  public static PlanDesign days(int days, int maxRun) {
    return days(days, days / 2, maxRun);
  }

  /** Day by day with a given number of approach days. */
  public static PlanDesign days(int days, int approachDays, int maxRun) {
    PlanDesign d = new PlanDesign(Kind.DAYS, 1, days, approachDays, maxRun, 0);
    if (d.schedules() == 0) {
      throw new IllegalArgumentException(
          "maxRun: "
              + maxRun
              + "; no schedule of "
              + days
              + " days with "
              + approachDays
              + " approach days keeps every run that short");
    }
    return d;
  }

  /** The days the plan spans. */
  public int days() {
    return units * unitDays;
  }

  /** How many schedules the design can produce (exact below 2^53, a close approximation above). */
  public double schedules() {
    return kind == Kind.PAIRS ? Math.pow(2, units / 2.0) : runCounts().total();
  }

  /**
   * The smallest two-sided p-value the randomization test can give: 2 / schedules when every
   * schedule has its mirror image (the conditions swapped) in the design, which then gives the same
   * difference with the opposite sign; 1 / schedules otherwise.
   */
  public double smallestPValue() {
    boolean mirrored = approachUnits * 2 == units;
    return Math.min(1, (mirrored ? 2 : 1) / schedules());
  }

  /**
   * Why the randomization test of this design could never give p &lt;= 0.05, if so: fewer than
   * {@value #MIN_SCHEDULES} schedules, or a smallest p-value above 0.05.
   */
  public java.util.Optional<String> whyUntestable() {
    double n = schedules();
    if (n < MIN_SCHEDULES || smallestPValue() > 0.05) {
      return java.util.Optional.of(
          String.format(
              java.util.Locale.ROOT,
              "this design allows only %.0f schedules, so the smallest p-value its randomization"
                  + " test can give is %.3f: it could never show an effect at the 5%% level",
              n,
              smallestPValue()));
    }
    return java.util.Optional.empty();
  }

  /** One schedule drawn uniformly: per unit, whether it is the approach. */
  boolean[] draw(SplittableRandom rnd) {
    if (kind == Kind.PAIRS) {
      boolean[] s = new boolean[units];
      for (int p = 0; p < units / 2; p++) {
        boolean first = rnd.nextBoolean();
        s[2 * p] = first;
        s[2 * p + 1] = !first;
      }
      return s;
    }
    return runCounts().draw(rnd);
  }

  /**
   * Every schedule, when there are at most {@code limit}.
   *
   * @throws IllegalStateException if there are more
   */
  List<boolean[]> all(int limit) {
    if (schedules() > limit) {
      throw new IllegalStateException(schedules() + " schedules, more than " + limit);
    }
    List<boolean[]> out = new ArrayList<>();
    if (kind == Kind.PAIRS) {
      int pairs = units / 2;
      for (int mask = 0; mask < (1 << pairs); mask++) {
        boolean[] s = new boolean[units];
        for (int p = 0; p < pairs; p++) {
          boolean first = (mask >> p & 1) == 1;
          s[2 * p] = first;
          s[2 * p + 1] = !first;
        }
        out.add(s);
      }
      return out;
    }
    runCounts().enumerate(out);
    return out;
  }

  /** Whether this design can produce the schedule. */
  boolean allows(boolean[] s) {
    if (s.length != units) {
      return false;
    }
    if (kind == Kind.PAIRS) {
      for (int p = 0; p < units / 2; p++) {
        if (s[2 * p] == s[2 * p + 1]) {
          return false;
        }
      }
      return true;
    }
    int ones = 0;
    int run = 0;
    for (int i = 0; i < s.length; i++) {
      ones += s[i] ? 1 : 0;
      run = i > 0 && s[i] == s[i - 1] ? run + 1 : 1;
      if (run > maxRun) {
        return false;
      }
    }
    return ones == approachUnits;
  }

  /** Whether day {@code d} of unit {@code u} is left out as washout under schedule {@code s}. */
  boolean washout(boolean[] s, int u, int d) {
    return d < washoutDays && (u == 0 || s[u] != s[u - 1]);
  }

  private RunCounts runCounts() {
    return RunCounts.of(units, approachUnits, maxRun);
  }
}
