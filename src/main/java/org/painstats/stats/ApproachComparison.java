package org.painstats.stats;

/**
 * One approach against another under {@link ApproachModel}: the difference of their steps.
 *
 * @param first the first approach's index
 * @param second the second's
 * @param difference first's level change minus second's, with its 95% interval and p-value
 */
public record ApproachComparison(int first, int second, Estimate difference) {}
