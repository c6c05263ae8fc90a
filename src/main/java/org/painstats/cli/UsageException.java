package org.painstats.cli;

/** A command-line mistake found after parsing (an output path equal to the input). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
