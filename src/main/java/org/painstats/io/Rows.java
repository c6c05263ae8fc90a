package org.painstats.io;

import java.util.List;
import java.util.function.Consumer;

/**
 * The data records of a file, in input order, which can be gone through more than once: the cleaner
 * looks at every column once to decide what it holds, then again to clean. A file read as a stream
 * is read again on each pass, so that no pass holds more than one record at a time.
 */
@FunctionalInterface
public interface Rows {

  /**
   * Gives each record to {@code action}, in input order.
   *
   * @throws org.painstats.diary.DiaryFormatException if the file cannot be read on this pass
   */
  void forEach(Consumer<? super RawRecord> action);

  /** Records held in memory (an app export already gathered). */
  static Rows of(List<RawRecord> records) {
    List<RawRecord> copy = List.copyOf(records);
    return copy::forEach;
  }
}
