package org.painstats.chart;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.painstats.analysis.Report;
import org.painstats.io.AtomicFiles;
import org.painstats.io.AtomicFolder;

/**
 * Every chart of a report, in a fixed order: {@code 01-trend}, {@code 02-factors}, {@code 03-lags},
 * {@code 04-scatter-FACTOR} (one per leading factor), {@code 05-approaches}, {@code 06-activities},
 * {@code 07-weekday}, {@code 08-calendar}. A chart the diary cannot support is listed as skipped
 * with its reason.
 *
 * <p>{@link #renderAll} and {@link #writeAll} draw and encode the charts concurrently, on a pool of
 * as many threads as there are processors (each chart is independent), and return them in the fixed
 * order; the same report and options give the same bytes.
 *
 * <pre>{@code
 * Report report = PainStats.analyse(PainStats.read(Path.of("diary.csv")));
 * for (RenderedChart c : Charts.writeAll(report, ChartOptions.withDefaults(), Path.of("charts"))) {
 *   System.out.println(c.fileName() + ": " + (c.isSkipped() ? c.skipped().get() : c.title()));
 * }
 * }</pre>
 */
public final class Charts {
  private Charts() {}

  /** One chart to make: its number in the order, and how to build it. */
  private record Task(int number, Supplier<ChartResult<?>> build) {}

  /** Every chart, built but not encoded, in order (to look at in a notebook). */
  public static List<ChartResult<?>> all(Report report, ChartOptions options) {
    return tasks(report, options).stream()
        .<ChartResult<?>>map(t -> numbered(t.number(), t.build().get()))
        .toList();
  }

  /**
   * Draws and encodes a tiny chart and throws it away, so that XChart, Java2D, the fonts and the
   * PNG encoder are loaded: a command that will draw charts calls it on a background thread while
   * it reads and analyses the diary (on two cores, a third of a second saved at start).
   */
  public static void prepare() {
    var chart =
        ChartStyle.xy(
            ChartOptions.withDefaults().withSize(200, 200), "pain", "date", "pain (0-10)");
    chart.addSeries("pain", new double[] {0, 1}, new double[] {0, 1});
    ChartEncoder.png(chart);
  }

  /** Every chart, drawn concurrently and encoded in the options' format, kept in memory. */
  public static List<RenderedChart> renderAll(Report report, ChartOptions options) {
    return run(tasks(report, options), t -> render(t, options));
  }

  /**
   * Every chart, drawn concurrently and written into {@code dir} (created if missing) as one
   * folder, whole or not at all: see {@link #write}.
   *
   * @throws UncheckedIOException if the folder cannot be written; the message names it
   */
  public static List<RenderedChart> writeAll(Report report, ChartOptions options, Path dir) {
    AtomicFiles.requireFolderTarget(dir);
    return write(renderAll(report, options), dir);
  }

  /**
   * Writes drawn charts as the folder {@code dir}: a fresh folder takes the place of the previous
   * one, so the folder holds exactly these charts, and a failure half-way leaves the previous
   * folder as it was. A previous folder is replaced only if it holds nothing but chart files
   * ({@code 01-trend.png} and so on).
   *
   * @return the charts, each with the file it was written to (skipped ones as they were)
   * @throws UncheckedIOException if the folder cannot be written or holds other files
   */
  public static List<RenderedChart> write(List<RenderedChart> charts, Path dir) {
    AtomicFolder.write(
        dir,
        Charts::isChartFile,
        fresh -> {
          for (RenderedChart r : charts) {
            if (!r.isSkipped()) {
              Files.write(fresh.resolve(r.fileName()), r.image());
            }
          }
        });
    return charts.stream()
        .map(r -> r.isSkipped() ? r : r.writtenTo(dir.resolve(r.fileName())))
        .toList();
  }

