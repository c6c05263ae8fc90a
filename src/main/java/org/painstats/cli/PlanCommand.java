package org.painstats.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.plan.Plan;
import org.painstats.plan.PlanDesign;
import org.painstats.plan.PlanFiles;
import org.painstats.plan.PlanNoise;
import org.painstats.plan.PlanPower;
import org.painstats.report.PlanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code painstats plan}: a randomized schedule for a fair trial of an approach. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Plan a fair trial of an approach: switch between it and its absence (or another approach)",
      "in blocks whose order is drawn at random, so that 'report DIARY --plan plan.csv' can judge",
      "it with a randomization test, valid whatever the flares or the natural course. Prints the",
      "calendar, how many schedules the design allows and the smallest p-value it can reach."
    },
    footer = {
      "",
      "Examples:",
      "  painstats plan --approach \"McKenzie exercises\" --blocks 16 --block-days 7 \\",
      "      --washout-days 2 --start 2027-01-04 --seed 4711 -o plan.csv",
      "  painstats plan --approach melatonin --design days --days 70 --max-run 2 \\",
      "      --start 2027-01-04 --seed 20260218 -o plan.csv",
      "  painstats plan --approach walk --blocks 12 --block-days 7 --start 2027-01-04 --seed 1 \\",
      "      --diary diary.csv   (the chance of finding a meaningful change, from your own noise)"
    })
final class PlanCommand implements Callable<Integer> {
  enum Design {
    blocks,
    days
  }

  /** Simulated trials per design for --diary (power within about 3 points). */
  private static final int TRIALS = 200;

  @Option(names = "--approach", required = true, paramLabel = "NAME", description = "The approach.")
  String approach;

  @Option(
      names = "--versus",
      paramLabel = "NAME",
      description = "Compare with another approach instead of with none.")
  Optional<String> versus = Optional.empty();

  @Option(
      names = "--design",
      paramLabel = "DESIGN",
      defaultValue = "blocks",
      description =
          "blocks (default): pairs of blocks, each pair in random order; days: day by day, half"
              + " the days the approach, runs capped by --max-run.")
  Design design;

  @Option(
      names = "--block-days",
      paramLabel = "N",
      defaultValue = "7",
      description = "Days per block (default 7).")
  int blockDays;

  @Option(
      names = "--blocks",
      paramLabel = "K",
      defaultValue = "16",
      description = "Blocks, an even number: K/2 pairs (default 16).")
  int blocks;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "Days of a day-by-day plan (--design days).")
  Optional<Integer> days = Optional.empty();

  @Option(
      names = "--max-run",
      paramLabel = "R",
      defaultValue = "2",
      description = "Day by day: no more than R days in a row of one condition (default 2).")
  int maxRun;

  @Option(
      names = "--washout-days",
      paramLabel = "W",
      defaultValue = "0",
      description =
          "Leave the first W days of the first block and of each block that changes out of the"
              + " comparison (default 0).")
  int washoutDays;

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description =
          "The plan's first day, YYYY-MM-DD (default with --diary: the day after its last entry).")
  Optional<LocalDate> start = Optional.empty();

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "Any whole number; write it down: the same seed draws the same plan, so it can be shown"
              + " the schedule was not chosen (default: one made from the approach and the start"
              + " date, printed with the plan).")
  Optional<Long> seed = Optional.empty();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the plan as CSV (date,approach,washout,block) to FILE.")
  Optional<Path> output = Optional.empty();

  @Option(
      names = "--diary",
      paramLabel = "DIARY",
      description =
          "Your diary so far: simulate this plan with its day-to-day noise and say the chance of"
              + " finding a meaningful change (2 points on 0-10), and the blocks needed for 80%.")
  Optional<Path> diary = Optional.empty();

  @Mixin ReadingOptions reading;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PlanDesign d = design();
    d.whyUntestable()
        .ifPresent(
            why -> {
              throw new UsageException(
                  why
                      + "; give more "
                      + (d.kind() == PlanDesign.Kind.PAIRS ? "--blocks (12 or more)" : "--days"));
            });
    Optional<Diary> dy = diary.map(p -> PainStats.read(p, reading.importOptions()));
    LocalDate first =
        start.orElseGet(
            () ->
                dy.flatMap(Diary::lastDate)
                    .map(x -> x.plusDays(1))
                    .orElseThrow(
                        () ->
                            new UsageException(
                                "give --start DATE, the plan's first day (or --diary DIARY: the"
                                    + " plan then starts the day after its last entry)")));
    long s = seed.orElseGet(() -> defaultSeed(approach, first));
    Plan plan;
    try {
      plan = Plan.draw(approach, versus.orElse(""), d, first, s);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--" + e.getMessage());
    }
    output.ifPresent(
        o -> {
          diary.ifPresent(in -> ReadingOptions.requireNotInput(java.util.List.of(in), output));
          Path parent = o.toAbsolutePath().getParent();
          try {
            java.nio.file.Files.createDirectories(parent);
          } catch (java.io.IOException e) {
            throw new org.painstats.io.OutputException(parent + ": cannot create the directory", e);
          }
          PlanFiles.write(plan, o);
        });
    var out = spec.commandLine().getOut();
    out.print(PlanText.of(plan));
    if (dy.isPresent()) {
      PlanNoise noise = PlanNoise.of(dy.get());
      double effect = dy.get().outcomeScale().meaningfulChange();
      PlanPower power = PlanPower.of(d, noise, effect, TRIALS, s);
      out.print("\n" + PlanText.power(power, diary.get().toString(), dy.get().outcome(), d));
    }
    out.flush();
    output.ifPresent(o -> spec.commandLine().getErr().println("painstats: plan written to " + o));
    return ExitCode.OK;
  }

  /**
   * A seed nobody chose: a hash of the approach and the start date (the same command, the same
   * plan), printed with the plan.
   */
  static long defaultSeed(String approach, LocalDate start) {
    long h = 1125899906842597L;
    for (char c : (approach.strip() + "|" + start).toCharArray()) {
      h = 31 * h + c;
    }
    return Math.floorMod(h ^ (h >>> 29), 1_000_000L);
  }

  private PlanDesign design() {
    try {
      if (design == Design.days) {
        int n =
            days.orElseThrow(
                () -> new UsageException("--design days needs --days N, the plan's length"));
        if (washoutDays > 0) {
          throw new UsageException(
              "--washout-days: a washout needs blocks of several days, not a day-by-day plan");
        }
        return PlanDesign.days(n, maxRun);
      }
      return PlanDesign.pairs(blockDays, blocks, washoutDays);
    } catch (IllegalArgumentException e) {
      // the library names its argument; the command line names the flag
      String m = e.getMessage();
      String flag =
          m.startsWith("blockDays")
              ? "--block-days" + m.substring("blockDays".length())
              : m.startsWith("washoutDays")
                  ? "--washout-days" + m.substring("washoutDays".length())
                  : m.startsWith("maxRun")
                      ? "--max-run" + m.substring("maxRun".length())
                      : m.startsWith("blocks") && design == Design.days
                          ? "--days" + m.substring("blocks".length())
                          : "--" + m;
      throw new UsageException(flag);
    }
  }
}
