package org.painstats.report;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;
import org.painstats.diary.Escapes;
import org.painstats.diary.ImportSummary;
import org.painstats.diary.Issue;

/**
 * The report as one self-contained HTML5 page to print or send to a clinician: the findings a
 * person reads in thirty seconds, the charts, the tables, the cleaning summary and the methods in
 * plain words.
 *
 * <p>Self-contained: the style sheet is inline, images are inline SVG or {@code data:} URIs, and
 * nothing refers to the network (no external style sheet, script, font or image), so the file opens
 * the same offline, in an e-mail attachment, or years later. Diary text (approach names, column
 * headers, raw values) is escaped. The markup is XHTML-compatible (void elements closed, no named
 * entities beyond XML's), so it parses as XML too. The same report and charts give the same bytes:
 * no time stamps, no locale, no hash order.
 *
 * <p>Printing: {@code @page} margins of 15 mm on any paper size (A4 and Letter), charts at most the
 * page width, figures and table rows not split across pages, no backgrounds. Issues found in
 * cleaning are listed in a {@code <details>} element, open when there are few.
 */
public final class ReportHtml {
  /** Issues listed open, above which the list is collapsed (it then prints as its summary line). */
  static final int OPEN_ISSUES = 12;

  private final Report r;
  private final Html h = new Html();

  private ReportHtml(Report r) {
    this.r = r;
  }

  /** The page without charts. */
  public static String of(Report report) {
    return of(report, List.of());
  }

