package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.LinkTest;
import org.painstats.stats.NaiveCorrelation;

/** Each numeric factor against the outcome at each lag, by calendar date. */
final class FactorAnalysis {
  private FactorAnalysis() {}

  /**
   * One test per factor and lag, by {@link LinkTest} on the series less their shared calendar
   * structure; q-values and significance are filled in later.
   */
  static List<FactorResult> run(
      DiaryCalendar cal, Destructured d, List<String> factors, String outcome, List<Integer> lags) {
    double[] y = cal.series(outcome);
    NaiveCorrelation.Lagged plainTests = NaiveCorrelation.against(y);
    List<FactorResult> out = new ArrayList<>();
    for (String f : factors) {
      double[] xr = d.residuals(f);
      List<NaiveCorrelation> plains = plainTests.of(cal.series(f), lags);
      for (int l = 0; l < lags.size(); l++) {
        int lag = lags.get(l);
        NaiveCorrelation plain = plains.get(l);
        LinkTest t = d.links().test(DiaryCalendar.lag(xr, lag));
        int n = plain.n();
        if (n < Report.MIN_DAYS) {
          out.add(
              nan(
                  f,
                  lag,
                  n,
                  "Not enough data to say: "
                      + Words.name(f)
                      + " and "
                      + outcome
                      + " were recorded together on "
                      + n
                      + " days ("
                      + Report.MIN_DAYS
                      + " needed)."));
        } else if (Double.isNaN(plain.spearman()) || Double.isNaN(t.spearman())) {
          out.add(
              nan(
                  f,
                  lag,
                  n,
                  Words.name(f)
                      + (Double.isNaN(plain.spearman())
                          ? " did not vary, so nothing can be said about it."
                          : " could not be tested once the weekly rhythm and drift it shares"
                              + " with "
                              + outcome
                              + " were removed (too few days, or no variation left).")));
        } else {
          out.add(
              new FactorResult(
                  f,
                  lag,
                  n,
                  plain.spearman(),
                  plain.pearson(),
                  plain.pValue(),
                  t.spearman(),
                  t.pValue(),
                  Double.NaN,
                  t.effectiveN(),
                  t.ciLow(),
                  t.ciHigh(),
                  false,
                  d.removed(),
                  ""));
        }
      }
    }
    return out;
  }

  private static FactorResult nan(String f, int lag, int n, String summary) {
    double nan = Double.NaN;
    return new FactorResult(
        f, lag, n, nan, nan, nan, nan, nan, nan, nan, nan, nan, false, List.of(), summary);
  }

  /** The result with its q-value, significance and sentence. */
  static FactorResult withQ(FactorResult r, double q, String outcome) {
    if (Double.isNaN(r.pValue())) {
      return r;
    }
    boolean sig = q < 0.05;
    String rho =
        Wording.testedRho(r.removed())
            + " = "
            + Words.num(r.spearmanTested(), 2)
            + ", 95% CI "
            + Words.num(r.ciLow(), 2)
            + " to "
            + Words.num(r.ciHigh(), 2);
    String summary;
    if (sig) {
      String dir = r.spearmanTested() < 0 ? "lower" : "higher";
      String f = Words.more(r.factor());
      summary =
          switch (r.lag()) {
            case 0 ->
                "On days with "
                    + f
                    + ", "
                    + outcome
                    + " was "
                    + dir
                    + " ("
                    + rho
                    + ")."
                    + (r.factor().contains("sleep")
                        ? ""
                        : " A same-day link can run either way: "
                            + outcome
                            + " may move "
                            + Words.name(r.factor())
                            + " as much as the reverse.");
            case 1 ->
                "After days with "
                    + f
                    + ", "
                    + outcome
                    + " was "
                    + dir
                    + " the next day ("
                    + rho
                    + ").";
            default ->
                r.lag() + " days after " + f + ", " + outcome + " was " + dir + " (" + rho + ").";
          };
    } else {
      summary =
          "No clear link between "
              + Words.name(r.factor())
              + " ("
              + Words.lag(r.lag())
              + ") and "
              + outcome
              + " ("
              + rho
              + ").";
      if (r.pValueNaive() < 0.05) {
        summary +=
            " A textbook test of the plain rho ("
                + Words.num(r.spearman(), 2)
                + ") would call it significant ("
                + Words.p(r.pValueNaive())
                + "); it is not once day-to-day carry-over and the number of tests are counted.";
      }
    }
    return new FactorResult(
        r.factor(),
        r.lag(),
        r.n(),
        r.spearman(),
        r.pearson(),
        r.pValueNaive(),
        r.spearmanTested(),
        r.pValue(),
        q,
        r.effectiveN(),
        r.ciLow(),
        r.ciHigh(),
        sig,
        r.removed(),
        summary);
  }
}
