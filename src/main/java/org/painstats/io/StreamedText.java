package org.painstats.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.ImportSummary;

/**
 * The text of a diary file, decoded as {@link DecodedText} decodes it, but never held whole: one
 * pass over the bytes decides the charset and finds the lines holding bytes that are not UTF-8,
 * then {@link #reader()} decodes the file afresh on each pass of the cleaner. Only what is not a
 * regular file (a FIFO, which cannot be read twice) is read into memory, up to {@link
 * Limits#MAX_BYTES}.
 */
final class StreamedText {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int BLOCK = 1 << 16;

  private final Path path;
  private final String text;
  private final int start;
  private final Charset charset;
  private final boolean fellBack;
  private final boolean replace;
  private final long[] badLines;
  private final long badLineCount;

  private StreamedText(
      Path path,
      String text,
      int start,
      Charset charset,
      boolean fellBack,
      boolean replace,
      long[] badLines,
      long badLineCount) {
    this.path = path;
    this.text = text;
    this.start = start;
    this.charset = charset;
    this.fellBack = fellBack;
    this.replace = replace;
    this.badLines = badLines;
    this.badLineCount = badLineCount;
  }

  /** Whether the bytes were not valid UTF-8 and are read as Windows-1252. */
  boolean fellBack() {
    return fellBack;
  }

  /**
   * The first {@link ImportSummary#MAX_ISSUES} lines of a UTF-8 file holding bytes that are not
   * UTF-8 (each replaced by U+FFFD); {@link #badLineCount} counts them all.
   */
  long[] badLines() {
    return badLines.clone();
  }

  /** How many lines hold bytes that are not UTF-8. */
  long badLineCount() {
    return badLineCount;
  }

