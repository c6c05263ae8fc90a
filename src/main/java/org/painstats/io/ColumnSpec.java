package org.painstats.io;

import java.util.Objects;
import java.util.Optional;
import org.painstats.diary.Scale;

/**
 * What a reader declares about one column of its records, when the layout says it: an app knows
 * that a Flaredown symptom is rated 0-4 and a Daylio mood is one of five levels.
 *
 * @param kind what the column is; {@link HeaderKind#OTHER} leaves it to the values
 * @param scale the declared scale of a numeric column
 */
public record ColumnSpec(HeaderKind kind, Optional<Scale> scale) {
  public ColumnSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scale, "scale");
  }

  /** A column of this kind, no scale declared. */
  public static ColumnSpec of(HeaderKind kind) {
    return new ColumnSpec(kind, Optional.empty());
  }

  /** A numeric factor on a declared scale. */
  public static ColumnSpec factor(Scale scale) {
    return new ColumnSpec(HeaderKind.FACTOR, Optional.of(scale));
  }
}
