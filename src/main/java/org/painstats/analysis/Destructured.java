package org.painstats.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.painstats.stats.CalendarStructure;
import org.painstats.stats.LinkTest;

/**
 * A diary's calendar structure (weekday means, slow drift, the season, approach periods) and the
 * outcome with it removed, with the outcome's AR(1) error model: what every link test of a report
 * shares, computed once. See {@link CalendarStructure} and {@link org.painstats.stats.LinkTest}.
 */
final class Destructured {
  private final CalendarStructure structure;
  private final DiaryCalendar cal;
  private final double[] outcome;
  private final int columns;
  private final double rho;
  private final LinkTest.Outcome links;
  private final List<Removed> removed;
  private final Map<String, double[]> residuals = new HashMap<>();

  private Destructured(DiaryCalendar cal, String outcome) {
    this.cal = cal;
    int days = cal.length();
    int firstWeekday = days == 0 ? 0 : cal.date(0).getDayOfWeek().ordinal();
    this.structure =
        CalendarStructure.of(days, firstWeekday, cal.hasApproaches() ? cal.periods() : null);
    double[] y = cal.series(outcome);
    this.outcome = structure.residuals(y);
    this.columns = structure.rank(y);
    this.rho = structure.errorRho(y);
    this.links = LinkTest.outcome(this.outcome, columns, rho);
    List<Removed> r = new ArrayList<>();
    if (cal.hasApproaches()) {
      r.add(Removed.APPROACH_PERIODS);
    }
    if (structure.names().contains("weekday 1")) {
      r.add(Removed.WEEKDAYS);
    }
    if (structure.names().contains("linear")) {
      r.add(Removed.DRIFT);
    }
    if (structure.names().contains("annual sin 1")) {
      r.add(Removed.SEASON);
    }
    this.removed = List.copyOf(r);
  }

  static Destructured of(DiaryCalendar cal, String outcome) {
    return new Destructured(cal, outcome);
  }

  /** The outcome less its calendar structure, by calendar day. */
  double[] outcome() {
    return outcome;
  }

  /** A column less its calendar structure, by calendar day (computed once per column). */
  double[] residuals(String column) {
    return residuals.computeIfAbsent(column, c -> structure.residuals(cal.series(c)));
  }

  /** The structure's columns identified on the outcome's days. */
  int columns() {
    return columns;
  }

  /** The outcome's AR(1) error coefficient per day, by REML with its structure. */
  double rho() {
    return rho;
  }

  /** The link tests of a factor or activity (its residuals, lagged) against the outcome. */
  LinkTest.Outcome links() {
    return links;
  }

  /** What was removed, in order. */
  List<Removed> removed() {
    return removed;
  }
}
