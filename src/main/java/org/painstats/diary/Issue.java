package org.painstats.diary;

import java.util.Objects;

/**
 * One problem found in a diary and what was done about it.
 *
 * @param line physical line in the input file (header = 1); 0 when the issue is about the whole
 *     file
 * @param column the header of the column concerned, empty when the issue concerns a whole row
 * @param value the raw text as written, empty when there was none
 * @param problem what was wrong, in a few plain words ("above 10")
 * @param action what was done ("set missing", "row rejected")
 */
public record Issue(long line, String column, String value, String problem, String action) {

  public Issue {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(action, "action");
  }

  @Override
  public String toString() {
    String where = line > 0 ? "line " + line : "file";
    String col = column.isEmpty() ? "" : ", " + column;
    String val = value.isEmpty() ? "" : " \"" + value + "\"";
    return where + col + ":" + val + " " + problem + "; " + action;
  }
}
