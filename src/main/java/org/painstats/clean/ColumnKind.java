package org.painstats.clean;

/** How the cleaner reads one input column. */
enum ColumnKind {
  DATE,
  PAIN,
  PAIN_MAX,
  /** A numeric factor read as hours (7h30, 7:30), 0 to 24. */
  HOURS,
  FACTOR,
  /** A column of yes/no marks: one activity. */
  YES_NO,
  /** Tags of activities separated by ; , or |. */
  TAGS,
  APPROACH,
  TEXT,
  NOTES,
  /** A column with no name and no values, or with no values at all. */
  DROPPED
}