  /**
   * What a chart draws, in one sentence for its caption: the report's HTML page puts it under the
   * chart. {@code name} is the chart's name as {@link RenderedChart#name()} gives it ({@code
   * 04-scatter-stress}); empty for an unknown kind.
   */
  public static String caption(String name, String outcome) {
    String o = outcome.replace('_', ' ');
    String kind = name.replaceFirst("^\\d+-", "").replaceFirst("-.*", "");
    return switch (kind) {
      case "trend" ->
          "Daily "
              + o
              + ", its 7-day and 28-day rolling means, approach periods shaded, the trend line.";
      case "factors" ->
          "Each factor's correlation with "
              + o
              + " at its strongest lag (the tested coefficient), with its 95% interval.";
      case "lags" ->
          "Correlation with "
              + o
              + " by lag (days before), tested coefficients with 95% intervals.";
      case "scatter" ->
          cap(o) + " against the factor, day by day, with a fitted line (whole points jittered).";
      case "approaches" ->
          cap(o)
              + " over time with each approach's days shaded and the natural course the model"
              + " estimated (what it would have done without any approach).";
      case "activities" ->
          "Difference in "
              + o
              + " with and without each activity (the tested difference), with 95% intervals.";
      case "weekday" -> "Mean " + o + " by weekday, with 95% intervals.";
      case "calendar" ->
          "Daily " + o + " as a calendar: weeks across, weekdays down; darker is worse.";
      default -> "";
    };
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Whether a file name is one a chart is written under: {@code 01-trend.png}. */
  static boolean isChartFile(String name) {
    return CHART_FILE.matcher(name).matches();
  }

  private static final Pattern CHART_FILE = Pattern.compile("\\d{2}-[^/]+\\.(png|svg)");

  private static List<Task> tasks(Report report, ChartOptions options) {
    List<Task> tasks = new ArrayList<>();
    tasks.add(new Task(1, () -> TrendChart.of(report, options)));
    tasks.add(new Task(2, () -> FactorsChart.of(report, options)));
    tasks.add(new Task(3, () -> LagsChart.of(report, options)));
    Optional<String> why = FactorsChart.whyNot(report);
    if (why.isPresent()) {
      tasks.add(new Task(4, () -> ChartResult.skipped("scatter", why.get())));
    } else {
      for (String f : LagsChart.leading(report).stream().limit(ScatterChart.FACTORS).toList()) {
        tasks.add(new Task(4, () -> ScatterChart.of(report, f, options)));
      }
    }
    tasks.add(new Task(5, () -> ApproachesChart.of(report, options)));
    tasks.add(new Task(6, () -> ActivitiesChart.of(report, options)));
    tasks.add(new Task(7, () -> WeekdayChart.of(report, options)));
    tasks.add(new Task(8, () -> CalendarChart.of(report, options)));
    return tasks;
  }

  private static <C> ChartResult<C> numbered(int number, ChartResult<C> r) {
    String name = String.format(Locale.ROOT, "%02d-%s", number, r.name());
    return new ChartResult<>(name, r.chart(), r.skipped());
  }

  private static RenderedChart render(Task t, ChartOptions options) {
    ChartResult<?> r = numbered(t.number(), t.build().get());
    byte[] image = r.isDrawn() ? ChartEncoder.encode(r, options.format()) : new byte[0];
    return new RenderedChart(
        r.name(), r.title(), options.format(), image, Optional.empty(), r.skipped());
  }

  /** Runs the tasks on a pool sized to the processors; results in the tasks' order. */
  private static List<RenderedChart> run(List<Task> tasks, Function<Task, RenderedChart> work) {
    int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
    try {
      List<Future<RenderedChart>> futures = new ArrayList<>();
      for (Task t : tasks) {
        futures.add(pool.submit(() -> work.apply(t)));
      }
      List<RenderedChart> out = new ArrayList<>();
      for (Future<RenderedChart> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing charts", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "painstats-chart");
      t.setDaemon(true);
      return t;
    };
  }
}
