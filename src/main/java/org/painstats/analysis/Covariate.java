package org.painstats.analysis;

/**
 * A predictor of the outcome found by the report, by calendar day, used to sharpen the approach
 * comparison.
 *
 * @param label how the method names it ({@code stress (lag 1)})
 * @param series its values by calendar day, already lagged, NaN where missing
 */
record Covariate(String label, double[] series) {}
