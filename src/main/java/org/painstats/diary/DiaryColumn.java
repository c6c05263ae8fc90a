package org.painstats.diary;

import java.util.Objects;

/**
 * A column of the cleaned diary.
 *
 * @param name the cleaned, snake_case name ({@code sleep_hours})
 * @param header the header as written in the input (equal to {@code name} for diaries built in
 *     code)
 * @param role what the column means
 */
public record DiaryColumn(String name, String header, ColumnRole role) {
  public DiaryColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(role, "role");
  }
}
