package org.painstats.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a series of repeated measurements (one weekday's values, week after week) with a 95%
 * interval that allows for their serial correlation.
 *
 * <p>Interval: {@code mean +- t(0.975, n* - 1) sd / sqrt(n*)}, with sd the standard deviation of
 * the present values and n* their effective number, {@code n (1 - r) / (1 + r)} clamped to [2, n],
 * r the lag-one autocorrelation of the series ({@link Autocorrelation}, NaN entries as gaps)
 * clamped to [0, 0.9]. A stretch of bad weeks makes Mondays alike from one week to the next;
 * counting them as independent would make the interval too narrow.
 *
 * <p>Degenerate cases: the mean is NaN with no present value; the interval and n* are NaN with
 * fewer than 2.
 *
 * @param n present values
 * @param mean their mean
 * @param effectiveN the effective number of independent values n*
 * @param ciLow lower end of the 95% interval of the mean
 * @param ciHigh upper end
 */
public record MeanInterval(int n, double mean, double effectiveN, double ciLow, double ciHigh) {

  /** The mean of the present values of x (NaN = missing, kept in place as a gap). */
  public static MeanInterval of(double[] x) {
    double sum = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    if (n < 2) {
      return new MeanInterval(n, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double ss = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double sd = Math.sqrt(ss / (n - 1));
    double r = Autocorrelation.acf(x, 1)[1];
    r = Double.isNaN(r) ? 0 : Math.max(0, Math.min(0.9, r));
    double nEff = Math.min(n, Math.max(2, n * (1 - r) / (1 + r)));
    double half =
        new TDistribution(null, nEff - 1).inverseCumulativeProbability(0.975)
            * sd
            / Math.sqrt(nEff);
    return new MeanInterval(n, mean, nEff, mean - half, mean + half);
  }
}