  /**
   * The page with the given charts, in the order given.
   *
   * @throws IllegalArgumentException if two charts share a name, or an SVG chart cannot be inlined
   *     (not well-formed, scripted, or referring outside itself; see {@link ChartImage})
   */
  public static String of(Report report, List<ChartImage> charts) {
    Set<String> names = new HashSet<>();
    for (ChartImage c : charts) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("two charts are named " + c.name());
      }
    }
    return new ReportHtml(report).render(List.copyOf(charts));
  }

  private String render(List<ChartImage> charts) {
    h.raw("<!DOCTYPE html>").nl();
    h.open("html", "lang", "en").nl();
    h.open("head").nl();
    h.empty("meta", "charset", "utf-8").nl();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
    h.empty("meta", "name", "generator", "content", "painstats").nl();
    h.element("title", "Pain diary report: " + r.source()).nl();
    h.open("style").nl().raw(HtmlStyle.CSS).close("style").nl();
    h.close("head").nl();
    h.open("body").nl();
    header(charts);
    h.open("main").nl();
    HtmlOverview.summary(h, r);
    List<ChartImage> trend = charts.stream().filter(ReportHtml::isTrend).toList();
    List<ChartImage> rest = charts.stream().filter(c -> !isTrend(c)).toList();
    h.open("section", "id", "glance", "aria-label", "At a glance").nl();
    trend.forEach(this::figure);
    HtmlOverview.approaches(h, r);
    h.close("section").nl();
    findings();
    charts(rest);
    HtmlTables.approaches(h, r);
    HtmlPlan.write(h, r);
    HtmlTables.factors(h, r);
    HtmlTables.adjusted(h, r);
    HtmlTables.shared(h, r);
    HtmlTables.activities(h, r);
    HtmlTables.weekdays(h, r);
    HtmlTables.trend(h, r);
    cleaning();
    HtmlMethods.write(h, r);
    h.close("main").nl();
    h.open("footer").nl();
    h.element("p", Made.line(r) + " It describes your own records; it is not medical advice.").nl();
    h.close("footer").nl();
    h.close("body").nl();
    h.close("html").nl();
    return h.toString();
  }

  private void header(List<ChartImage> charts) {
    Diary d = r.diary();
    h.open("header").nl();
    h.element("h1", "Pain diary report").nl();
    String span =
        d.firstDate().isPresent()
            ? d.days() + " days from " + d.firstDate().get() + " to " + d.lastDate().orElseThrow()
            : "no dated entries";
    h.element(
            "p",
            r.source() + ": " + span + ", " + r.outcome() + " recorded on " + d.outcomeDays() + ".",
            "class",
            "meta")
        .nl();
    h.element("p", Made.line(r), "class", "meta").nl();
    if (!r.outcome().equals(Diary.PAIN)) {
      h.element("p", "Outcome analysed: " + r.outcome() + " (in place of pain).", "class", "meta")
          .nl();
    }
    h.open("p", "class", "notice")
        .element("strong", "Not medical advice.")
        .text(
            " This report describes one person's own records. A pattern in one diary is not proof"
                + " of cause. Talk to a clinician about treatment.")
        .close("p")
        .nl();
    h.open("nav", "aria-label", "Sections").open("ul");
    link("summary", "Summary");
    link("findings", "Findings");
    if (charts.stream().anyMatch(c -> !isTrend(c))) {
      link("charts", "Charts");
    }
    link("approaches", "Approaches");
    if (r.plan().isPresent()) {
      link("plan", "Planned trial");
    }
    link("factors", "Factors");
    if (!r.adjusted().isEmpty()) {
      link("adjusted", "Given the others");
    }
    if (!r.activities().isEmpty()) {
      link("activities", "Activities");
    }
    link("trend", "Trend");
    link("cleaning", "Cleaning");
    link("methods", "Methods");
    h.close("ul").close("nav").nl();
    h.close("header").nl();
  }

  private void link(String id, String text) {
    h.open("li").element("a", text, "href", "#" + id).close("li");
  }

  /** Whether a chart is the trend, shown at a glance at the top. */
  private static boolean isTrend(ChartImage c) {
    return c.name().matches("(\\d+-)?trend");
  }

  private void findings() {
    h.open("section", "id", "findings", "aria-labelledby", "findings-h").nl();
    h.element("h2", "Findings, with their numbers", "id", "findings-h").nl();
    h.element("p", "What this diary shows, strongest first:").nl();
    h.open("ol", "class", "findings").nl();
    for (String f : r.findings()) {
      h.element("li", f).nl();
    }
    h.close("ol").nl();
    h.element("p", Report.NOT_PROOF, "class", "caveat").nl();
    h.close("section").nl();
  }

  private void charts(List<ChartImage> charts) {
    if (charts.isEmpty()) {
      return;
    }
    h.open("section", "id", "charts", "aria-labelledby", "charts-h").nl();
    h.element("h2", "Charts", "id", "charts-h").nl();
    charts.forEach(this::figure);
    h.close("section").nl();
  }

  private void figure(ChartImage c) {
    h.open("figure", "id", "chart-" + c.name()).nl();
    if (c.embedding() == ChartImage.Embedding.INLINE) {
      h.raw(SvgInline.of(c)).nl();
    } else {
      String src =
          "data:" + c.mediaType() + ";base64," + Base64.getEncoder().encodeToString(c.data());
      if (c.isSvg()) {
        h.empty("img", "src", src, "alt", c.title());
      } else {
        int[] size = c.pngSize();
        h.empty(
            "img",
            "src",
            src,
            "alt",
            c.title(),
            "width",
            String.valueOf(size[0]),
            "height",
            String.valueOf(size[1]));
      }
      h.nl();
    }
    h.open("figcaption").element("strong", c.title() + ".").text(" " + c.caption());
    h.close("figcaption").nl();
    h.close("figure").nl();
  }

  private void cleaning() {
    ImportSummary s = r.diary().summary();
    h.open("section", "id", "cleaning", "aria-labelledby", "cleaning-h").nl();
    h.element("h2", "Cleaning the diary", "id", "cleaning-h").nl();
    h.element(
            "p",
            String.format(
                Locale.ROOT,
                "%d records read: %d kept, %d merged into a day already kept, %d rejected. Nothing"
                    + " was dropped silently: every value changed or left out is listed with its"
                    + " line in the file (the header is line 1).",
                s.records(),
                s.kept(),
                s.merged(),
                s.rejected()))
        .nl();
    List<Issue> issues = s.issues();
    long count = s.issueCount();
    if (issues.isEmpty()) {
      h.element("p", "No issues: every record was read as written.").nl();
    } else {
      if (count <= OPEN_ISSUES) {
        h.open("details", "open", "open");
      } else {
        h.open("details");
      }
      h.element("summary", count + (count == 1 ? " issue" : " issues") + " found while cleaning");
      h.nl();
      HtmlTable t =
          new HtmlTable(
              "Issues by line",
              new String[] {"Line", "Column", "Value as written", "Problem", "What was done"},
              0);
      int listed = Math.min(DiaryJson.LISTED, issues.size());
      for (Issue i : issues.subList(0, listed)) {
        t.row(
            false,
            i.line() > 0 ? String.valueOf(i.line()) : "file",
            i.column(),
            Escapes.inline(i.value(), 200),
            i.problem(),
            i.action());
      }
      t.write(h);
      if (count > listed) {
        h.element(
                "p",
                String.format(
                    Locale.ROOT,
                    "The first %,d issues are listed; %,d more are not (painstats import lists"
                        + " them by line, up to %,d).",
                    listed,
                    count - listed,
                    org.painstats.diary.ImportSummary.MAX_ISSUES))
            .nl();
      }
      h.close("details").nl();
    }
    h.close("section").nl();
  }
}
