package org.painstats.clean;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How to read a diary file. Immutable; start from {@link #withDefaults()}.
 *
 * <pre>{@code ImportOptions.withDefaults().withDateFormat("dd/MM/yyyy")}</pre>
 */
public final class ImportOptions {
  private static final ImportOptions DEFAULTS = new ImportOptions(Optional.empty());

  private final Optional<String> dateFormat;

  private ImportOptions(Optional<String> dateFormat) {
    this.dateFormat = dateFormat;
  }

  /** Dates read in every form the diary format allows; ambiguous ones decided from the file. */
  public static ImportOptions withDefaults() {
    return DEFAULTS;
  }

  /**
   * Dates read with this pattern first ({@link DateTimeFormatter} letters, English month names),
   * for files whose {@code 03/05/2024} dates cannot be decided from the file.
   *
   * @throws IllegalArgumentException if the pattern is not a valid date pattern
   */
  public ImportOptions withDateFormat(String pattern) {
    try {
      DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--date-format \""
              + pattern
              + "\" is not a date pattern ("
              + e.getMessage()
              + "); use letters such as dd/MM/yyyy or MM/dd/yyyy");
    }
    if (!pattern.contains("d") || !pattern.contains("M") || !pattern.contains("y")) {
      throw new IllegalArgumentException(
          "--date-format \""
              + pattern
              + "\" needs a day (d), a month (M) and a year (y), as in dd/MM/yyyy");
    }
    return new ImportOptions(Optional.of(pattern));
  }

  /** The date pattern given, if any. */
  public Optional<String> dateFormat() {
    return dateFormat;
  }

  @Override
  public String toString() {
    return "ImportOptions[dateFormat=" + dateFormat.orElse("auto") + "]";
  }
}
