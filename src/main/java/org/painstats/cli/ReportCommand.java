package org.painstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.painstats.PainStats;
import org.painstats.analysis.AnalysisOptions;
import org.painstats.analysis.Report;
import org.painstats.chart.Charts;
import org.painstats.diary.Diary;
import org.painstats.io.AtomicFiles;
import org.painstats.io.OutputException;
import org.painstats.plan.PlanFiles;
import org.painstats.report.ReportFormat;
import org.painstats.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code painstats report}: what tracks with pain, and did the approaches help. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse one or more diaries: which factors and activities track with pain (with lags,",
      "autocorrelation and many tests accounted for), whether each approach helped against the",
      "days before any approach, and the trend. Not medical advice."
    },
    footer = {
      "",
      "Examples:",
      "  painstats report sample-data/diary.csv",
      "  painstats report diary.csv --format json -o report.json",
      "  painstats report diary.csv --format html -o report.html",
      "  painstats report a.csv b.csv --format html -o out   (out/a.html, out/b.html)",
      "  painstats report diary.csv --outcome mood --lags 0,1",
      "  painstats report diary.csv --plan plan.csv",
      "  painstats report ema.csv --plan schedule.json --plan-start 2026-02-18"
    })
final class ReportCommand implements Callable<Integer> {
  enum Format {
    text,
    markdown,
    json,
    html
  }

