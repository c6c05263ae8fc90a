package org.painstats.report;

import java.util.Locale;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.AdjustedFactor;
import org.painstats.analysis.ApproachComparisonResult;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Caveat;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Overview;
import org.painstats.analysis.Report;
import org.painstats.analysis.SharedStructure;
import org.painstats.analysis.WeekdayResult;
import org.painstats.analysis.Wording;
import org.painstats.diary.Escapes;
import org.painstats.plan.PlanCheck;

/**
 * The report as plain text or Markdown: a summary to read in thirty seconds (the findings), then
 * the tables.
 */
public final class ReportText {
  private final boolean markdown;
  private final StringBuilder b = new StringBuilder();

  private ReportText(boolean markdown) {
    this.markdown = markdown;
  }

  /** Plain text, for the terminal. */
  public static String text(Report r) {
    return new ReportText(false).render(r);
  }

  /** Markdown, for a note or an issue tracker. */
  public static String markdown(Report r) {
    return new ReportText(true).render(r);
  }

  private static String f(double x, int digits) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", x);
  }

  private static String p(double x) {
    return Double.isNaN(x) ? "-" : x < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", x);
  }

  private static String ci(double lo, double hi, int digits) {
    return Double.isNaN(lo) ? "-" : f(lo, digits) + " to " + f(hi, digits);
  }

  private void heading(String h) {
    b.append('\n').append(markdown ? "## " + h : h + "\n" + "-".repeat(h.length())).append("\n\n");
  }

  /** A diary's text (a name, a sentence quoting one) as this format shows it literally. */
  private String t(String text) {
    return markdown ? Escapes.markdown(text) : text;
  }

  private void row(String... cells) {
    if (markdown) {
      // the first cell names something from the diary; the others are numbers we format
      b.append("| ").append(t(cells[0]));
      for (int i = 1; i < cells.length; i++) {
        b.append(" | ").append(cells[i]);
      }
      b.append(" |\n");
    } else {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        line.append(String.format(Locale.ROOT, i == 0 ? "%-26s" : "%16s", cells[i]));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private void header(String... cells) {
    row(cells);
    if (markdown) {
      b.append("|").append("---|".repeat(cells.length)).append('\n');
    }
  }

  /** The answer first: the diary, each approach's verdict, what tracks, what to try next. */
  private void overview(Overview o, String outcome) {
    heading("Summary");
    b.append(t(o.diary())).append('\n');
    String bullet = markdown ? "- " : "* ";
    if (!o.approaches().isEmpty()) {
      b.append('\n').append(label("Did the approaches help?")).append('\n');
      for (Overview.ApproachLine a : o.approaches()) {
        b.append(bullet).append(t(a.sentence())).append('\n');
      }
    }
    b.append('\n').append(label("What tracks with " + t(outcome) + "?")).append('\n');
    if (o.links().isEmpty()) {
      b.append(bullet).append("Nothing clearly enough to rule out chance.\n");
    }
    for (String l : o.links()) {
      b.append(bullet).append(t(l)).append('\n');
    }
    if (o.moreLinks() > 0) {
      b.append(bullet).append("and ").append(o.moreLinks()).append(" more below.\n");
    }
    b.append(bullet).append(t(o.caution())).append('\n');
    if (!o.next().isEmpty()) {
      b.append('\n').append(label("What to try next")).append('\n');
      for (Overview.Step n : o.next()) {
        b.append(bullet).append(t(n.sentence())).append('\n');
        if (markdown) {
          // a fence longer than any run of backquotes in the command (a diary's name) holds it
          String fence = "`".repeat(Math.max(3, longestRun(n.command(), '`') + 1));
          b.append("\n  ").append(fence).append("\n  ").append(n.command());
          b.append("\n  ").append(fence).append('\n');
        } else {
          b.append("    ").append(n.command()).append('\n');
        }
      }
    }
  }

  private static int longestRun(String s, char c) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  private String label(String text) {
    return markdown ? "**" + text + "**" : text;
  }

  private String render(Report r) {
    var d = r.diary();
    String title = "painstats report: " + t(r.source());
    b.append(markdown ? "# " + title + "\n\n" : title + "\n" + "=".repeat(title.length()) + "\n\n");
    b.append(t(Made.line(r))).append(" Not medical advice.\n");
    overview(r.overview(), r.outcome());
    for (org.painstats.diary.Coverage.Gap g : org.painstats.diary.Coverage.of(d).gaps()) {
      b.append(
          String.format(
              Locale.ROOT,
              "No entry for %d days, %s to %s (lags never pair days across it).%n",
              g.days(),
              g.from(),
              g.to()));
    }
    heading("Findings, with their numbers");
    for (String s : r.findings()) {
      b.append(markdown ? "- " : "* ").append(t(s)).append('\n');
    }
    b.append(markdown ? "- " : "* ").append(t(Report.NOT_PROOF)).append('\n');
    r.plan().ifPresent(c -> plan(c, r.outcome()));
    heading("Trend");
    b.append(t(r.trend().summary())).append('\n');
    if (!r.approaches().isEmpty()) {
      heading(
          "Approaches (change: attributable to the approach, against the natural course and the"
              + " others; P(meaningful): probability of improving by at least "
              + f(r.diary().outcomeScale().meaningfulChange(), 1)
              + " points"
              + (r.washout() > 0 ? "; first " + r.washout() + " days of each run left out" : "")
              + ")");
      header(
          "approach", "periods", "days", "change", "95% CI", "p", "q", "P(meaningful)", "verdict");
      for (ApproachResult a : r.approaches()) {
        row(
            a.approach(),
            String.valueOf(a.periods().size()),
            String.valueOf(a.days()),
            f(a.levelChange(), 2),
            ci(a.ciLow(), a.ciHigh(), 2),
            p(a.pValue()),
            p(a.qValue()),
            f(a.probabilityMeaningful(), 2),
            a.verdict().word());
      }
      b.append('\n');
      for (ApproachResult a : r.approaches()) {
        b.append(markdown ? "- " : "* ").append(t(a.summary())).append('\n');
        for (Caveat c : a.caveats()) {
          b.append(markdown ? "  - " : "    - ").append(t(c.text())).append('\n');
        }
      }
      if (!r.comparisons().isEmpty()) {
        b.append('\n');
        header("first", "second", "difference", "95% CI", "p");
        for (ApproachComparisonResult c : r.comparisons()) {
          row(
              c.first(),
              t(c.second()),
              f(c.difference(), 2),
              ci(c.ciLow(), c.ciHigh(), 2),
              p(c.pValue()));
        }
      }
      b.append('\n').append(t(r.approaches().get(0).method())).append('\n');
    }
    if (!r.factors().isEmpty()) {
      heading(
          "Factors (rho: Spearman over the days as recorded, naive p its textbook p-value;"
              + " tested: "
              + Wording.testedRho(r.factors().get(0).removed())
              + ", which the CI, p and q are about, accounting for autocorrelation and many"
              + " tests)");
      header("factor", "lag", "n", "rho", "tested", "95% CI", "p", "naive p", "q", "signif.");
      for (FactorResult x : r.factors()) {
        row(
            x.factor(),
            String.valueOf(x.lag()),
            String.valueOf(x.n()),
            f(x.spearman(), 2),
            f(x.spearmanTested(), 2),
            ci(x.ciLow(), x.ciHigh(), 2),
            p(x.pValue()),
            p(x.pValueNaive()),
            p(x.qValue()),
            x.significant() ? "yes" : "no");
      }
    }
    if (!r.adjusted().isEmpty()) {
      heading("Each factor given the others (standardized regression coefficients)");
      header("factor", "lag", "coef.", "95% CI", "p");
      for (AdjustedFactor a : r.adjusted()) {
        row(
            a.factor(),
            String.valueOf(a.lag()),
            f(a.coefficient(), 2),
            ci(a.ciLow(), a.ciHigh(), 2),
            p(a.pValue()));
      }
    }
    if (!r.activities().isEmpty()) {
      heading(
          "Activities (lag 0: same day, lag 1: the next day; difference: mean with minus mean"
              + " without; tested: the "
              + Wording.testedDifference(r.activities().get(0).removed())
              + ", which the CI and q are about)");
      header(
          "activity",
          "lag",
          "days with",
          "mean with",
          "without",
          "difference",
          "tested",
          "95% CI",
          "q",
          "signif.");
      for (ActivityResult a : r.activities()) {
        row(
            a.activity(),
            String.valueOf(a.lag()),
            String.valueOf(a.daysWith()),
            f(a.meanWith(), 1),
            f(a.meanWithout(), 1),
            f(a.difference(), 2),
            f(a.differenceTested(), 2),
            ci(a.ciLow(), a.ciHigh(), 2),
            p(a.qValue()),
            a.significant() ? "yes" : "no");
      }
    }
    if (!r.shared().isEmpty()) {
      heading("Shared rhythms (removed before the tests, not links)");
      for (SharedStructure x : r.shared()) {
        b.append(markdown ? "- " : "* ").append(t(x.summary())).append('\n');
      }
    }
    if (!r.weekdays().isEmpty()) {
      heading(
          "Weekdays (difference: the weekday's mean minus the mean of all days; tested: against"
              + " the average weekday, drift and carry-over accounted for)");
      header("weekday", "days", "mean", "difference", "tested", "95% CI", "q", "signif.");
      for (WeekdayResult w : r.weekdays()) {
        row(
            w.name(),
            String.valueOf(w.days()),
            f(w.mean(), 2),
            f(w.difference(), 2),
            f(w.differenceTested(), 2),
            ci(w.ciLow(), w.ciHigh(), 2),
            p(w.qValue()),
            w.significant() ? "yes" : "no");
      }
    }
    heading("Cleaning");
    var s = d.summary();
    b.append(
        String.format(
            Locale.ROOT,
            "%d records: %d kept, %d merged into a day, %d rejected; %d issues (painstats import"
                + " lists them by line).%n",
            s.records(),
            s.kept(),
            s.merged(),
            s.rejected(),
            s.issueCount()));
    return b.toString();
  }

  /** The planned trial, as the CENT 2015 guideline asks of an N-of-1 trial. */
  private void plan(PlanCheck c, String outcome) {
    heading("Planned trial");
    b.append(t("Plan: " + PlanText.conditions(c.plan()) + "; " + PlanText.design(c.plan()) + "."))
        .append('\n');
    b.append(t(PlanText.followed(c, outcome))).append('\n');
    String washout = PlanText.washout(c.plan().design());
    b.append(
            t(
                Character.toUpperCase(washout.charAt(0))
                    + washout.substring(1)
                    + "; "
                    + PlanText.ANALYSED_AS_PLANNED
                    + "."))
        .append('\n');
    b.append(t(PlanText.test(c, outcome))).append("\n\n");
    // the condition last: a long name then runs past its column without shifting the others
    header("dates", "block", "days", "washout", "mean", "condition");
    for (PlanCheck.Period p : c.periods()) {
      row(
          p.firstDate().equals(p.lastDate())
              ? p.firstDate().toString()
              : p.firstDate() + " to " + p.lastDate(),
          String.valueOf(p.block()),
          String.valueOf(p.days()),
          String.valueOf(p.washoutDays()),
          f(p.mean(), 1),
          "  " + t(p.condition().isEmpty() ? "none" : p.condition()));
    }
  }
}
