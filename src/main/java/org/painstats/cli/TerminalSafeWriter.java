package org.painstats.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.painstats.diary.Escapes;

/**
 * Everything painstats prints passes here: characters a terminal must not be sent (escape sequences
 * that recolour, move the cursor or retitle the window; carriage returns and backspaces that
 * overwrite a line) are dropped, whatever cell, file name or message they came from. JSON escapes
 * such characters itself, so its output passes unchanged.
 */
final class TerminalSafeWriter extends FilterWriter {
  TerminalSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (Escapes.terminalSafe((char) c)) {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (!Escapes.terminalSafe(buf[i])) {
        out.write(buf, start, i - start);
        start = i + 1;
      }
    }
    out.write(buf, start, off + len - start);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    write(s.toCharArray(), off, len);
  }
}
