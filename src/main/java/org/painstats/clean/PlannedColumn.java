package org.painstats.clean;

import java.util.Optional;
import org.painstats.diary.Scale;

/**
 * What the cleaner does with one input column.
 *
 * @param index position in the input row
 * @param header the header as written
 * @param kind how its cells are read
 * @param name the cleaned name (for tags, the column's own name; the activities are the tags)
 * @param commasGroupThousands whether {@code 8,500} means eight thousand five hundred here
 * @param scale the scale declared by the header, the app or the user; a value off it is an issue
 */
record PlannedColumn(
    int index,
    String header,
    ColumnKind kind,
    String name,
    boolean commasGroupThousands,
    Optional<Scale> scale) {

  PlannedColumn(int index, String header, ColumnKind kind, String name, boolean grouping) {
    this(index, header, kind, name, grouping, Optional.empty());
  }
}
