package org.painstats.io;

/** What a header (or a reader's declaration) says a column is, before its values are looked at. */
public enum HeaderKind {
  DATE,
  PAIN,
  PAIN_MAX,
  SLEEP_HOURS,
  /** Tags of things done that day, separated by {@code ;}, {@code ,} or {@code |}. */
  ACTIVITIES,
  APPROACH,
  NOTES,
  /** Known free text (medication, comments, weekday). */
  TEXT,
  /** A numeric factor, declared by a reader. */
  FACTOR,
  /** A yes/no mark, one activity, declared by a reader. */
  FLAG,
  /** Anything else: a factor, a yes/no activity or text, decided from the values. */
  OTHER
}
