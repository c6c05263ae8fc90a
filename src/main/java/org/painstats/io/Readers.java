package org.painstats.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.painstats.diary.DiaryFormatException;
import org.painstats.io.formats.AppReaders;

/**
 * The registry of diary readers, modelled on Tablesaw's {@code ReaderRegistry}: {@link #detect}
 * picks the first reader that recognises a file's first bytes; {@link #named} gives one by name.
 * App exports are tried before our own CSV, which reads any text and comes last.
 */
public final class Readers {
  private static final List<DiaryReader> ALL = AppReaders.withFallback(new CsvDiaryReader());

  private Readers() {}

  /** Every reader, in the order {@link #detect} tries them. */
  public static List<DiaryReader> all() {
    return ALL;
  }

  /** The first reader that recognises the file's first bytes. */
  public static DiaryReader detect(Path path) {
    FileHead head = FileHead.of(path);
    for (DiaryReader r : ALL) {
      if (r.recognises(head)) {
        return r;
      }
    }
    throw new IllegalStateException("the diary reader accepts every file");
  }

  /** The reader called {@code name} (case-insensitive). */
  public static Optional<DiaryReader> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(r -> r.name().equals(n)).findFirst();
  }

  /**
   * The reader called {@code name}.
   *
   * @throws DiaryFormatException if there is none; the message lists the names
   */
  public static DiaryReader require(String name) {
    return named(name)
        .orElseThrow(
            () ->
                new DiaryFormatException(
                    "no diary format \""
                        + name
                        + "\"; formats are "
                        + ALL.stream().map(DiaryReader::name).toList()));
  }
}
