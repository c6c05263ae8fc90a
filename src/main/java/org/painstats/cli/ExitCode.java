package org.painstats.cli;

/** The exit codes of {@code painstats}. */
final class ExitCode {
  /** Success. */
  static final int OK = 0;

  /** Something went wrong inside painstats: a bug to report. */
  static final int INTERNAL = 1;

  /** Bad input or a bad option: the message says what to change. */
  static final int BAD_INPUT = 2;

  private ExitCode() {}
}
