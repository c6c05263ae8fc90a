package org.painstats.analysis;

/**
 * One approach against another: the difference of their level changes under the same model.
 *
 * @param first the first approach
 * @param second the second
 * @param difference first's level change minus second's
 * @param ciLow lower end of its 95% interval
 * @param ciHigh upper end
 * @param pValue p-value for "no difference"
 */
public record ApproachComparisonResult(
    String first, String second, double difference, double ciLow, double ciHigh, double pValue) {}
