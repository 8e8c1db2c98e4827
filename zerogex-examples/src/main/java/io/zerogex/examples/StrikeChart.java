package io.zerogex.examples;

import java.awt.Paint;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The "gamma exposure by strike" bar chart: one bar per strike within a window around spot, blue
 * for positive and red for negative net exposure, with the spot and the zero-gamma level drawn as
 * vertical lines. Values are plotted as given (the caller converts to billions).
 */
final class StrikeChart {

  private StrikeChart() {
  }

  /**
   * Writes the chart to {@code png}.
   *
   * @param png the file to write
   * @param title the chart title
   * @param valueLabel the vertical axis label, e.g. {@code Net GEX ($bn per 1% move)}
   * @param strikes the strikes, ascending, already limited to the window to show
   * @param values the net exposure at each strike, in the axis's unit
   * @param spot the underlying's spot
   * @param zeroGamma the zero-gamma level, if any
   * @return {@code png}
   */
  static Path write(Path png, String title, String valueLabel, double[] strikes, double[] values,
      double spot, OptionalDouble zeroGamma) {
    XYSeries series = new XYSeries("Net GEX", false, true);
    for (int i = 0; i < strikes.length; i++) {
      series.add(strikes[i], values[i]);
    }
    XYSeriesCollection dataset = new XYSeriesCollection(series);
    dataset.setIntervalWidth(0.8 * typicalStep(strikes));
    JFreeChart chart = ChartFactory.createXYBarChart(title, "Strike", false, valueLabel, dataset,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    XYBarRenderer renderer = new SignedBarRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    plot.setRenderer(renderer);
    NumberAxis strikeAxis = (NumberAxis) plot.getDomainAxis();
    strikeAxis.setNumberFormatOverride(ChartStyle.index());
    strikeAxis.setAutoRangeIncludesZero(false);
    ChartStyle.style(chart, plot);
    boolean flipBelowSpot = zeroGamma.isPresent() && zeroGamma.getAsDouble() < spot;
    plot.addDomainMarker(ChartStyle.verticalLine(spot, ChartStyle.SPOT,
        "Spot " + ChartStyle.index2().format(spot), !flipBelowSpot));
    zeroGamma.ifPresent(z -> plot.addDomainMarker(ChartStyle.verticalLine(z, ChartStyle.ZERO_GAMMA,
        "Zero gamma " + ChartStyle.index().format(z), flipBelowSpot)));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(new LegendItem("Positive net GEX", ChartStyle.BLUE));
    legend.add(new LegendItem("Negative net GEX", ChartStyle.RED));
    legend.add(ChartStyle.lineLegend("Spot", ChartStyle.SPOT));
    zeroGamma.ifPresent(z -> legend.add(ChartStyle.lineLegend("Zero gamma", ChartStyle.ZERO_GAMMA)));
    plot.setFixedLegendItems(legend);
    return ChartStyle.writePng(chart, png);
  }

  /**
   * The median distance between neighbouring strikes: bars that wide read well where strikes are
   * evenly listed, and an odd strike squeezed between two others does not shrink every bar.
   */
  private static double typicalStep(double[] strikes) {
    if (strikes.length < 2) {
      return 1.0;
    }
    double[] steps = new double[strikes.length - 1];
    for (int i = 1; i < strikes.length; i++) {
      steps[i - 1] = strikes[i] - strikes[i - 1];
    }
    Arrays.sort(steps);
    double median = steps[steps.length / 2];
    return median > 0 ? median : 1.0;
  }

  /** Colours each bar by the sign of its value. */
  private static final class SignedBarRenderer extends XYBarRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public Paint getItemPaint(int row, int column) {
      double value = getPlot().getDataset().getYValue(row, column);
      return value < 0 ? ChartStyle.RED : ChartStyle.BLUE;
    }
  }
}
