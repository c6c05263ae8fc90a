package org.painstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One HTML table of the report: a caption, column headers ({@code <th scope="col">}), rows whose
 * first cell names the row ({@code <th scope="row">}), numbers right-aligned, and rows of clear
 * results in bold. Also the report's number policy: few digits, no locale, {@code n/a} where a
 * number could not be computed.
 */
final class HtmlTable {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String caption;
  private final String[] headers;
  private final boolean[] numeric;
  private final boolean[] dates;
  private final List<String[]> rows = new ArrayList<>();
  private final List<Boolean> strong = new ArrayList<>();

  /** A table with a caption and column headers; {@code numericColumns} are right-aligned. */
  HtmlTable(String caption, String[] headers, int... numericColumns) {
    this.caption = caption;
    this.headers = headers.clone();
    this.numeric = new boolean[headers.length];
    this.dates = new boolean[headers.length];
    for (int c : numericColumns) {
      numeric[c] = true;
    }
  }

  /**
   * Marks columns of ISO dates or periods ({@code 2025-06-17 to 2025-08-11}): each date becomes a
   * {@code <time>} element, kept on one line (a browser would otherwise break it at its dashes).
   */
  HtmlTable dates(int... columns) {
    for (int c : columns) {
      dates[c] = true;
    }
    return this;
  }

  /** Adds a row; {@code clear} sets it in bold. */
  HtmlTable row(boolean clear, String... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(
          cells.length + " cells for " + headers.length + " columns");
    }
    rows.add(cells.clone());
    strong.add(clear);
    return this;
  }

  void write(Html h) {
    h.open("div", "class", "table-wrap").nl();
    h.open("table").nl();
    h.element("caption", caption).nl();
    h.open("thead").open("tr");
    for (int c = 0; c < headers.length; c++) {
      h.element("th", headers[c], cellAttributes("col", c));
    }
    h.close("tr").close("thead").nl();
    h.open("tbody").nl();
    for (int i = 0; i < rows.size(); i++) {
      String[] cells = rows.get(i);
      if (strong.get(i)) {
        h.open("tr", "class", "clear");
      } else {
        h.open("tr");
      }
      h.element("th", cells[0], cellAttributes("row", 0));
      for (int c = 1; c < cells.length; c++) {
        if (numeric[c]) {
          h.element("td", cells[c], "class", "num");
        } else if (dates[c]) {
          dateCell(h, cells[c]);
        } else {
          h.element("td", cells[c]);
        }
      }
      h.close("tr").nl();
    }
    h.close("tbody").nl();
    h.close("table").nl();
    h.close("div").nl();
  }

  private static void dateCell(Html h, String text) {
    h.open("td");
    String[] parts = text.split(" to ", -1);
    for (int i = 0; i < parts.length; i++) {
      h.text(i == 0 ? "" : " to ");
      if (ISO_DATE.matcher(parts[i]).matches()) {
        h.element("time", parts[i], "datetime", parts[i]);
      } else {
        h.text(parts[i]);
      }
    }
    h.close("td");
  }

  private String[] cellAttributes(String scope, int column) {
    return numeric[column]
        ? new String[] {"scope", scope, "class", "num"}
        : new String[] {"scope", scope};
  }

  /** A number with {@code digits} decimals, {@code n/a} for NaN, never {@code -0.0}. */
  static String num(double x, int digits) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%." + digits + "f", x);
    return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
  }

  /** A p- or q-value: three decimals, {@code <0.001} below that, {@code n/a} for NaN. */
  static String p(double x) {
    return Double.isNaN(x) ? "n/a" : x < 0.001 ? "<0.001" : num(x, 3);
  }

  /** A 95% interval, {@code -1.49 to 0.21}, or {@code n/a}. */
  static String ci(double lo, double hi, int digits) {
    return Double.isNaN(lo) || Double.isNaN(hi)
        ? "n/a"
        : num(lo, digits) + " to " + num(hi, digits);
  }

  static String yes(boolean b) {
    return b ? "yes" : "no";
  }
}
