package org.painstats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.painstats.PainStats;
import org.painstats.analysis.Report;
import org.painstats.chart.ChartOptions;
import org.painstats.chart.Charts;
import org.painstats.chart.ImageFormat;
import org.painstats.chart.RenderedChart;
import org.painstats.diary.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code painstats charts}: draw the report as charts, each stating its finding in its title. */
@Command(
    name = "charts",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a diary's analysis as charts (PNG or SVG): pain over time with the approaches, the"
          + " factors and activities that track with pain with their 95%% intervals, pain by"
          + " approach, by weekday and on a calendar. Each title states the finding in words."
          + " Not medical advice."
    },
    footer = {
      "",
      "Examples:",
      "  painstats charts sample-data/diary.csv",
      "  painstats charts diary.csv --out charts --image-format svg",
      "  painstats charts diary.csv --width 1200 --height 700 --lags 0,1"
    })
final class ChartsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIARY", description = "The diary file.")
  Path diary;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "painstats-charts",
      description =
          "The folder to write the charts into, created if missing (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--image-format",
      paramLabel = "FORMAT",
      defaultValue = "png",
      description = "png (default) or svg.")
  String imageFormat;

  @Option(
      names = "--width",
      paramLabel = "W",
      defaultValue = "900",
      description = "Width in pixels, 200 to 4000 (default ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--height",
      paramLabel = "H",
      defaultValue = "550",
      description = "Height in pixels, 200 to 4000 (default ${DEFAULT-VALUE}).")
  int height;

  @Mixin AnalysisChoices analysis;

  @Mixin ReadingOptions reading;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ChartOptions options;
    try {
      options = ChartOptions.withDefaults().withSize(width, height).withFormat(format(imageFormat));
    } catch (IllegalArgumentException e) {
      // The library names its argument ("width 100 ..."); the command line names the flag.
      throw new UsageException("--" + e.getMessage());
    }
    ReadingOptions.requireChartFolder(java.util.List.of(diary), out);
    Diary d = PainStats.read(diary, reading.importOptions());
    Report report = PainStats.analyse(d, analysis.options());
    var w = spec.commandLine().getOut();
    for (RenderedChart c : Charts.writeAll(report, options, out)) {
      if (c.isSkipped()) {
        w.println("skipped " + c.name() + ": " + c.skipped().orElseThrow());
      } else {
        w.println(c.file().orElseThrow() + ": " + c.title());
      }
    }
    w.flush();
    return ExitCode.OK;
  }

  private static ImageFormat format(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "png" -> ImageFormat.PNG;
      case "svg" -> ImageFormat.SVG;
      default ->
          throw new UsageException("--image-format " + name + " is not known; choose png or svg");
    };
  }
}
