package org.painstats.chart;

import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

/**
 * One chart of a diary, or the reason it was not drawn (a diary without approaches has no approach
 * chart; a diary of three days has no factor chart). A diary that cannot support a chart is not an
 * error: the factories never throw for one.
 *
 * <pre>{@code
 * ChartResult<XYChart> trend = TrendChart.of(report);
 * trend.chart().ifPresentOrElse(c -> show(c), () -> System.out.println(trend.skipped().get()));
 * }</pre>
 *
 * @param name what the chart shows, usable in a file name: {@code trend}, {@code
 *     scatter-sleep_hours}
 * @param chart the XChart chart (display it in a notebook, encode it with {@link ChartEncoder}),
 *     empty when skipped
 * @param skipped why the chart was not drawn, in plain words; empty when drawn
 * @param <C> the XChart chart type: {@code XYChart} or {@code HeatMapChart}
 */
public record ChartResult<C>(String name, Optional<C> chart, Optional<String> skipped) {

  public ChartResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(skipped, "skipped");
    if (chart.isPresent() == skipped.isPresent()) {
      throw new IllegalArgumentException("a chart result holds either a chart or a skip reason");
    }
  }

  /** A chart that was drawn. */
  public static ChartResult<XYChart> drawn(String name, XYChart chart) {
    return new ChartResult<>(name, Optional.of(chart), Optional.empty());
  }

  /** A heat map that was drawn. */
  public static ChartResult<HeatMapChart> drawn(String name, HeatMapChart chart) {
    return new ChartResult<>(name, Optional.of(chart), Optional.empty());
  }

  /** A chart that was not drawn, and why. */
  public static <C> ChartResult<C> skipped(String name, String reason) {
    return new ChartResult<>(name, Optional.empty(), Optional.of(reason));
  }

  /** Whether the chart was drawn. */
  public boolean isDrawn() {
    return chart.isPresent();
  }

  /** The chart's title (its finding in words), or the empty string when skipped. */
  public String title() {
    return chart.map(c -> ChartEncoder.xchart(c).getTitle()).orElse("");
  }

  /**
   * The chart.
   *
   * @throws IllegalStateException with the reason, when the chart was skipped
   */
  public C orElseThrow() {
    return chart.orElseThrow(
        () -> new IllegalStateException(name + " chart not drawn: " + skipped.orElseThrow()));
  }

  @Override
  public String toString() {
    return "ChartResult["
        + name
        + (isDrawn() ? ": " + title() : " skipped: " + skipped.orElseThrow())
        + "]";
  }
}
