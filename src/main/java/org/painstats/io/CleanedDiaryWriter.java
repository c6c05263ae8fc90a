package org.painstats.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    List<DiaryColumn> cols = diary.columns();
    List<Object[]> columns = new ArrayList<>();
    for (DiaryColumn c : cols) {
      columns.add(
          switch (c.role()) {
            case DATE -> diary.dates().stream().map(Object::toString).toArray();
            case APPROACH, TEXT -> diary.text(c.name()).stream().map(Escapes::toCsvCell).toArray();
            default -> format(diary.values(c.name()));
          });
    }
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      p.printRecord(cols.stream().map(DiaryColumn::name).toList());
      for (int row = 0; row < diary.days(); row++) {
        List<Object> values = new ArrayList<>(cols.size());
        for (Object[] col : columns) {
          values.add(col[row]);
        }
        p.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the cleaned diary to a file, whole or not at all. */
  public static void write(Diary diary, Path target) {
    AtomicFiles.write(target, toCsv(diary));
  }

  private static Object[] format(double[] values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = number(values[i]);
    }
    return out;
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
