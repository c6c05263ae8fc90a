package org.painstats.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.painstats.diary.DiaryFormatException;

/**
 * The text of a diary file, decoded: a byte-order mark is dropped (Tablesaw would keep it), UTF-16
 * is honoured when marked, UTF-8 is expected and Windows-1252 is the fallback for old spreadsheet
 * exports.
 *
 * @param text the decoded text, without byte-order mark
 * @param charset the charset the bytes were read with
 * @param fellBack whether the bytes were not valid UTF-8 and were read as Windows-1252
 * @param badLines the lines of a UTF-8 file that hold bytes which are not UTF-8, each replaced by
 *     U+FFFD: a file that is UTF-8 elsewhere stays UTF-8, and the lines are said as issues
 */
public record DecodedText(String text, Charset charset, boolean fellBack, List<Long> badLines) {

  public DecodedText {
    badLines = List.copyOf(badLines);
  }

  /** Text decoded without a bad byte. */
  public DecodedText(String text, Charset charset, boolean fellBack) {
    this(text, charset, fellBack, List.of());
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Reads and decodes a file.
   *
   * @throws DiaryFormatException if the path is missing, a directory, unreadable, empty or binary
   */
  public static DecodedText read(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new DiaryFormatException(name + ": is a directory; give a diary file (CSV)");
    }
    byte[] bytes;
    try {
      bytes = readBounded(name, path);
    } catch (NoSuchFileException e) {
      throw new DiaryFormatException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new DiaryFormatException(name + ": cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new DiaryFormatException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return decode(name, bytes);
  }

  /**
   * The file's bytes, refusing early what cannot be a diary: a device (an endless one such as
   * /dev/zero would fill memory), a binary start (seen in the first block), no line end in the
   * first {@link Limits#FIRST_LINE_BYTES}, more than {@link Limits#MAX_BYTES}.
   */
  private static byte[] readBounded(String name, Path path) throws IOException {
    String kind = AtomicFiles.kind(path.toRealPath());
    if (kind.contains("device")) {
      throw new DiaryFormatException(name + ": is " + kind + ", not a diary file");
    }
    if (Files.isRegularFile(path)) {
      if (Files.size(path) > Limits.MAX_BYTES) {
        throw tooLarge(name);
      }
      byte[] all = Files.readAllBytes(path);
      for (int i = 0; i < Math.min(all.length, Limits.FIRST_LINE_BYTES); i++) {
        if (all[i] == '\n' || all[i] == '\r') {
          return all;
        }
      }
      if (all.length >= Limits.FIRST_LINE_BYTES) {
        throw noLineEnd(name);
      }
      return all;
    }
    try (InputStream in = Files.newInputStream(path)) {
      // a FIFO is read in blocks, each checked before the next: it may never end
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
      byte[] block = new byte[1 << 16];
      boolean lineEnd = false;
      boolean checkedStart = false;
      for (int r = in.read(block); r >= 0; r = in.read(block)) {
        if (out.size() + (long) r > Limits.MAX_BYTES) {
          throw tooLarge(name);
        }
        for (int i = 0; i < r && !lineEnd; i++) {
          lineEnd = block[i] == '\n' || block[i] == '\r';
        }
        if (!checkedStart && out.size() == 0 && r > 0) {
          checkedStart = true;
          boolean utf16 = r >= 2 && ((block[0] & 0xff) == 0xfe || (block[0] & 0xff) == 0xff);
          if (!utf16 && isBinary(block, 0, r)) {
            throw binary(name);
          }
        }
        out.write(block, 0, r);
        if (!lineEnd && out.size() >= Limits.FIRST_LINE_BYTES) {
          throw noLineEnd(name);
        }
      }
      return out.toByteArray();
    }
  }

  static DiaryFormatException noLineEnd(String name) {
    return new DiaryFormatException(
        String.format(
            Locale.ROOT,
            "%s: has no line end in its first %d MB; a diary has one line per entry, so this is not"
                + " one",
            name,
            Limits.FIRST_LINE_BYTES >> 20));
  }

  static DiaryFormatException tooLarge(String name) {
    return new DiaryFormatException(
        String.format(
            Locale.ROOT,
            "%s: is larger than %,d MB; painstats reads diaries up to that size (split it by year)",
            name,
            Limits.MAX_BYTES >> 20));
  }

  static DiaryFormatException binary(String name) {
    return new DiaryFormatException(
        name
            + ": is a binary file, not a diary; export the sheet as CSV (comma or semicolon separated text)");
  }

  static DiaryFormatException empty(String name) {
    return new DiaryFormatException(
        name + ": is empty; a diary needs a header line and one row per entry");
  }

  /** Decodes the bytes of a file named {@code name} (used in messages). */
  public static DecodedText decode(String name, byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new DecodedText(
          strict(name, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new DecodedText(
          strict(name, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
    }
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    if (isBinary(bytes, start, bytes.length)) {
      throw binary(name);
    }
    String text;
    boolean fellBack = false;
    Charset cs = StandardCharsets.UTF_8;
    List<Long> bad = List.of();
    try {
      text = decodeStrict(bytes, start, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      bad = badUtf8Lines(bytes, start);
      if (bad.isEmpty()) {
        text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
        fellBack = true;
        cs = WINDOWS_1252;
      } else {
        text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      }
    }
    if (text.isBlank()) {
      throw empty(name);
    }
    return new DecodedText(text, cs, fellBack, bad);
  }

  /**
   * The lines holding bytes that are not UTF-8, when the rest of the file shows it is UTF-8 (it has
   * at least as many well-formed multi-byte characters as bad bytes); empty when the file looks
   * like a single-byte encoding instead.
   */
  private static List<Long> badUtf8Lines(byte[] b, int start) {
    List<Long> lines = new ArrayList<>();
    int good = 0;
    int badBytes = 0;
    long line = 1;
    int i = start;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c == '\n') {
        line++;
        i++;
        continue;
      }
      if (c < 0x80) {
        i++;
        continue;
      }
      int n = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
      boolean ok = n > 0;
      for (int k = 1; ok && k <= n; k++) {
        ok = i + k < b.length && (b[i + k] & 0xc0) == 0x80;
      }
      if (ok) {
        good++;
        i += n + 1;
      } else {
        badBytes++;
        if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
          lines.add(line);
        }
        i++;
      }
    }
    return good >= badBytes ? lines : List.of();
  }

  private static String strict(String name, byte[] bytes, int start, Charset cs) {
    try {
      String text = decodeStrict(bytes, start, cs);
      if (text.isBlank()) {
        throw empty(name);
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new DiaryFormatException(name + ": is not valid " + cs.name() + " text", e);
    }
  }

  private static String decodeStrict(byte[] bytes, int start, Charset cs)
      throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }

  /** Text files have no NUL bytes and few control characters; spreadsheets and images do. */
  static boolean isBinary(byte[] bytes, int start, int length) {
    int end = Math.min(length, start + 8192);
    int control = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return end > start && control * 20 > end - start;
  }
}
