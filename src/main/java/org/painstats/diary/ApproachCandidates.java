package org.painstats.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Activities that look like an approach tried for a while: present on at least three days in four
 * over a stretch of two weeks or more, and absent on most days outside it (a daily habit is not a
 * period). Suggested by {@code import}, to be named as approach tags.
 *
 * @param activity the activity's name
 * @param from the first day of the stretch
 * @param to the last day of the stretch
 * @param share the share of the stretch's calendar days carrying the activity
 */
public record ApproachCandidates(String activity, LocalDate from, LocalDate to, double share) {
  private static final int MIN_DAYS = 14;
  private static final double MIN_SHARE = 0.75;
  private static final int MAX_BREAK = 3;

  /** The candidates of a diary, the longest stretch of each activity, in column order. */
  public static List<ApproachCandidates> of(Diary diary) {
    List<ApproachCandidates> out = new ArrayList<>();
    List<LocalDate> dates = diary.dates();
    for (String a : diary.activities()) {
      double[] v = diary.values(a);
      int total = 0;
      for (double x : v) {
        total += x == 1 ? 1 : 0;
      }
      LocalDate bestFrom = null;
      LocalDate bestTo = null;
      int bestOn = 0;
      LocalDate from = null;
      LocalDate last = null;
      int on = 0;
      for (int i = 0; i <= v.length; i++) {
        boolean present = i < v.length && v[i] == 1;
        boolean broken =
            i == v.length
                || (present
                    && last != null
                    && java.time.temporal.ChronoUnit.DAYS.between(last, dates.get(i)) > MAX_BREAK);
        if ((broken || i == v.length) && from != null) {
          if (bestFrom == null
              || java.time.temporal.ChronoUnit.DAYS.between(from, last)
                  > java.time.temporal.ChronoUnit.DAYS.between(bestFrom, bestTo)) {
            bestFrom = from;
            bestTo = last;
            bestOn = on;
          }
          from = null;
          on = 0;
        }
        if (present) {
          from = from == null ? dates.get(i) : from;
          last = dates.get(i);
          on++;
        }
      }
      if (bestFrom == null) {
        continue;
      }
      long span = java.time.temporal.ChronoUnit.DAYS.between(bestFrom, bestTo) + 1;
      double share = bestOn / (double) span;
      if (span >= MIN_DAYS && share >= MIN_SHARE && total - bestOn <= (v.length - span) / 4) {
        out.add(new ApproachCandidates(a, bestFrom, bestTo, share));
      }
    }
    return out;
  }
}
