package org.painstats.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The records of a delimited file parsed from the file on each pass, one at a time: memory holds
 * the record being read, never the file.
 */
final class StreamedRecords {
  private final String name;
  private final StreamedText text;
  private final char delimiter;

  StreamedRecords(String name, StreamedText text) {
    this.name = name;
    this.text = text;
    this.delimiter = DelimitedRecords.sniffDelimiter(firstLine(text));
  }

  /** The first {@code n} records (fewer if the file has fewer). */
  List<RawRecord> first(int n) {
    List<RawRecord> out = new ArrayList<>(n);
    parse(r -> out.add(r) && out.size() < n);
    return out;
  }

  /** Every record after the header, in input order. */
  Rows rows() {
    return action -> {
      boolean[] header = {true};
      parse(
          r -> {
            if (header[0]) {
              header[0] = false;
            } else {
              action.accept(r);
            }
            return true;
          });
    };
  }

  private void parse(Predicate<RawRecord> action) {
    DelimitedRecords.parse(name, text.reader(), delimiter, action);
  }

  /** The first line that is not blank, as {@link DelimitedRecords#sniffDelimiter} looks at. */
  private static String firstLine(StreamedText text) {
    try (BufferedReader in = new BufferedReader(text.reader())) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          return line;
        }
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
