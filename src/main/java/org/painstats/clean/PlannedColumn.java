package org.painstats.clean;

/**
 * What the cleaner does with one input column.
 *
 * @param index position in the input row
 * @param header the header as written
 * @param kind how its cells are read
 * @param name the cleaned name (for tags, the column's own name; the activities are the tags)
 * @param commasGroupThousands whether {@code 8,500} means eight thousand five hundred here
 */
record PlannedColumn(
    int index, String header, ColumnKind kind, String name, boolean commasGroupThousands) {}
