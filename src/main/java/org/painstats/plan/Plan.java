package org.painstats.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * A randomized plan: which days to try the approach and which days not (or which days to try
 * another), drawn from a {@link PlanDesign}, from a start date.
 *
 * <pre>{@code
 * Plan plan = Plan.draw("McKenzie exercises", "", PlanDesign.pairs(7, 16, 2),
 *     LocalDate.of(2027, 1, 4), 4711);
 * plan.days().forEach(System.out::println);
 * }</pre>
 *
 * @param approach the approach tried (empty only for a schedule read without names, until {@link
 *     #withNames} gives them)
 * @param versus what it is compared with: another approach, or the empty string for none
 * @param design the design the schedule was drawn from
 * @param start the date of the plan's first day
 * @param schedule per block (or day), whether it is the approach
 * @param seed the seed it was drawn with, when drawn here
 */
public record Plan(
    String approach,
    String versus,
    PlanDesign design,
    LocalDate start,
    boolean[] schedule,
    OptionalLong seed) {

  /**
   * @throws IllegalArgumentException if the schedule is not one the design can produce, or the
   *     approach and what it is compared with have the same name
   */
  public Plan {
    schedule = schedule.clone();
    if (!design.allows(schedule)) {
      throw new IllegalArgumentException("schedule: not one the design " + design + " can produce");
    }
    if (!approach.isEmpty() && approach.equals(versus)) {
      throw new IllegalArgumentException(
          "versus: \"" + versus + "\" is the approach itself; name another, or none");
    }
  }

  /**
   * Draws a schedule from the design with a seed: the same seed, the same plan, on every machine.
   *
   * @param approach the approach to try
   * @param versus the approach it is compared with, or the empty string for none
   */
  public static Plan draw(
      String approach, String versus, PlanDesign design, LocalDate start, long seed) {
    if (approach.isBlank()) {
      throw new IllegalArgumentException("approach: give the approach's name");
    }
    boolean[] s = design.draw(new SplittableRandom(seed));
    return new Plan(approach.strip(), versus.strip(), design, start, s, OptionalLong.of(seed));
  }

  @Override
  public boolean[] schedule() {
    return schedule.clone();
  }

  /** This plan with the names of its two conditions. */
  public Plan withNames(String approach, String versus) {
    return new Plan(approach, versus, design, start, schedule, seed);
  }

  /** The plan's last day. */
  public LocalDate end() {
    return start.plusDays(design.days() - 1L);
  }

  /** The condition planned for a block: the approach, or what it is compared with. */
  String condition(boolean approachBlock) {
    return approachBlock ? approach : versus;
  }

  /** Every day of the plan, in order, with its block, condition and washout. */
  public List<PlanDay> days() {
    List<PlanDay> out = new ArrayList<>();
    int n = design.unitDays();
    for (int u = 0; u < design.units(); u++) {
      for (int d = 0; d < n; d++) {
        out.add(
            new PlanDay(
                start.plusDays((long) u * n + d),
                u + 1,
                schedule[u],
                condition(schedule[u]),
                design.washout(schedule, u, d)));
      }
    }
    return out;
  }

  /** One day of a plan. */
  public record PlanDay(
      LocalDate date, int block, boolean isApproach, String condition, boolean washout) {}

  @Override
  public boolean equals(Object o) {
    return o instanceof Plan p
        && approach.equals(p.approach)
        && versus.equals(p.versus)
        && design.equals(p.design)
        && start.equals(p.start)
        && java.util.Arrays.equals(schedule, p.schedule)
        && seed.equals(p.seed);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(approach, versus, design, start, seed)
        + 31 * java.util.Arrays.hashCode(schedule);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (boolean b : schedule) {
      s.append(b ? 'A' : 'B');
    }
    return "Plan["
        + approach
        + " vs "
        + (versus.isEmpty() ? "none" : versus)
        + ", "
        + design.kind()
        + " "
        + design.units()
        + "x"
        + design.unitDays()
        + " from "
        + start
        + ": "
        + s
        + "]";
  }
}
