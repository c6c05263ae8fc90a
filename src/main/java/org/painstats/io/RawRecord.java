package org.painstats.io;

import java.util.List;

/**
 * One record of a delimited file as written, with the physical line it starts on (the header is
 * line 1 when the file starts with it).
 *
 * @param line the physical line the record starts on, counting from 1
 * @param values the fields, unquoted, untrimmed
 */
public record RawRecord(long line, List<String> values) {
  public RawRecord {
    values = List.copyOf(values);
  }

  /** The field at {@code index}, or the empty string past the end of a short row. */
  public String get(int index) {
    return index < values.size() ? values.get(index) : "";
  }

  /** Whether every field is blank. */
  public boolean isBlank() {
    return values.stream().allMatch(String::isBlank);
  }
}
