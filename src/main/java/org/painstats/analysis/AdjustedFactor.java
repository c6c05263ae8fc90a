package org.painstats.analysis;

/**
 * A factor's association with the outcome given the other factors: its coefficient in a multiple
 * regression on standardized factors (outcome standard deviations per factor standard deviation).
 *
 * @param factor the factor's name
 * @param lag the lag used (its strongest on its own)
 * @param coefficient the standardized coefficient
 * @param ciLow lower end of its 95% interval (autocorrelation-robust errors)
 * @param ciHigh upper end
 * @param pValue p-value for "no association given the others"
 */
public record AdjustedFactor(
    String factor, int lag, double coefficient, double ciLow, double ciHigh, double pValue) {}
