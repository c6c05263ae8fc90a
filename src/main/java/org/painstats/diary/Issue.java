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
 * @param action what was done, in words ("set missing", "row rejected")
 * @param kind what was done, for code: renderers and tests select issues by kind, never by wording
 */
public record Issue(
    long line, String column, String value, String problem, String action, Kind kind) {

  /** What an issue did to the diary. */
  public enum Kind {
    /** A row was left out (no readable date). */
    REJECTED,
    /** A row was merged into another entry of its day. */
    MERGED,
    /** A value was judged invalid and set missing. */
    SET_MISSING,
    /** A value was read as something other than its text (a name unified, a unit converted). */
    CHANGED,
    /** A column was left out. */
    DROPPED,
    /** Nothing was changed; something the user should know (a day without pain, a decoding). */
    NOTE
  }

  public Issue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(action, "action");
  }

  /** The issue in one line; a long value is shortened (the line and column say where it is). */
  @Override
  public String toString() {
    String where = line > 0 ? "line " + line : "file";
    String col = column.isEmpty() ? "" : ", " + column;
    String val = value.isEmpty() ? "" : " \"" + Escapes.inline(value) + "\"";
    return where + col + ":" + val + " " + problem + "; " + action;
  }
}
