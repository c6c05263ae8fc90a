package org.painstats.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumn;
import org.painstats.diary.Escapes;

/**
 * Writes the cleaned diary format: UTF-8, comma-separated, {@code .} decimal point, header first,
 * one row per day sorted by date; {@code date} ISO, {@code pain} (and {@code pain_max} when days
 * were merged), factors, activities as 0/1, {@code approach}, text, {@code notes} last. Numbers are
 * written in their shortest exact form so that reading the file back gives the same diary. A text
 * cell starting with {@code = + - @} gets a leading apostrophe ({@link Escapes#toCsvCell}) so that
 * a spreadsheet opening the file shows it as text, never runs it as a formula; reading drops it.
 */
public final class CleanedDiaryWriter {
  private CleanedDiaryWriter() {}

  /** The cleaned diary as CSV text, {@code \n} line ends. */
  public static String toCsv(Diary diary) {
    StringWriter out = new StringWriter();
    try {
      print(diary, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the cleaned diary to a file, whole or not at all, a row at a time. */
  public static void write(Diary diary, Path target) {
    AtomicFiles.write(
        target,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          print(diary, w);
          w.flush();
        });
  }

  /** Prints the rows as they are formatted: no copy of the diary as text is held. */
  private static void print(Diary diary, Appendable out) throws IOException {
    List<DiaryColumn> cols = diary.columns();
    List<IntFunction<String>> cells = new ArrayList<>();
    for (DiaryColumn c : cols) {
      cells.add(
          switch (c.role()) {
            case DATE -> {
              List<java.time.LocalDate> dates = diary.dates();
              yield i -> dates.get(i).toString();
            }
            case APPROACH, TEXT -> {
              List<String> text = diary.text(c.name());
              yield i -> Escapes.toCsvCell(text.get(i));
            }
            default -> {
              double[] values = diary.values(c.name());
              yield i -> number(values[i]);
            }
          });
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    CSVPrinter p = new CSVPrinter(out, format);
    p.printRecord(cols.stream().map(DiaryColumn::name).toList());
    String[] row = new String[cols.size()];
    for (int day = 0; day < diary.days(); day++) {
      for (int k = 0; k < row.length; k++) {
        row[k] = cells.get(k).apply(day);
      }
      p.printRecord((Object[]) row);
    }
    p.flush();
  }

  /** The shortest decimal that reads back as the same double; empty for NaN. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
