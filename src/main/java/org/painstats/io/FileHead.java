package org.painstats.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.painstats.diary.DiaryFormatException;

/**
 * The first bytes of a file, decoded, for readers to recognise their layout without reading the
 * whole file.
 *
 * @param name the file name as given, for messages
 * @param text up to the first 64 KiB, decoded as UTF-8 (byte-order mark dropped; undecodable bytes
 *     replaced, which is enough to recognise a header)
 */
public record FileHead(String name, String text) {
  private static final int SIZE = 64 * 1024;

  /**
   * The head of a file.
   *
   * @throws DiaryFormatException if the path is missing, a directory or unreadable
   */
  public static FileHead of(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new DiaryFormatException(name + ": is a directory; give a diary file (CSV)");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(SIZE);
      int start =
          bytes.length >= 3
                  && (bytes[0] & 0xff) == 0xef
                  && (bytes[1] & 0xff) == 0xbb
                  && (bytes[2] & 0xff) == 0xbf
              ? 3
              : 0;
      return new FileHead(
          name, new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new DiaryFormatException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new DiaryFormatException(name + ": cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new DiaryFormatException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The first {@code n} non-blank lines (fewer if the head has fewer complete lines). Scanned, not
   * split: every reader asks while the format is picked, and splitting all 64 KiB each time cost a
   * tenth of the sample's import.
   */
  public List<String> lines(int n) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (out.size() < n && start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        out.add(line);
      }
      start =
          end
              + (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n'
                  ? 2
                  : 1);
    }
    return out;
  }

  /**
   * The header keys ({@link Headers#key}) of line {@code index} (0 for the first non-blank line),
   * split on the delimiter that splits it most; empty when the head has fewer lines.
   */
  public List<String> keys(int index) {
    List<String> lines = lines(index + 1);
    if (lines.size() <= index) {
      return List.of();
    }
    String line = lines.get(index);
    char d = DelimitedRecords.sniffDelimiter(line);
    List<String> keys = new ArrayList<>();
    for (String field : line.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1)) {
      keys.add(Headers.key(field.replace("\"", "")));
    }
    return keys;
  }

  /** Whether line {@code index}'s header keys contain all of {@code keys}. */
  public boolean hasKeys(int index, String... keys) {
    return keys(index).containsAll(List.of(keys));
  }

  /** The head's text starts (after white space) with this, ignoring case. */
  public boolean startsWith(String prefix) {
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    return text.regionMatches(true, first, prefix, 0, prefix.length());
  }
}
