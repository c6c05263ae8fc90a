package org.painstats.diary;

import java.util.Objects;
import java.util.Optional;

/**
 * A column of the cleaned diary.
 *
 * @param name the cleaned, snake_case name ({@code sleep_hours})
 * @param header the header as written in the input (equal to {@code name} for diaries built in
 *     code)
 * @param role what the column means
 * @param scale the scale of a numeric column when the header, the app or the user declared it;
 *     empty when only the values are known
 */
public record DiaryColumn(String name, String header, ColumnRole role, Optional<Scale> scale) {
  public DiaryColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(scale, "scale");
  }

  /** A column whose scale is not declared. */
  public DiaryColumn(String name, String header, ColumnRole role) {
    this(name, header, role, Optional.empty());
  }

  /** This column with another role, its scale kept. */
  public DiaryColumn withRole(ColumnRole newRole) {
    return new DiaryColumn(name, header, newRole, scale);
  }
}
