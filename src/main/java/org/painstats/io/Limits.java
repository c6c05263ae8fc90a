package org.painstats.io;

/**
 * What painstats takes to be a diary at most: past these, an input cannot be one person's diary (a
 * log dump, a device, a file with no line ends), and it is refused in one line rather than read
 * until memory runs out.
 */
public final class Limits {
  private Limits() {}

  /** Columns (fields in one line). */
  public static final int MAX_COLUMNS = 1_000;

  /** Distinct days (about 274 years of daily entries). */
  public static final int MAX_DAYS = 100_000;

  /** A line end must come within this many bytes of the start. */
  public static final int FIRST_LINE_BYTES = 4 << 20;

  /**
   * The size of a diary file. A spreadsheet diary is streamed, but read twice, and an app export
   * may be read whole: past this, a file is a log or a dump, not one person's diary.
   */
  public static final long MAX_BYTES = 1L << 30;
}
