package org.painstats.sample;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The approaches the sample diarist tries, one after another with gaps of about a week, on the same
 * calendar dates every year; and the flare that comes just before the acupressure mat.
 *
 * <p>Baseline (no approach) runs from 1 January to 9 February; see {@code sample-data/README.md}.
 */
final class ApproachCalendar {
  static final String SARNO = "Healing Back Pain (Sarno)";
  static final String FOUNDATION = "Foundation Training";
  static final String FELDENKRAIS = "Feldenkrais lessons";
  static final String MCKENZIE = "McKenzie exercises";
  static final String ACUPRESSURE = "Acupressure mat";
  static final String STRETCHING = "Stretching routine";

  /** Days of flare just before the acupressure mat starts: people start something in a flare. */
  static final int FLARE_DAYS = 4;

  /** One approach, from its first to its last day inclusive. */
  record Period(String name, MonthDay first, MonthDay last) {
    boolean contains(MonthDay d) {
      return !d.isBefore(first) && !d.isAfter(last);
    }
  }

  /** In order; the gaps between them are 7, 7, 8, 8 and 7 days. */
  static final List<Period> PERIODS =
      List.of(
          new Period(SARNO, MonthDay.of(2, 10), MonthDay.of(3, 16)), // 5 weeks
          new Period(FOUNDATION, MonthDay.of(3, 24), MonthDay.of(4, 27)), // 5 weeks
          new Period(FELDENKRAIS, MonthDay.of(5, 5), MonthDay.of(6, 8)), // 5 weeks
          new Period(MCKENZIE, MonthDay.of(6, 17), MonthDay.of(8, 11)), // 8 weeks
          new Period(ACUPRESSURE, MonthDay.of(8, 20), MonthDay.of(9, 30)), // 6 weeks
          new Period(STRETCHING, MonthDay.of(10, 8), MonthDay.of(12, 31))); // to year end

  private ApproachCalendar() {}

  /** The approach tried on a date, the empty string when none. */
  static String approach(LocalDate date) {
    MonthDay d = MonthDay.from(date);
    for (Period p : PERIODS) {
      if (p.contains(d)) {
        return p.name();
      }
    }
    return "";
  }

  /** Whether the date is the first day of an approach. */
  static boolean starts(LocalDate date) {
    MonthDay d = MonthDay.from(date);
    return PERIODS.stream().anyMatch(p -> p.first().equals(d));
  }

  /** Whether the date is one of the {@link #FLARE_DAYS} days just before the acupressure mat. */
  static boolean inFlare(LocalDate date) {
    LocalDate start = period(ACUPRESSURE).first().atYear(date.getYear());
    return date.isBefore(start) && !date.isBefore(start.minusDays(FLARE_DAYS));
  }

  private static Period period(String name) {
    return PERIODS.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
