package org.painstats.stats;

/**
 * The design the weekday and season tests share, over the days present (rows, by calendar day): an
 * intercept, a centred linear drift, {@code terms} slow half-cosines over the span, and six weekday
 * effects coded to sum to zero (Sunday is minus the others); then {@code extra} columns left at
 * zero for the caller's own terms.
 */
final class DriftDesign {
  private DriftDesign() {}

  /** The columns before the caller's own: 2 + terms + 6. */
  static int columns(int terms) {
    return 2 + terms + 6;
  }

  /**
   * The design matrix, one row per present day.
   *
   * @param firstWeekday weekday of day 0, 0 = Monday .. 6 = Sunday
   */
  static double[][] of(int[] rows, int firstWeekday, int terms, int extra) {
    int n = rows.length;
    int span = rows[n - 1] - rows[0] + 1;
    double[][] design = new double[n][columns(terms) + extra];
    for (int i = 0; i < n; i++) {
      double day = rows[i] - rows[0];
      design[i][0] = 1;
      design[i][1] = (day - (span - 1) / 2.0) / span;
      for (int j = 1; j <= terms; j++) {
        design[i][1 + j] = Math.cos(Math.PI * j * (day + 0.5) / span);
      }
      int d = (firstWeekday + rows[i]) % 7;
      for (int c = 0; c < 6; c++) {
        design[i][2 + terms + c] = d == c ? 1 : d == 6 ? -1 : 0;
      }
    }
    return design;
  }
}
