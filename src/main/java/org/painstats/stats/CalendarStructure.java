package org.painstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What two daily series can share on a calendar scale without any day-to-day link: a weekday
 * rhythm, a slow drift or season, the level of each approach period. Removing it from both series
 * before testing a link keeps shared structure from passing for one (two series that both dip on
 * Sundays, or both drift down over a year, correlate strongly with no link between them).
 *
 * <p>The structure is a regression design over calendar days t = 0..N-1: an intercept; six weekday
 * indicators (Monday the reference) when N &gt;= 14; a linear term and K = min(12, N/60)
 * half-cosines cos(pi k (t + 1/2) / N), k = 1..K (a discrete cosine basis: the slowest K components
 * of the series, periods of 2N/k days, so 122 days and longer in a year-long diary, which holds a
 * season's broad shape); with N &gt;= 300 also the annual pair sin and cos of 2 pi t / 365.25 (a
 * season of any phase, exactly), with N &gt; 730 its first harmonic too; and one indicator per
 * approach period after the first. {@link #residuals} removes it from a series by least squares
 * over the days the series is present. Columns that are not identified on those days (a weekday or
 * period never present) are dropped.
 *
 * <p>The number of columns is at most 1 + 6 + 1 + 12 + 4 + periods: a ten-year diary costs about 25
 * degrees of freedom out of 3650; a 180-day diary 11 out of 180.
 */
public final class CalendarStructure {
  /** Days per cosine term of the slow trend. */
  static final int DAYS_PER_TERM = 60;

  /** The most cosine terms; in long diaries seasons are the annual terms' job. */
  static final int MAX_TERMS = 12;

  private static final double RANK_TOLERANCE = 1e-9;

  private final int days;
  private final double[][] columns;
  private final List<String> names;
  private final Map<Key, Projector> projectors = new HashMap<>();

  private CalendarStructure(int days, double[][] columns, List<String> names) {
    this.days = days;
    this.columns = columns;
    this.names = List.copyOf(names);
  }

  /**
   * The structure of a diary of {@code days} calendar days.
   *
   * @param firstWeekday weekday of day 0, 0 = Monday .. 6 = Sunday
   * @param periods the period of each day (any labels; null for a day in none), or null for none
   */
  public static CalendarStructure of(int days, int firstWeekday, Object[] periods) {
    List<double[]> cols = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double[] one = new double[days];
    Arrays.fill(one, 1);
    cols.add(one);
    names.add("intercept");
    if (days >= 14) {
      for (int d = 1; d < 7; d++) {
        double[] c = new double[days];
        for (int t = 0; t < days; t++) {
          c[t] = (firstWeekday + t) % 7 == d ? 1 : 0;
        }
        cols.add(c);
        names.add("weekday " + d);
      }
    }
    if (days >= 14) {
      double[] c = new double[days];
      for (int t = 0; t < days; t++) {
        c[t] = (t - (days - 1) / 2.0) / days;
      }
      cols.add(c);
      names.add("linear");
    }
    int terms = Math.min(MAX_TERMS, days / DAYS_PER_TERM);
    for (int k = 1; k <= terms; k++) {
      double[] c = new double[days];
      for (int t = 0; t < days; t++) {
        c[t] = Math.cos(Math.PI * k * (t + 0.5) / days);
      }
      cols.add(c);
      names.add("cosine " + k);
    }
    if (days >= 300) {
      for (int h = 1; h <= (days > 730 ? 2 : 1); h++) {
        double[] s = new double[days];
        double[] c = new double[days];
        for (int t = 0; t < days; t++) {
          s[t] = Math.sin(2 * Math.PI * h * t / 365.25);
          c[t] = Math.cos(2 * Math.PI * h * t / 365.25);
        }
        cols.add(s);
        cols.add(c);
        names.add("annual sin " + h);
        names.add("annual cos " + h);
      }
    }
    if (periods != null) {
      Inputs.requireSameLength("periods", new double[periods.length], "days", one);
      Map<Object, double[]> indicators = new LinkedHashMap<>();
      for (int t = 0; t < days; t++) {
        if (periods[t] != null) {
          indicators.computeIfAbsent(periods[t], p -> new double[days])[t] = 1;
        }
      }
      boolean first = true;
      for (Map.Entry<Object, double[]> e : indicators.entrySet()) {
        if (!first) {
          cols.add(e.getValue());
          names.add("period " + e.getKey());
        }
        first = false;
      }
    }
    return new CalendarStructure(days, cols.toArray(new double[0][]), names);
  }

  /** The number of calendar days. */
  public int days() {
    return days;
  }

  /** The number of columns of the design (before dropping any not identified). */
  public int columns() {
    return columns.length;
  }

  /** The names of the columns, in order. */
  public List<String> names() {
    return names;
  }

  /**
   * The series minus its least-squares fit on the structure over the days it is present (NaN
   * elsewhere). A series present on fewer days than the identified columns plus 3 is returned as
   * all NaN: nothing would be left to test.
   *
   * @throws IllegalArgumentException if the length is not {@link #days()}
   */
  public double[] residuals(double[] y) {
    Inputs.requireSameLength("y", y, "days", new double[days]);
    boolean[] present = new boolean[days];
    for (int t = 0; t < days; t++) {
      present[t] = !Double.isNaN(y[t]);
    }
    Projector p =
        projectors.computeIfAbsent(new Key(present), k -> new Projector(columns, present));
    return p.residuals(y);
  }

  /** The number of identified columns on the days of a series (its degrees of freedom used). */
  public int rank(double[] y) {
    return projector(y).rank;
  }

  /**
   * The REML AR(1) coefficient of the errors of y regressed on the structure (rho in [0, 0.99],
   * {@link Ar1Regression}; gaps as in {@code nlme::corCAR1}): the error model of the series once
   * its calendar structure is accounted for, fitted jointly with it. 0 when it cannot be fitted.
   */
  public double errorRho(double[] y) {
    Projector p = projector(y);
    if (p.basis == null) {
      return 0;
    }
    double[] v = new double[p.rows.length];
    double[] t = new double[p.rows.length];
    double ss = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = y[p.rows[i]];
      t[i] = p.rows[i];
      ss += v[i] * v[i];
    }
    // What Ar1Regression.fit checks first: the basis has full rank; a perfect fit has no errors.
    double rss = 0;
    for (double r : p.residuals(y)) {
      rss += Double.isNaN(r) ? 0 : r * r;
    }
    return rss <= 1e-24 * ss ? 0 : Ar1Regression.rho(v, p.design(), t);
  }

  private Projector projector(double[] y) {
    Inputs.requireSameLength("y", y, "days", new double[days]);
    boolean[] present = new boolean[days];
    for (int t = 0; t < days; t++) {
      present[t] = !Double.isNaN(y[t]);
    }
    return projectors.computeIfAbsent(new Key(present), k -> new Projector(columns, present));
  }

  private record Key(boolean[] mask) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(mask, k.mask);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(mask);
    }
  }

  /**
   * Least squares on the identified columns over one set of present days, by an orthonormal basis
   * of their span: Gram-Schmidt in column order, each column orthogonalised twice against the basis
   * so far ("twice is enough", Giraud et al. 2005), and dropped when less than {@value
   * #RANK_TOLERANCE} of its length is left (a weekday or period never present, a period that is the
   * whole diary). The residuals of a series are then y - Q Q'y, an O(n k) step per series: the
   * basis is made once per set of present days and serves every series of the diary. The same basis
   * is the design of {@link #errorRho}: REML depends on the design only through its span.
   */
  private static final class Projector {
    private final int[] rows;
    private final double[][] basis;
    private final int rank;

    Projector(double[][] columns, boolean[] present) {
      int n = 0;
      for (boolean b : present) {
        n += b ? 1 : 0;
      }
      rows = new int[n];
      for (int t = 0, i = 0; t < present.length; t++) {
        if (present[t]) {
          rows[i++] = t;
        }
      }
      List<double[]> kept = new ArrayList<>();
      for (double[] column : columns) {
        double[] v = new double[n];
        double length = 0;
        for (int i = 0; i < n; i++) {
          v[i] = column[rows[i]];
          length += v[i] * v[i];
        }
        if (!(length > 0)) {
          continue;
        }
        for (int pass = 0; pass < 2; pass++) {
          for (double[] q : kept) {
            subtract(v, q, dot(v, q));
          }
        }
        double left = dot(v, v);
        if (!(left > RANK_TOLERANCE * RANK_TOLERANCE * length)) {
          continue;
        }
        double norm = Math.sqrt(left);
        for (int i = 0; i < n; i++) {
          v[i] /= norm;
        }
        kept.add(v);
      }
      this.rank = kept.size();
      this.basis = n < rank + 3 || rank == 0 ? null : kept.toArray(new double[0][]);
    }

    double[] residuals(double[] y) {
      double[] out = new double[y.length];
      Arrays.fill(out, Double.NaN);
      if (basis == null) {
        return out;
      }
      double[] v = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        v[i] = y[rows[i]];
      }
      for (double[] q : basis) {
        subtract(v, q, dot(v, q));
      }
      for (int i = 0; i < rows.length; i++) {
        out[rows[i]] = v[i];
      }
      return out;
    }

    /** The basis as design rows (n x rank), for a regression on the structure. */
    double[][] design() {
      double[][] d = new double[rows.length][rank];
      for (int j = 0; j < rank; j++) {
        for (int i = 0; i < rows.length; i++) {
          d[i][j] = basis[j][i];
        }
      }
      return d;
    }

    private static double dot(double[] a, double[] b) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        s += a[i] * b[i];
      }
      return s;
    }

    private static void subtract(double[] v, double[] q, double c) {
      for (int i = 0; i < v.length; i++) {
        v[i] -= c * q[i];
      }
    }
  }
}