  @Parameters(arity = "1..*", paramLabel = "DIARY", description = "One or more diary files.")
  List<Path> diaries;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default), markdown, json, or html: one self-contained page per diary to print"
              + " or send (with several diaries, -o names a directory that gets one NAME.html per"
              + " diary).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report here instead of standard output, creating its folder if needed (a"
              + " directory for html reports of several diaries).")
  Optional<Path> output;

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description =
          "Also write every chart as a PNG file into DIR (created if missing; with several"
              + " diaries, DIR/NAME).")
  Optional<Path> chartsDir;

  @Option(
      names = "--plan",
      paramLabel = "PLAN",
      description =
          "The randomized plan the diary followed (plan.csv from 'painstats plan', or a nof1kit"
              + " schedule.json with --plan-start): adds the planned trial and its randomization"
              + " test.")
  Optional<Path> plan = Optional.empty();

  @Option(
      names = "--plan-start",
      paramLabel = "DATE",
      description = "The date of study day 1 of a schedule by study day (nof1kit JSON).")
  Optional<java.time.LocalDate> planStart = Optional.empty();

  @Mixin AnalysisChoices analysis;

  @Mixin ReadingOptions reading;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    AnalysisOptions chosen = analysis.options();
    AnalysisOptions options =
        plan.map(p -> chosen.withPlan(PlanFiles.read(p, planStart))).orElse(chosen);
    var importOptions = reading.importOptions();
    List<Path> htmlFiles = format == Format.html ? htmlTargets() : List.of();
    if (htmlFiles.isEmpty()) {
      ReadingOptions.requireNotInput(diaries, output);
    }
    plan.ifPresent(p -> ReadingOptions.requireNotInput(List.of(p), output));
    chartsDir.ifPresent(dir -> ReadingOptions.requireChartFolder(diaries, dir));
    if (chartsDir.isPresent()
        && output.isPresent()
        && AtomicFiles.inside(output.get(), chartsDir.get())) {
      throw new UsageException(
          output.get()
              + ": is inside the chart folder "
              + chartsDir.get()
              + ", which is replaced whole; write the report elsewhere");
    }
    if (format == Format.html || chartsDir.isPresent()) {
      Thread warm = new Thread(Charts::prepare, "painstats-chart-warm-up");
      warm.setDaemon(true);
      warm.start();
    }
    List<Report> reports = new ArrayList<>();
    for (Path p : diaries) {
      if (diaries.size() > 1) {
        spec.commandLine().getErr().println("painstats: analysing " + p);
      }
      Diary d = PainStats.read(p, importOptions);
      reports.add(PainStats.analyse(d, options));
    }
    List<ReportCharts> charts = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      boolean draw = format == Format.html || chartsDir.isPresent();
      ReportCharts c = draw ? ReportCharts.draw(reports.get(i)) : ReportCharts.none();
      charts.add(c);
      if (chartsDir.isPresent()) {
        Path dir = chartsDir.get();
        writeCharts(c, reports.size() > 1 ? dir.resolve(stem(diaries.get(i))) : dir);
      }
    }
    if (format == Format.html && diaries.size() > 1) {
      try {
        Files.createDirectories(output.get());
      } catch (IOException e) {
        throw new OutputException(output.get() + ": cannot create the directory", e);
      }
      for (int i = 0; i < reports.size(); i++) {
        AtomicFiles.write(htmlFiles.get(i), html(reports.get(i), charts.get(i)));
        spec.commandLine().getErr().println("painstats: report written to " + htmlFiles.get(i));
      }
      return ExitCode.OK;
    }
    String text =
        switch (format) {
          case html -> html(reports.get(0), charts.get(0));
          case json -> reports.size() == 1 ? ReportJson.of(reports.get(0)) : ReportJson.of(reports);
          case markdown ->
              String.join(
                  "\n",
                  reports.stream().map(r -> PainStats.render(r, ReportFormat.MARKDOWN)).toList());
          case text ->
              String.join(
                  "\n", reports.stream().map(r -> PainStats.render(r, ReportFormat.TEXT)).toList());
        };
    if (output.isPresent()) {
      createParent(output.get());
      AtomicFiles.write(output.get(), text);
      spec.commandLine().getErr().println("painstats: report written to " + output.get());
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }

  private static String html(Report report, ReportCharts charts) {
    return PainStats.render(report, ReportFormat.HTML, charts.rendered());
  }

  /** The folder the report goes into is created if missing, as --charts creates its own. */
  private static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new OutputException(parent + ": cannot create the directory", e);
    }
  }

  /** A diary's file name without its extension. */
  private static String stem(Path diary) {
    return diary.getFileName().toString().replaceFirst("\\.[^.]*$", "");
  }

  private void writeCharts(ReportCharts charts, Path target) {
    try {
      Files.createDirectories(target);
    } catch (IOException e) {
      throw new OutputException(target + ": cannot create the directory", e);
    }
    int n = charts.write(target);
    var err = spec.commandLine().getErr();
    err.println("painstats: " + n + " charts written to " + target);
    charts.skipped().forEach(s -> err.println("painstats: chart skipped, " + s));
  }

  /**
   * Where the HTML reports go when several diaries are given: one NAME.html per diary (NAME being
   * the diary's file name without its extension) in the directory {@code -o} names, created if
   * missing when the reports are written. One diary needs nothing here: its page goes to {@code -o}
   * or standard output.
   */
  private List<Path> htmlTargets() {
    if (diaries.size() == 1) {
      return List.of();
    }
    if (output.isEmpty()) {
      throw new UsageException(
          "--format html writes one page per diary; with several diaries give -o DIRECTORY");
    }
    Path dir = output.get();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(
          dir + ": is a file; with several diaries -o names a directory for the html pages");
    }
    AtomicFiles.requireFolderTarget(dir);
    List<Path> out = new ArrayList<>();
    for (Path d : diaries) {
      String name = stem(d) + ".html";
      Path target = dir.resolve(name);
      if (out.contains(target)) {
        throw new UsageException(
            "two diaries would both be written to " + target + "; rename one or run them apart");
      }
      for (Path in : diaries) {
        if (AtomicFiles.sameFile(in, target)) {
          throw new UsageException(target + ": is an input file; choose another -o");
        }
      }
      AtomicFiles.requireFileTarget(target);
      out.add(target);
    }
    return out;
  }
}
