package org.painstats.diary;

import java.util.Locale;

/** What a diary column means to the analysis. */
public enum ColumnRole {
  /** The day of the entry. */
  DATE,
  /** The quantity analysed, pain unless another column is chosen. */
  OUTCOME,
  /** The highest pain of a day that had several entries; described, never analysed. */
  OUTCOME_MAX,
  /** A numeric column that may track with the outcome (sleep hours, stress, mood...). */
  FACTOR,
  /** A 0/1 column: whether something was done that day. */
  ACTIVITY,
  /** The treatment approach being tried that day; empty when none. */
  APPROACH,
  /** Free text, kept but never analysed. */
  TEXT;

  /** The lower-case word used in reports: {@code outcome}, {@code factor}, ... */
  public String label() {
    return this == OUTCOME_MAX ? "highest pain of the day" : name().toLowerCase(Locale.ROOT);
  }
}
