package org.painstats.stats;

/**
 * The basis of the natural course of pain in {@link ApproachModel}: a cubic B-spline in time whose
 * interior knots are evenly spaced and at least {@code spacing} days apart.
 *
 * <p>Why a spline with sparse knots: pain that eases on its own (recovery after an episode, 3.5 +
 * 2.5 e^(-day/42) say), or drifts over seasons and years, is smooth on the scale of months; a cubic
 * with knots a third of a year apart follows such a course closely (the decay above to within 0.1
 * points over half a year) but cannot jump, so a change at the day an approach starts or stops is
 * left to the approach's step. The basis spans the constant, so it carries the intercept. With no
 * interior knot it is a cubic polynomial; fewer than four distinct observed days call for fewer
 * columns (the caller's concern).
 *
 * <p>Reference: de Boor, C. (1978) A Practical Guide to Splines, the Cox-de Boor recursion.
 */
final class NaturalCourse {
  private NaturalCourse() {}

  /**
   * Columns of the basis at days {@code 0..days-1}, the knots spread over {@code [first, last]}.
   *
   * @param days length of the series
   * @param first first observed day
   * @param last last observed day ({@code > first})
   * @param spacing least distance between interior knots, days
   * @param degree 0 to 3: the polynomial degree (fewer for very short series)
   */
  static double[][] basis(int days, int first, int last, double spacing, int degree) {
    double span = last - first;
    int interior = (int) Math.floor(span / spacing);
    int order = degree + 1;
    double[] knots = new double[interior + 2 * order];
    for (int i = 0; i < order; i++) {
      knots[i] = first;
      knots[knots.length - 1 - i] = last;
    }
    for (int i = 1; i <= interior; i++) {
      knots[order - 1 + i] = first + span * i / (interior + 1);
    }
    int size = interior + order;
    double[][] cols = new double[size][days];
    double[] b = new double[knots.length];
    for (int t = 0; t < days; t++) {
      double x = Math.min(Math.max(t, first), last);
      evaluate(knots, order, x, b);
      for (int j = 0; j < size; j++) {
        cols[j][t] = b[j];
      }
    }
    return cols;
  }

  /** Fills b[0..] with the B-splines of the given order at x (Cox-de Boor). */
  private static void evaluate(double[] knots, int order, double x, double[] b) {
    int n = knots.length;
    java.util.Arrays.fill(b, 0);
    // the span holding x; the last knot belongs to the last non-empty span
    int span = order - 1;
    while (span < n - order - 1 && x >= knots[span + 1]) {
      span++;
    }
    b[span] = 1;
    for (int d = 1; d < order; d++) {
      for (int i = Math.max(0, span - d); i <= span; i++) {
        double left = 0;
        double denomLeft = knots[i + d] - knots[i];
        if (denomLeft > 0) {
          left = (x - knots[i]) / denomLeft * b[i];
        }
        double right = 0;
        double denomRight = knots[i + d + 1] - knots[i + 1];
        if (i + 1 < n && denomRight > 0) {
          right = (knots[i + d + 1] - x) / denomRight * b[i + 1];
        }
        b[i] = left + right;
      }
    }
  }
}
