package org.painstats.stats;

import java.util.Arrays;

/**
 * Argument checks and the missing-data policy shared by this package: NaN marks a missing value,
 * and a row is used only when every variable of the analysis is present in it.
 *
 * <p>Messages for caller mistakes are built here so that they read alike: what was passed, and what
 * to pass instead.
 */
final class Inputs {
  private Inputs() {}

  /** Throws when {@code other} does not have the length of {@code first}. */
  static void requireSameLength(
      String firstName, double[] first, String otherName, double[] other) {
    if (first.length != other.length) {
      throw new IllegalArgumentException(
          String.format(
              "%s has %d values but %s has %d; pass one value per row in each array, NaN where"
                  + " a value is missing",
              firstName, first.length, otherName, other.length));
    }
  }

  /** Throws unless every column of {@code x} has the length of {@code y}. */
  static void requireColumns(double[] y, double[][] x) {
    for (int j = 0; j < x.length; j++) {
      requireSameLength("y", y, "x[" + j + "]", x[j]);
    }
  }

  /** Throws unless each non-NaN value of {@code values} is 0 or 1. */
  static void requireZeroOne(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!Double.isNaN(v) && v != 0.0 && v != 1.0) {
        throw new IllegalArgumentException(
            String.format(
                "%s[%d] is %s; pass 1 (yes), 0 (no) or NaN (unknown or not used)", name, i, v));
      }
    }
  }

  /** Throws unless {@code window} is at least 1. */
  static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " is " + value + "; pass 1 or more");
    }
  }

  /** Throws unless {@code t} increases strictly. */
  static void requireIncreasing(double[] t) {
    for (int i = 1; i < t.length; i++) {
      if (!(t[i] > t[i - 1])) {
        throw new IllegalArgumentException(
            String.format(
                "times must increase strictly, but t = %s follows t = %s; sort the rows by day"
                    + " and give each day one row",
                t[i], t[i - 1]));
      }
    }
  }

  /** The indices of the rows where no column holds NaN, in increasing order. */
  static int[] completeRows(double[]... columns) {
    int n = columns.length == 0 ? 0 : columns[0].length;
    int[] rows = new int[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      boolean complete = true;
      for (double[] c : columns) {
        if (Double.isNaN(c[i])) {
          complete = false;
          break;
        }
      }
      if (complete) {
        rows[kept++] = i;
      }
    }
    return Arrays.copyOf(rows, kept);
  }

  /** The values of {@code a} at {@code rows}. */
  static double[] select(double[] a, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = a[rows[i]];
    }
    return out;
  }

  /** The row indices as doubles: the time axis of a series whose position is its day. */
  static double[] positions(int[] rows) {
    double[] t = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      t[i] = rows[i];
    }
    return t;
  }

  /** The arithmetic mean; NaN for an empty array. */
  static double mean(double[] a) {
    if (a.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : a) {
      sum += v;
    }
    return sum / a.length;
  }
}
