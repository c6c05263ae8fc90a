package org.painstats.diary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a diary covers its calendar: the share of days from its first to its last with an entry,
 * and the gaps of at least {@link #LONG_GAP} days without one (a holiday, a lost phone), across
 * which no trend line should be drawn and no lag paired.
 *
 * @param share days with an entry over calendar days from the first to the last entry (1 for a
 *     diary of one day, NaN for an empty one)
 * @param gaps the runs of {@link #LONG_GAP} or more days without an entry, in date order
 */
public record Coverage(double share, List<Gap> gaps) {
  /** A gap this long or longer is said in the report. */
  public static final int LONG_GAP = 14;

  /**
   * A run of days without an entry.
   *
   * @param from the first day without an entry
   * @param to the last day without an entry
   * @param days how many days, {@code to - from + 1}
   */
  public record Gap(LocalDate from, LocalDate to, int days) {}

  public Coverage {
    gaps = List.copyOf(gaps);
  }

  /** The coverage of a diary's dates. */
  public static Coverage of(Diary diary) {
    List<LocalDate> dates = diary.dates();
    if (dates.isEmpty()) {
      return new Coverage(Double.NaN, List.of());
    }
    long span = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) + 1;
    List<Gap> gaps = new ArrayList<>();
    for (int i = 1; i < dates.size(); i++) {
      long missing = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)) - 1;
      if (missing >= LONG_GAP) {
        gaps.add(new Gap(dates.get(i - 1).plusDays(1), dates.get(i).minusDays(1), (int) missing));
      }
    }
    return new Coverage(dates.size() / (double) span, gaps);
  }
}
