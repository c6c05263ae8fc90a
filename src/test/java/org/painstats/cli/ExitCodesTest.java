package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.painstats.diary.DiaryFormatException;
import org.painstats.io.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Bad input exits 2 with one line; anything else is a bug: exit 1, "internal error, please report
 * it", the stack trace only with --debug.
 */
class ExitCodesTest {
  @Command(name = "throw")
  static final class Thrower implements Callable<Integer> {
    @Option(names = "--debug")
    boolean debug;

    RuntimeException toThrow;

    @Override
    public Integer call() {
      throw toThrow;
    }
  }

  private record Run(int exit, String err) {}

  private static Run run(RuntimeException e, String... args) {
    Thrower t = new Thrower();
    t.toThrow = e;
    CommandLine cmd = new CommandLine(t);
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExecutionExceptionHandler(new Errors());
    return new Run(cmd.execute(args), err.toString());
  }

  @Test
  void aBugIsAnInternalErrorWithExitOne() {
    Run r = run(new IllegalArgumentException("index 3 out of bounds"));
    assertEquals(ExitCode.INTERNAL, r.exit());
    assertEquals(
        "painstats: internal error: index 3 out of bounds (run with --debug for details; please"
            + " report it)\n",
        r.err());
    assertEquals(ExitCode.INTERNAL, run(new IllegalStateException("x")).exit());
    assertEquals(
        ExitCode.INTERNAL, run(new java.io.UncheckedIOException(new java.io.IOException())).exit());
  }

  @Test
  void badInputExitsTwoWithOneLine() {
    Run r = run(new DiaryFormatException("d.csv: no pain column"));
    assertEquals(ExitCode.BAD_INPUT, r.exit());
    assertEquals("painstats: d.csv: no pain column\n", r.err());
    assertEquals(ExitCode.BAD_INPUT, run(new OutputException("out: is a device")).exit());
    assertEquals(ExitCode.BAD_INPUT, run(new UsageException("-o is an input")).exit());
  }

  @Test
  void theLibraryNamesTheRemedyAndTheCommandLineItsFlag() {
    Run r =
        run(
            new DiaryFormatException(
                "d.csv: dates could be either; give the date pattern",
                DiaryFormatException.Remedy.DATE_PATTERN));
    assertEquals(
        "painstats: d.csv: dates could be either; give the date pattern with --date-format\n",
        r.err());
  }

  @Test
  void aMissingPainColumnNamesTheFlagsThatNameOne() {
    Run r =
        run(
            new DiaryFormatException(
                "d.csv: no pain column; name the column to analyse as the outcome",
                DiaryFormatException.Remedy.OUTCOME_COLUMN));
    assertEquals(
        "painstats: d.csv: no pain column; name the column to analyse as the outcome with --pain"
            + " COLUMN or --outcome COLUMN\n",
        r.err());
  }

  @Test
  void aFileOfManyUsersAsksForOneWithTheFlag() {
    Cli r = Cli.run("import", "src/test/resources/formats/flaredown-research.csv");
    assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().strip().endsWith("choose the user to read with --user ID"), r.err());
  }

  @Test
  void theStackTraceOnlyWithDebug() {
    assertFalse(run(new IllegalStateException("boom")).err().contains("\tat "));
    assertTrue(run(new IllegalStateException("boom"), "--debug").err().contains("\tat "));
  }
}
