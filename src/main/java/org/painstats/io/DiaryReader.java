package org.painstats.io;

import java.nio.file.Path;

/**
 * Reads one layout of diary file (our CSV, an app's export) into records the cleaner turns into a
 * diary. Modelled on Tablesaw's {@code DataReader}: a reader says which files it recognises from
 * their first bytes, and {@link Readers} picks the first that does.
 *
 * <p>A reader takes the path, not the file's text, so that it can stream a large export (a
 * Flaredown research file of 700 MB, an Apple Health export of a gigabyte) and keep only what the
 * diary needs.
 */
public interface DiaryReader {

  /** The short name used to force this reader ({@code csv}, {@code bearable}). */
  String name();

  /** One line: what files this reader reads and how it recognises them. */
  String description();

  /** Whether the start of a file looks like this reader's layout. */
  boolean recognises(FileHead head);

  /**
   * Reads a file into records.
   *
   * @throws org.painstats.diary.DiaryFormatException if the file cannot be read in this layout
   */
  DiaryRecords read(Path path, ReaderOptions options);
}
