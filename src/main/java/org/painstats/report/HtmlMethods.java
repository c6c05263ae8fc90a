package org.painstats.report;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;

/**
 * The methods section of the HTML report in plain words, for the reader who asks "how was this
 * worked out?": each method as the analysis classes implement it, with its reference.
 */
final class HtmlMethods {
  private HtmlMethods() {}

  static void write(Html h, Report r) {
    String o = r.outcome();
    h.open("section", "id", "methods", "aria-labelledby", "methods-h").nl();
    h.element("h2", "How this was worked out", "id", "methods-h").nl();
    h.open("dl", "class", "methods").nl();
    item(
        h,
        "Days on the calendar",
        "The diary is laid on the calendar from its first to its last date. A day without an entry"
            + " stays a gap and is never skipped over, so \"the day before\" always means the"
            + " calendar day before. Lags analysed: "
            + r.lags().stream().map(String::valueOf).collect(Collectors.joining(", "))
            + " days.");
    item(
        h,
        "Factors",
        "Each numeric factor is compared with "
            + o
            + " by Spearman's rank correlation, which looks only at the order of the values, so a"
            + " few extreme days cannot dominate. Days in a diary carry over: a bad day is often"
            + " followed by another, so a year of entries holds far fewer than 365 independent"
            + " pieces of evidence, and the textbook p-value (\"naive p\") is too confident. The"
            + " p-value used counts the effective number of independent days from how strongly"
            + " both series carry over (Pyper & Peterman 1998), with those carry-over estimates"
            + " corrected for the bias they have in short series (Marriott & Pope 1954). Where"
            + " approaches were tried, each period's average is removed first, so a change between"
            + " periods does not pass for a day-to-day association.");
    item(
        h,
        "Each factor given the others",
        "A regression of "
            + o
            + " on all factors together, each at its strongest lag and in standard units, with"
            + " errors that allow for carry-over between days (Newey-West).");
    item(
        h,
        "Activities",
        "Mean "
            + o
            + " on days with and without each activity, the same day and the next day, compared"
            + " within approach periods. The interval and p-value come from a model in which part"
            + " of each day's unexplained "
            + o
            + " carries over to the next (AR(1) errors, fitted by REML), so a run of similar days"
            + " is not counted as many independent ones.");
    item(
        h,
        "Many comparisons",
        "This report runs "
            + tests(r)
            + " tests of factors and activities; at the 5% level about one test in twenty looks like"
            + " a finding by chance alone. The q-values control the false discovery rate"
            + " (Benjamini & Hochberg 1995) over all factor and activity tests together, and"
            + " separately over the approaches. A result is called clear when q < 0.05.");
    item(
        h,
        "Approaches",
        "Every approach is fitted at once against the natural course of "
            + o
            + ": a smooth curve in time (a spline with knots at least 120 days apart) that cannot"
            + " jump, learnt from every day without an approach, wherever it falls. An approach's"
            + " change is the step in "
            + o
            + " on its days (all its runs) against that curve and the other approaches. The"
            + " day-to-day noise carries over from one day to the next and holds day-to-day"
            + " reporting noise (AR(1) plus white noise, fitted by restricted maximum likelihood on"
            + " the whole diary), so a good or bad spell does not count as many independent days,"
            + " and the interval"
            + " allows for the noise model itself being estimated (Kenward & Roger 1997). "
            + HtmlTables.cap(o)
            + " is first adjusted for the predictors this report found (such as sleep the night"
            + " before, or the previous day's stress), unless the approach itself changed them,"
            + " since that may be how it works; the predictors adjusted for are listed beside each"
            + " approach. The probability that an approach improved "
            + o
            + " by at least the meaningful change takes, before the diary, a normal spread of"
            + " effects centred on none with a standard deviation of twice that change. An effect"
            + " that sets in gradually counts as less than its full size, unless a washout leaves"
            + " out the first days of each run. Caveats mark a start during a flare (a day's jump"
            + " far above what the days before led to expect: the model lets it fade rather than"
            + " credit its settling to the approach), a natural course the diary cannot tell from"
            + " the approach (a short stretch without an approach before it and none after), an"
            + " approach right after another whose effect may have lasted, and other things that"
            + " changed at the same time.");
    item(
        h,
        "Clinically meaningful",
        "A change of at least 2 points, or of 30% of the baseline average, is called clinically"
            + " meaningful, following the IMMPACT recommendations for chronic pain (Dworkin et al."
            + " 2008). A change can be clear (unlikely to be chance) yet too small to matter, or"
            + " large yet unclear when there are few days.");
    item(
        h,
        "Trend",
        "The Theil-Sen slope (the median of the slopes between all pairs of days), which outlying"
            + " days barely move, with Sen's interval; and the Mann-Kendall test for a steady rise"
            + " or fall, its variance corrected for carry-over between days (Hamed & Rao 1998)."
            + " Sen's interval assumes independent days and may be too narrow; the p-value does"
            + " not.");
    item(
        h,
        "Enough data",
        "Nothing is computed from fewer than "
            + Report.MIN_DAYS
            + " days with "
            + o
            + " recorded, and no comparison is made with fewer than "
            + Report.MIN_GROUP_DAYS
            + " days in a group; the report says \"not enough data\" instead.");
    item(
        h,
        "Tracking together is not proof of cause",
        Report.NOT_PROOF
            + " These statistics describe one person's records; they are not medical advice.");
    h.close("dl").nl();
    h.close("section").nl();
  }

  private static void item(Html h, String term, String text) {
    h.element("dt", term).nl();
    h.element("dd", text).nl();
  }

  private static long tests(Report r) {
    return Stream.concat(
            r.factors().stream().map(FactorResult::pValue),
            r.activities().stream().map(ActivityResult::pValue))
        .filter(p -> !Double.isNaN(p))
        .count();
  }
}
