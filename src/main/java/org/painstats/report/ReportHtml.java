package org.painstats.report;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
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

  /** Issues the PDF lists, by line; the rest are counted (the import command lists them all). */
  static final int PDF_ISSUES = 40;

  private final Report r;
  private final Html h = new Html();

  /** The paper of a PDF's document, or null for the screen page. */
  private final ReportPdf.Paper paper;

  /** A chart as the page shows it: its name, title and caption, and how its picture is written. */
  private record Figure(String name, String title, String caption, Consumer<Html> picture) {}

  private ReportHtml(Report r, ReportPdf.Paper paper) {
    this.r = r;
    this.paper = paper;
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
    return new ReportHtml(report, null).render(charts.stream().map(ReportHtml::figure).toList());
  }

  /**
   * The document the PDF lays out: the page's sections, with page 1 for the answer (a smaller trend
   * chart), a footer repeated on every page, and each chart an {@code <object>} that {@link
   * ReportPdf} draws as vectors.
   */
  static String forPdf(Report report, List<VectorChart> charts, ReportPdf.Paper paper) {
    return new ReportHtml(report, paper).render(charts.stream().map(ReportHtml::figure).toList());
  }

  private static Figure figure(ChartImage c) {
    return new Figure(
        c.name(),
        c.title(),
        c.caption(),
        h -> {
          if (c.embedding() == ChartImage.Embedding.INLINE) {
            h.raw(SvgInline.of(c)).nl();
            return;
          }
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
        });
  }

  private static Figure figure(VectorChart c) {
    // flatter than on screen, so that the charts of a year fit on two or three pages: the chart is
    // laid out again for the box (its text keeps its size), not squeezed
    double mm = Math.min(isTrend(c.name()) ? 54 : 48, 180.0 * c.height() / c.width());
    String height = String.format(java.util.Locale.ROOT, "height: %.1fmm", mm);
    return new Figure(
        c.name(),
        c.title(),
        c.caption(),
        h ->
            h.open(
                    "object",
                    "type",
                    ReportPdf.CHART_TYPE,
                    "data-chart",
                    c.name(),
                    "class",
                    "chart",
                    "style",
                    height,
                    "aria-label",
                    c.title(),
                    "alt",
                    c.title())
                .close("object")
                .nl());
  }

  private String render(List<Figure> charts) {
    h.raw("<!DOCTYPE html>").nl();
    h.open("html", "lang", "en").nl();
    h.open("head").nl();
    h.empty("meta", "charset", "utf-8").nl();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
    h.empty("meta", "name", "generator", "content", "painstats").nl();
    h.element("title", "Pain diary report: " + r.source()).nl();
    h.open("style").nl().raw(HtmlStyle.CSS);
    if (paper != null) {
      h.raw(HtmlStyle.pdf(paper));
    }
    h.close("style").nl();
    h.close("head").nl();
    h.open("body").nl();
    if (paper != null) {
      // repeated at the foot of every page (CSS running element)
      h.element("div", footerLine(), "class", "running-footer").nl();
    }
    header(charts);
    h.open("main").nl();
    HtmlOverview.summary(h, r);
    List<Figure> trend = charts.stream().filter(c -> isTrend(c.name())).toList();
    List<Figure> rest = charts.stream().filter(c -> !isTrend(c.name())).toList();
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
    if (paper == null) {
      // the PDF says it at the foot of every page and in the notice on page 1
      h.open("footer").nl();
      h.element("p", Made.line(r) + " It describes your own records; it is not medical advice.")
          .nl();
      h.close("footer").nl();
    }
    h.close("body").nl();
    h.close("html").nl();
    return h.toString();
  }

  /** The diary's name and period, for the foot of each PDF page. */
  private String footerLine() {
    Diary d = r.diary();
    return r.source()
        + d.firstDate().map(f -> ", " + f + " to " + d.lastDate().orElseThrow()).orElse("")
        + " · painstats "
        + Made.version();
  }

  private void header(List<Figure> charts) {
    Diary d = r.diary();
    h.open("header").nl();
    h.element("h1", "Pain diary report").nl();
    String span =
        d.firstDate().isPresent()
            ? d.days() + " days from " + d.firstDate().get() + " to " + d.lastDate().orElseThrow()
            : "no dated entries";
    if (paper == null) {
      h.element(
              "p",
              r.source()
                  + ": "
                  + span
                  + ", "
                  + r.outcome()
                  + " recorded on "
                  + d.outcomeDays()
                  + ".",
              "class",
              "meta")
          .nl();
    }
    if (paper == null) {
      // the PDF says it at the foot of every page, with the diary's period (its last entry)
      h.element("p", Made.line(r), "class", "meta").nl();
    }
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
    if (charts.stream().anyMatch(c -> !isTrend(c.name()))) {
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
  private static boolean isTrend(String name) {
    return name.matches("(\\d+-)?trend");
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

  private void charts(List<Figure> charts) {
    if (charts.isEmpty()) {
      return;
    }
    h.open("section", "id", "charts", "aria-labelledby", "charts-h").nl();
    h.element("h2", "Charts", "id", "charts-h").nl();
    charts.forEach(this::figure);
    h.close("section").nl();
  }

  private void figure(Figure c) {
    h.open("figure", "id", "chart-" + c.name()).nl();
    c.picture().accept(h);
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
      // a printed report lists fewer: pages of issues would bury the answer
      int listed = Math.min(paper == null ? DiaryJson.LISTED : PDF_ISSUES, issues.size());
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
