package org.painstats.cli;

import java.util.concurrent.Callable;
import org.painstats.PainStats;
import org.painstats.io.DiaryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code painstats formats}: the layouts a diary can be read from, in the order they are tried. */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = {
      "List the diary layouts painstats reads: app exports, recognised from the file's first",
      "lines, and the spreadsheet diary. Force one with --from FORMAT."
    })
final class FormatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    int width = PainStats.formats().stream().mapToInt(r -> r.name().length()).max().orElse(0);
    for (DiaryReader r : PainStats.formats()) {
      out.println(
          String.format(java.util.Locale.ROOT, "%-" + width + "s  %s", r.name(), r.description()));
    }
    out.flush();
    return ExitCode.OK;
  }
}
