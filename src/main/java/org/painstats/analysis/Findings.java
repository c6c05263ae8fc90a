package org.painstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plain sentences a report opens with, strongest first, each with its numbers and caveats. */
final class Findings {
  private Findings() {}

  static List<String> of(
      String outcome,
      int outcomeDays,
      TrendResult trend,
      List<FactorResult> strongest,
      List<ActivityResult> activities,
      List<ApproachResult> approaches,
      List<AdjustedFactor> adjusted) {
    List<String> out = new ArrayList<>();
    if (outcomeDays < Report.MIN_DAYS) {
      out.add(
          "Not enough data to say: "
              + outcome
              + " was recorded on "
              + outcomeDays
              + " days, and at"
              + " least "
              + Report.MIN_DAYS
              + " are needed for any of these statistics.");
      return out;
    }
    record Ranked(double strength, String sentence) {}
    List<Ranked> ranked = new ArrayList<>();
    for (ApproachResult a : approaches) {
      if (a.significant() || a.clinicallyMeaningful() && !Double.isNaN(a.pValue())) {
        String s = a.summary();
        if (!a.caveats().isEmpty()) {
          s += " Caveat: " + String.join(" ", a.caveats().stream().map(Caveat::text).toList());
        }
        ranked.add(new Ranked(a.significant() ? 2 + (1 - a.pValue()) : 0.5, s));
      }
    }
    for (FactorResult f : strongest) {
      if (f.significant()) {
        String s = f.summary();
        Optional<AdjustedFactor> adj =
            adjusted.stream().filter(a -> a.factor().equals(f.factor())).findFirst();
        if (adj.isPresent() && adj.get().pValue() >= 0.05) {
          s += " Given the other factors, though, it adds little of its own: it moves with them.";
        }
        ranked.add(new Ranked(1 + Math.abs(f.spearmanTested()), s));
      }
    }
    for (ActivityResult a : activities) {
      if (a.significant()) {
        ranked.add(
            new Ranked(1 + Math.min(0.99, Math.abs(a.differenceTested()) / 10), a.summary()));
      }
    }
    ranked.sort(Comparator.comparingDouble(Ranked::strength).reversed());
    ranked.forEach(r -> out.add(r.sentence()));
    if (out.isEmpty()) {
      out.add(
          "Nothing in this diary tracks with "
              + outcome
              + " clearly enough to rule out chance,"
              + " once day-to-day carry-over and the number of comparisons are accounted for.");
    }
    if (trend.pValue() < 0.05) {
      out.add(trend.summary());
    }
    return out;
  }
}
