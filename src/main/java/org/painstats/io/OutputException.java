package org.painstats.io;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An output that cannot be written where the caller asked: a folder that cannot be made, a target
 * that is not a regular file, a full disk. The message names the path and the problem; a front end
 * reports it as a problem with what it was given, not as a bug.
 */
public final class OutputException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message, IOException cause) {
    super(message, cause);
  }

  public OutputException(String message) {
    super(message, new IOException(message));
  }
}
