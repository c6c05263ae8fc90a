package org.painstats.diary;

/**
 * A diary file that cannot be read at all: no date or pain column, not text, empty. The message
 * names the file, what was found and what to do; the command line prints it as one line.
 */
public final class DiaryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DiaryFormatException(String message) {
    super(message);
  }

  public DiaryFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
