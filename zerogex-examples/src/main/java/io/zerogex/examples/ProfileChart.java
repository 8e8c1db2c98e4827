package io.zerogex.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The gamma profile chart: total exposure re-priced at hypothetical spots as a curve (red where
 * negative, blue where positive), the zero line, the spot, and the flip (zero-gamma level) marked with the regions below it (negative
 * gamma, red) and above it (positive gamma, blue) shaded. Values are plotted as given.
 */
final class ProfileChart {

  private ProfileChart() {
  }

  /**
   * Writes the chart to {@code png}.
   *
   * @param png the file to write
   * @param title the chart title
   * @param valueLabel the vertical axis label
   * @param spots the hypothetical spots, ascending
   * @param values the total exposure at each spot, in the axis's unit
   * @param spot the underlying's spot
   * @param zeroGamma the chosen zero-gamma level, if any
   * @return {@code png}
   */
  static Path write(Path png, String title, String valueLabel, double[] spots, double[] values, double spot,
      OptionalDouble zeroGamma) {
    XYSeries series = new XYSeries("Gamma profile", false, true);
    for (int i = 0; i < spots.length; i++) {
      series.add(spots[i], values[i]);
    }
    XYSeriesCollection dataset = new XYSeriesCollection(series);
    if (zeroGamma.isPresent()) {
      XYSeries flip = new XYSeries("Gamma flip " + ChartStyle.index2().format(zeroGamma.getAsDouble()));
      flip.add(zeroGamma.getAsDouble(), 0.0);
      dataset.addSeries(flip);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(title, "Hypothetical spot", valueLabel,
        dataset, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new SignedLineRenderer();
    renderer.setSeriesStroke(0, new BasicStroke(3f));
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesShapesVisible(1, true);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
    renderer.setSeriesPaint(1, ChartStyle.ZERO_GAMMA);
    plot.setRenderer(renderer);
    NumberAxis spotAxis = (NumberAxis) plot.getDomainAxis();
    spotAxis.setNumberFormatOverride(ChartStyle.index());
    spotAxis.setAutoRangeIncludesZero(false);
    if (spots.length > 1) {
      spotAxis.setRange(spots[0], spots[spots.length - 1]);
    }
    ChartStyle.style(chart, plot);
    boolean flipBelowSpot = zeroGamma.isPresent() && zeroGamma.getAsDouble() < spot;
    if (zeroGamma.isPresent() && spots.length > 1) {
      double flip = zeroGamma.getAsDouble();
      // shade each side of the flip by the sign the curve has there
      boolean negativeBelow = values[0] < 0;
      plot.addDomainMarker(new IntervalMarker(spots[0], flip, shade(negativeBelow)), Layer.BACKGROUND);
      plot.addDomainMarker(new IntervalMarker(flip, spots[spots.length - 1], shade(!negativeBelow)),
          Layer.BACKGROUND);
      plot.addDomainMarker(ChartStyle.verticalLine(flip, ChartStyle.ZERO_GAMMA,
          "Gamma flip " + ChartStyle.index().format(flip), flipBelowSpot));
    }
    plot.addDomainMarker(ChartStyle.verticalLine(spot, ChartStyle.SPOT,
        "Spot " + ChartStyle.index2().format(spot), !flipBelowSpot));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.lineLegend("Positive total GEX", ChartStyle.BLUE));
    legend.add(ChartStyle.lineLegend("Negative total GEX", ChartStyle.RED));
    legend.add(ChartStyle.lineLegend("Spot", ChartStyle.SPOT));
    zeroGamma.ifPresent(z -> legend.add(ChartStyle.lineLegend(
        "Gamma flip " + ChartStyle.index2().format(z), ChartStyle.ZERO_GAMMA)));
    plot.setFixedLegendItems(legend);
    return ChartStyle.writePng(chart, png);
  }

  /** Draws each segment of the curve red where the value is negative, blue elsewhere. */
  private static final class SignedLineRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    SignedLineRenderer() {
      super(true, false);
    }

    @Override
    public Paint getItemPaint(int series, int item) {
      if (series != 0) {
        return super.getItemPaint(series, item);
      }
      double value = getPlot().getDataset().getYValue(series, item);
      return value < 0 ? ChartStyle.RED : ChartStyle.BLUE;
    }
  }

  private static Color shade(boolean negative) {
    Color c = negative ? ChartStyle.RED : ChartStyle.BLUE;
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 26);
  }
}
