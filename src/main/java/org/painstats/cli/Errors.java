package org.painstats.cli;

import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Escapes;
import org.painstats.io.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr and an exit code. Bad input exits 2: a diary that cannot
 * be read ({@link DiaryFormatException}), an output that cannot be written where asked ({@link
 * OutputException}), a command-line mistake ({@link UsageException}). Anything else is a bug and
 * exits 1 with "internal error, please report it". {@code --debug} adds the stack trace.
 */
final class Errors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    boolean badInput =
        e instanceof DiaryFormatException
            || e instanceof UsageException
            || e instanceof OutputException;
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof DiaryFormatException d) {
      // The library says what to give; the command line says with which flag.
      message +=
          switch (d.remedy()) {
            case DATE_PATTERN -> " with --date-format";
            case OUTCOME_COLUMN -> " with --pain COLUMN or --outcome COLUMN";
            case PLAN_START -> " with --plan-start DATE";
            case USER -> " with --user ID";
            case NONE -> "";
          };
    }
    if (badInput) {
      cmd.getErr().println("painstats: " + oneLine(message));
    } else {
      cmd.getErr()
          .println(
              "painstats: internal error: "
                  + oneLine(message)
                  + " (run with --debug for details; please report it)");
    }
    if (debug(parsed)) {
      e.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return badInput ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
  }

  static int onParameterError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr().println("painstats: " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    if (java.util.Arrays.asList(args).contains("--debug")) {
      e.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return ExitCode.BAD_INPUT;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Longer messages quote some value whole: a safety net, values are shortened where quoted. */
  private static final int MAX_MESSAGE = 2000;

  private static String oneLine(String s) {
    return Escapes.inline(s.replaceAll("\\s*\\R\\s*", " ").strip(), MAX_MESSAGE);
  }
}
