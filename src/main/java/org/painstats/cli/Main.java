package org.painstats.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code painstats}: the command people run. The only class that exits. */
@Command(
    name = "painstats",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Honest statistics for a personal pain diary. Not medical advice.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {"", "Run 'painstats COMMAND --help' for a command's options."})
public final class Main implements Runnable {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
  }

  public static void main(String[] args) {
    // Straight to the file descriptor: System.out is a PrintStream, which hides write errors from
    // the PrintWriter above it; this way a full disk or a closed pipe reaches checkError().
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), Charset.defaultCharset()),
            true);
    System.exit(run(out, new PrintWriter(System.err, true), args));
  }

  /** The commands, in the order help lists them. */
  private static final List<String> COMMANDS =
      List.of("import", "report", "plan", "charts", "formats", "help");

  /**
   * A command's object. A switch rather than a map of constructors: JDK 25's start-up cache
   * (-XX:AOTMode=create) crashed on the method references such a map holds in a static field.
   */
  private static Object command(String name) {
    return switch (name) {
      case "import" -> new ImportCommand();
      case "report" -> new ReportCommand();
      case "plan" -> new PlanCommand();
      case "charts" -> new ChartsCommand();
      case "formats" -> new FormatsCommand();
      default -> new CommandLine.HelpCommand();
    };
  }

  /**
   * The command line with the command the arguments name, or with every command when they name none
   * (help, a usage error, a misspelt command). picocli reads each command's annotations when it is
   * added: building the four a run does not use was about 10-20 ms of every run.
   */
  static CommandLine withCommands(CommandLine cmd, String... args) {
    String named = "";
    for (String a : args) {
      if (!a.startsWith("-")) {
        named = a;
        break;
      }
    }
    if (!named.equals("help") && COMMANDS.contains(named)) {
      cmd.addSubcommand(named, command(named));
    } else {
      for (String name : COMMANDS) {
        cmd.addSubcommand(name, command(name));
      }
    }
    return cmd;
  }

  /**
   * Runs the command line with the given writers; returns the exit code (for tests). Output that
   * could not be written (disk full, closed pipe) is an error: exit 1 with one line on {@code err}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // Our annotations hold no Groovy closures. Unless told so, picocli looks for Groovy's Closure
    // class, and that failed lookup opens every jar on the class path: about 40 ms of every run.
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
    CommandLine cmd = withCommands(new CommandLine(new Main()), args);
    PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
    cmd.setOut(safeOut);
    cmd.setErr(safeErr);
    cmd.setExecutionExceptionHandler(new Errors());
    cmd.setParameterExceptionHandler(Errors::onParameterError);
    int code;
    try {
      code = cmd.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "painstats: out of memory: the diary needs more memory than Java was given; give it"
              + " more, as in PAINSTATS_JAVA_OPTS=-Xmx8g bin/painstats ... (or java -Xmx8g -jar"
              + " painstats.jar ...)");
      err.flush();
      return ExitCode.INTERNAL;
    }
    boolean failed = safeOut.checkError() || out.checkError(); // checkError flushes first
    safeErr.flush();
    if (failed && code == ExitCode.OK) {
      err.println(
          "painstats: standard output could not be written (disk full, or the reader closed the"
              + " pipe); the output is incomplete");
      code = ExitCode.INTERNAL;
    }
    err.flush();
    return code;
  }
}
