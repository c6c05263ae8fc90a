package org.painstats.report;

/**
 * The report's style sheet, inlined in its {@code <style>}: system fonts (nothing to fetch), dark
 * text on white (contrast above 7:1), numbers in tabular figures, and print rules for A4 and Letter
 * alike (15 mm margins, charts at most the page width, figures and table rows kept whole, no
 * backgrounds). It holds no {@code <} or {@code &}, so the page still parses as XML.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS =
      """
      :root { color-scheme: light; }
      html { font-size: 100%; }
      *, *::before, *::after { box-sizing: border-box; }
      body {
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        line-height: 1.45; color: #1b1b1b; background: #fff;
        max-width: 66rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem;
      }
      h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #c8ccd0; }
      h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
      p, li, dd { max-width: 48rem; }
      .meta { color: #454545; margin: 0 0 1rem; }
      .notice { border-left: 4px solid #8a5300; background: #fff6e0; padding: .6rem .9rem; margin: 1rem 0; }
      .findings li { margin: .35rem 0; }
      .diary-line { font-size: 1.05rem; }
      .verdicts li, .links li, .next li { margin: .3rem 0; }
      code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; background: #f3f4f6; padding: 0 .2rem; }
      .caveat { font-style: italic; }
      nav ul { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
      a { color: #0b50b8; }
      figure { margin: 1.25rem 0; }
      figure img, figure svg { display: block; max-width: 100%; height: auto; }
      figcaption { color: #333; margin-top: .4rem; }
      .table-wrap { overflow-x: auto; margin: .75rem 0 1rem; }
      table { border-collapse: collapse; font-size: .875rem; font-variant-numeric: tabular-nums; }
      caption { text-align: left; font-weight: 600; padding-bottom: .35rem; }
      th, td { border-bottom: 1px solid #d5d8dc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
      thead th { background: #eef1f4; border-bottom: 2px solid #9aa0a6; }
      .num { text-align: right; }
      td.num { white-space: nowrap; }
      time { white-space: nowrap; }
      tbody th { font-weight: 400; }
      tr.clear th, tr.clear td { font-weight: 700; }
      .approach-notes li { margin: .4rem 0; }
      .caveats { margin: .25rem 0 0; }
      .label { font-weight: 600; }
      .method { display: block; color: #454545; font-size: .9rem; }
      details summary { cursor: pointer; }
      dl.methods dt { font-weight: 700; margin-top: .8rem; }
      dl.methods dd { margin: .2rem 0 0; }
      footer { margin-top: 2.5rem; color: #454545; font-size: .9rem; }
      @page { size: auto; margin: 15mm; }
      @media print {
        html { font-size: 10pt; }
        body { max-width: none; margin: 0; padding: 0; color: #000; background: #fff; }
        nav { display: none; }
        a { color: inherit; text-decoration: none; }
        .notice { background: none; border: 1px solid #000; }
        thead th { background: none; }
        .table-wrap { overflow: visible; }
        table { font-size: 8pt; }
        th, td { padding: .2rem .25rem; }
        thead { display: table-header-group; }
        figure, tr, li, dt, dd, .notice { break-inside: avoid; }
        h2, h3, dt { break-after: avoid; }
        figure img, figure svg { max-width: 100%; max-height: 230mm; object-fit: contain; }
      }
      """;

  /**
   * The rules of the PDF's pages on top of {@link #CSS}: the paper, 15 mm margins and a footer on
   * every page with the diary's name and period and the page number, the text in the DejaVu Sans
   * that is embedded, page 1 for the answer and the details from page 2, and no figure, table row,
   * note or short table split across pages.
   */
  static String pdf(ReportPdf.Paper paper) {
    return """
        @page {
          size: %s; margin: 14mm 15mm 16mm;
          @bottom-left { content: element(footer); }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans"; font-size: 7.5pt; color: #454545; }
        }
        .running-footer { position: running(footer); font-size: 7.5pt; color: #454545; }
        html { font-size: 8.5pt; }
        body { font-family: "DejaVu Sans", sans-serif; line-height: 1.3; max-width: none; margin: 0; padding: 0; }
        h1 { font-size: 14pt; }
        .notice { font-size: 8pt; }
        h2 { font-size: 12pt; margin: 10pt 0 4pt; }
        h3 { font-size: 10pt; margin: 6pt 0 2pt; }
        p, li, dd { max-width: none; }
        .meta { margin: 0 0 3pt; }
        .notice { padding: 3pt 6pt; margin: 4pt 0; }
        ul { margin: 2pt 0; padding-left: 14pt; }
        .verdicts li, .links li, .next li { margin: 0; }
        #summary h2 { margin-top: 6pt; }
        #summary p { margin: 3pt 0; }
        code { display: block; font-family: "DejaVu Sans"; background: none; padding: 0 0 0 8pt; word-wrap: break-word; }
        figure { margin: 6pt 0; page-break-inside: avoid; }
        object.chart { display: block; width: 100%%; }
        figcaption { font-size: 8pt; margin-top: 2pt; }
        table { font-size: 7pt; width: 100%%; }
        th, td { padding: 1pt 2pt; }
        .table-wrap { margin: 4pt 0; }
        table, tr, li, dt, dd, .notice, figure { page-break-inside: avoid; }
        h2, h3, dt { page-break-after: avoid; }
        #findings { page-break-before: always; }
        #methods { font-size: 7pt; }
        footer { margin-top: 8pt; }
        """
        .formatted(paper.css());
  }
}