  /** The decoded text from its start (byte-order mark dropped), read afresh. */
  Reader reader() {
    if (text != null) {
      return new StringReader(text);
    }
    try {
      InputStream in = Files.newInputStream(path);
      in.skipNBytes(start);
      CharsetDecoder d = charset.newDecoder();
      if (replace || charset.equals(WINDOWS_1252)) {
        d.onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
      } else {
        d.onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
      }
      return new InputStreamReader(in, d);
    } catch (NoSuchFileException e) {
      throw new DiaryFormatException(path + ": no such file (removed while being read)", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a diary file: refuses what cannot be a diary (a directory, a device, more than {@link
   * Limits#MAX_BYTES}, no line end in the first {@link Limits#FIRST_LINE_BYTES}, a binary start,
   * invalid UTF-16, no text), with the messages of {@link DecodedText#read}.
   */
  static StreamedText open(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new DiaryFormatException(name + ": is a directory; give a diary file (CSV)");
    }
    try {
      String kind = AtomicFiles.kind(path.toRealPath());
      if (kind.contains("device")) {
        throw new DiaryFormatException(name + ": is " + kind + ", not a diary file");
      }
      if (!Files.isRegularFile(path)) {
        DecodedText t = DecodedText.read(path);
        long[] bad = t.badLines().stream().mapToLong(Long::longValue).toArray();
        return new StreamedText(
            null, t.text(), 0, t.charset(), t.fellBack(), false, bad, bad.length);
      }
      if (Files.size(path) > Limits.MAX_BYTES) {
        throw DecodedText.tooLarge(name);
      }
      return scan(name, path);
    } catch (NoSuchFileException e) {
      throw new DiaryFormatException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new DiaryFormatException(name + ": cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new DiaryFormatException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** One pass over the bytes: line ends, binary start, strict decoding, bad UTF-8 lines. */
  private static StreamedText scan(String name, Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(BLOCK);
      int start = 0;
      Charset cs = StandardCharsets.UTF_8;
      boolean utf16 = false;
      if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
        start = 2;
        cs = StandardCharsets.UTF_16BE;
        utf16 = true;
      } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
        start = 2;
        cs = StandardCharsets.UTF_16LE;
        utf16 = true;
      } else if (head.length >= 3
          && (head[0] & 0xff) == 0xef
          && (head[1] & 0xff) == 0xbb
          && (head[2] & 0xff) == 0xbf) {
        start = 3;
      }
      boolean binary = !utf16 && DecodedText.isBinary(head, start, head.length);
      Strict strict = new Strict(cs);
      BadUtf8 bad = new BadUtf8();
      long read = 0;
      boolean lineEnd = false;
      byte[] block = head;
      int n = head.length;
      int from = start;
      while (n > 0) {
        for (int i = 0; i < n && !lineEnd && read + i < Limits.FIRST_LINE_BYTES; i++) {
          lineEnd = block[i] == '\n' || block[i] == '\r';
        }
        read += n;
        if (!lineEnd && read >= Limits.FIRST_LINE_BYTES) {
          throw DecodedText.noLineEnd(name);
        }
        if (binary && lineEnd) {
          throw DecodedText.binary(name);
        }
        if (!binary) {
          strict.feed(block, from, n - from, false);
          if (!utf16) {
            bad.feed(block, from, n);
          }
        }
        from = 0;
        if (block == head) {
          block = new byte[BLOCK];
        }
        n = in.readNBytes(block, 0, BLOCK);
      }
      if (binary) {
        throw DecodedText.binary(name);
      }
      strict.feed(new byte[0], 0, 0, true);
      bad.end();
      if (utf16) {
        if (!strict.valid) {
          throw new DiaryFormatException(name + ": is not valid " + cs.name() + " text");
        }
        if (strict.blank) {
          throw DecodedText.empty(name);
        }
        return new StreamedText(path, null, start, cs, false, false, new long[0], 0);
      }
      if (strict.valid) {
        if (strict.blank) {
          throw DecodedText.empty(name);
        }
        return new StreamedText(path, null, start, cs, false, false, new long[0], 0);
      }
      if (bad.good >= bad.badBytes && bad.count > 0) {
        return new StreamedText(
            path, null, start, cs, false, true, Arrays.copyOf(bad.lines, bad.kept), bad.count);
      }
      return new StreamedText(path, null, start, WINDOWS_1252, true, false, new long[0], 0);
    }
  }

  /** Decodes strictly, block by block, noting whether it failed and whether all is white space. */
  private static final class Strict {
    private final CharsetDecoder decoder;
    private final CharBuffer out = CharBuffer.allocate(BLOCK);
    private ByteBuffer carry = ByteBuffer.allocate(0);
    boolean valid = true;
    boolean blank = true;

    Strict(Charset cs) {
      decoder =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    void feed(byte[] b, int off, int len, boolean last) {
      if (!valid) {
        return;
      }
      ByteBuffer in = ByteBuffer.allocate(carry.remaining() + len);
      in.put(carry).put(b, off, len).flip();
      while (true) {
        CoderResult r = decoder.decode(in, out, last);
        drain();
        if (r.isError()) {
          valid = false;
          return;
        }
        if (r.isUnderflow()) {
          break;
        }
      }
      if (last) {
        decoder.flush(out);
        drain();
      }
      carry = ByteBuffer.allocate(in.remaining()).put(in).flip();
    }

    private void drain() {
      out.flip();
      while (blank && out.hasRemaining()) {
        blank = Character.isWhitespace(out.get());
      }
      out.clear();
    }
  }

  /**
   * The lines holding bytes that are not UTF-8, as {@link DecodedText} finds them, with the
   * well-formed multi-byte characters and bad bytes counted: a byte at a time, a lead byte held
   * until its continuation bytes come.
   */
  private static final class BadUtf8 {
    final long[] lines = new long[ImportSummary.MAX_ISSUES];
    int kept;
    long count;
    long good;
    long badBytes;
    private long line = 1;
    private long lastBad = -1;
    private final int[] pending = new int[4];
    private int held;
    private int need;

    void feed(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        next(b[i] & 0xff);
      }
    }

    private void next(int c) {
      if (held > 0) {
        if ((c & 0xc0) == 0x80) {
          pending[held++] = c;
          if (held == need + 1) {
            good++;
            held = 0;
          }
          return;
        }
        failHeld();
      }
      lead(c);
    }

    /** The held lead byte lacks continuations: it is bad, and its continuations are read anew. */
    private void failHeld() {
      int n = held;
      held = 0;
      bad();
      for (int k = 1; k < n; k++) {
        lead(pending[k]);
      }
    }

    private void lead(int c) {
      if (c == '\n') {
        line++;
        return;
      }
      if (c < 0x80) {
        return;
      }
      int n = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
      if (n < 0) {
        bad();
        return;
      }
      pending[0] = c;
      held = 1;
      need = n;
    }

    private void bad() {
      badBytes++;
      if (lastBad != line) {
        lastBad = line;
        if (kept < lines.length) {
          lines[kept++] = line;
        }
        count++;
      }
    }

    void end() {
      if (held > 0) {
        failHeld();
      }
    }
  }
}
