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
            + " few extreme days cannot dominate; the plain coefficient is shown as recorded."
            + " Two series can move together without any day-to-day link: both higher on Mondays,"
            + " both drifting down over the year, both following the season, both changing when an"
            + " approach starts. So the test first removes from "
            + o
            + " and from each factor what they share on the calendar: weekday means, a slow smooth"
            + " trend (and the season in diaries of 300 days or more) and the mean of each approach"
            + " period. Days also carry over: a bad day is often followed by another, so a year of"
            + " entries holds far fewer than 365 independent pieces of evidence and the textbook"
            + " p-value (\"naive p\") is too confident. The test therefore filters out each day's"
            + " carry-over from the day before (generalised least squares with AR(1) errors,"
            + " fitted by REML) and correlates what is left, the day-to-day surprises; the"
            + " p-value counts the effective number of independent days still left (Bartlett"
            + " 1935), for whatever the filter misses. In seeded simulated diaries with shared"
            + " weekly rhythms, drifts, seasons, reporting noise and wandering series, it called"
            + " 3-6% of unrelated factors significant at the 5% level, where the earlier test called"
            + " up to 28% (issue 11).");
    item(
        h,
        "Each factor given the others",
        "A regression of "
            + o
            + " on all factors together, each at its strongest lag and in standard units, on the"
            + " same footing as each factor alone: shared calendar structure removed, carry-over"
            + " filtered out (AR(1) errors). Each factor's lag was picked as its strongest, so its"
            + " p-value is multiplied by the number of lags tried (Bonferroni).");
    item(
        h,
        "Activities",
        "Mean "
            + o
            + " on days with and without each activity, the same day and the next day. The tested"
            + " difference removes the weekday rhythm, drift and approach periods from both "
            + o
            + " and the activity (an activity done mostly at weekends must not inherit the"
            + " weekend's level), and comes from a model in which part of each day's unexplained "
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
        "A straight line through the daily values, fitted with the weekday rhythm and with"
            + " carry-over between days allowed for (generalised least squares with AR(1) errors,"
            + " REML). Its uncertainty is taken at a carry-over one standard error stronger than"
            + " estimated, because an underestimated carry-over makes trends look surer than they"
            + " are. The interval and the p-value come from the same t statistic, so they always"
            + " agree.");
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
