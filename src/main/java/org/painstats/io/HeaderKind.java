package org.painstats.io;

/** What a header says a column is, before its values are looked at. */
public enum HeaderKind {
  DATE,
  PAIN,
  PAIN_MAX,
  SLEEP_HOURS,
  /** Tags of things done that day, separated by {@code ;} or {@code ,}. */
  ACTIVITIES,
  APPROACH,
  NOTES,
  /** Known free text (medication, comments, weekday). */
  TEXT,
  /** Anything else: a factor, a yes/no activity or text, decided from the values. */
  OTHER
}
