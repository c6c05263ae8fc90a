package org.painstats.diary;

/**
 * A diary file that cannot be read at all: no date or pain column, not text, empty. The message
 * names the file, what was found and what to do; the command line prints it as one line.
 */
public final class DiaryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the caller can give to get past the problem, for a front end to name its own way. */
  public enum Remedy {
    /** Nothing to give: the file itself must change. */
    NONE,
    /** The date pattern ({@code ImportOptions.withDateFormat}). */
    DATE_PATTERN,
    /** The column to analyse ({@code ImportOptions.withOutcome} or {@code withPain}). */
    OUTCOME_COLUMN,
    /** The date of a schedule's study day 1 ({@code PlanFiles.read}'s start). */
    PLAN_START,
    /** The user to read from a file of many users ({@code ImportOptions.withUser}). */
    USER
  }

  private final Remedy remedy;

  public DiaryFormatException(String message) {
    this(message, Remedy.NONE);
  }

  public DiaryFormatException(String message, Remedy remedy) {
    super(message);
    this.remedy = remedy;
  }

  public DiaryFormatException(String message, Throwable cause) {
    super(message, cause);
    this.remedy = Remedy.NONE;
  }

  /** What the caller can give to get past the problem. */
  public Remedy remedy() {
    return remedy;
  }
}
