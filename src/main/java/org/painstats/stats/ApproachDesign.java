package org.painstats.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a diary's approach labels, the days the washout leaves out, and which approach runs
 * follow another approach with no day without one between (where an earlier effect may linger).
 */
final class ApproachDesign {
  final List<ApproachRun> runs;
  final boolean[] washedOut;

  /**
   * carriedFrom[a] marks the days on which approach a's effect may have lasted into another
   * approach: days of the runs that follow a run of a directly, up to the next run without an
   * approach or of a.
   */
  final boolean[][] carriedFrom;

  ApproachDesign(int[] label, int approaches, int washout) {
    this.runs = runs(label);
    this.washedOut = new boolean[label.length];
    for (int r = 1; r < runs.size(); r++) {
      ApproachRun run = runs.get(r);
      for (int t = run.first(); t < Math.min(run.last() + 1, run.first() + washout); t++) {
        washedOut[t] = true;
      }
    }
    this.carriedFrom = new boolean[approaches][label.length];
    for (int r = 0; r < runs.size(); r++) {
      int a = runs.get(r).approach();
      if (a == ApproachModel.NONE) {
        continue;
      }
      for (int q = r + 1; q < runs.size(); q++) {
        ApproachRun next = runs.get(q);
        if (next.approach() == ApproachModel.NONE || next.approach() == a) {
          break;
        }
        for (int t = next.first(); t <= next.last(); t++) {
          carriedFrom[a][t] = true;
        }
      }
    }
  }

  /**
   * Runs of equal labels; days labelled {@link ApproachModel#UNKNOWN} (no entry) join the run
   * around them when the labels on both sides agree, and otherwise end the run before them.
   */
  static List<ApproachRun> runs(int[] label) {
    List<ApproachRun> out = new ArrayList<>();
    int start = -1;
    int current = ApproachModel.UNKNOWN;
    int lastKnown = -1;
    for (int t = 0; t < label.length; t++) {
      int l = label[t];
      if (l == ApproachModel.UNKNOWN) {
        continue;
      }
      if (l != current) {
        if (start >= 0) {
          out.add(new ApproachRun(current, start, lastKnown));
        }
        start = t;
        current = l;
      }
      lastKnown = t;
    }
    if (start >= 0) {
      out.add(new ApproachRun(current, start, lastKnown));
    }
    return out;
  }
}
