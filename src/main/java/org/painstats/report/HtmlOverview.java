package org.painstats.report;

import static org.painstats.report.HtmlTable.ci;
import static org.painstats.report.HtmlTable.num;

import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Overview;
import org.painstats.analysis.Report;

/**
 * The answer the HTML page (and the PDF made from it) opens with: the {@link Overview} in words,
 * then at a glance the approaches in a short table. Page 1 of the PDF holds both with the trend.
 */
final class HtmlOverview {
  private HtmlOverview() {}

  /** The summary section: the diary in a line, verdicts, links, caution, what to try next. */
  static void summary(Html h, Report r) {
    Overview o = r.overview();
    h.open("section", "id", "summary", "aria-labelledby", "summary-h").nl();
    h.element("h2", "Summary", "id", "summary-h").nl();
    h.element("p", o.diary(), "class", "diary-line").nl();
    if (!o.approaches().isEmpty()) {
      h.element("h3", "Did the approaches help?").nl();
      h.open("ul", "class", "verdicts").nl();
      for (Overview.ApproachLine a : o.approaches()) {
        h.element("li", a.sentence()).nl();
      }
      h.close("ul").nl();
    }
    h.element("h3", "What tracks with " + r.outcome() + "?").nl();
    h.open("ul", "class", "links").nl();
    if (o.links().isEmpty()) {
      h.element("li", "Nothing, clearly enough to rule out chance.").nl();
    }
    for (String l : o.links()) {
      h.element("li", l).nl();
    }
    if (o.moreLinks() > 0) {
      h.element("li", "And " + o.moreLinks() + " more in the details.").nl();
    }
    h.close("ul").nl();
    h.element("p", o.caution(), "class", "caveat").nl();
    if (!o.next().isEmpty()) {
      h.element("h3", "What to try next").nl();
      h.open("ul", "class", "next").nl();
      for (Overview.Step s : o.next()) {
        h.open("li").text(s.sentence() + " ").element("code", s.command()).close("li").nl();
      }
      h.close("ul").nl();
    }
    h.close("section").nl();
  }

  /** The approaches at a glance: verdict, change and its interval, probability, periods. */
  static void approaches(Html h, Report r) {
    if (r.approaches().isEmpty()) {
      return;
    }
    HtmlTable t =
        new HtmlTable(
                "At a glance: each approach's change against what "
                    + r.outcome()
                    + " would have been without it (details below)",
                new String[] {
                  "Approach", "Dates", "Days", "Change", "95% CI", "P(meaningful)", "Verdict"
                },
                2,
                3,
                4,
                5)
            .dates(1);
    for (ApproachResult a : r.approaches()) {
      t.row(
          a.significant(),
          a.approach(),
          a.periods().size() == 1
              ? a.firstDate() + " to " + a.lastDate()
              : a.firstDate() + " to " + a.lastDate() + " (" + a.periods().size() + " periods)",
          String.valueOf(a.days()),
          num(a.levelChange(), 1),
          ci(a.ciLow(), a.ciHigh(), 1),
          num(a.probabilityMeaningful(), 2),
          a.verdict().word());
    }
    t.write(h);
  }
}
