package io.zerogex.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by the report's charts (colours, fonts, markers) and the PNG writer. Charts are
 * rendered off-screen, so the JVM must run with {@code java.awt.headless=true} on servers; the
 * command line sets it before any AWT class loads.
 */
final class ChartStyle {

  /** Width of every chart, in pixels. */
  static final int WIDTH = 1400;
  /** Height of every chart, in pixels. */
  static final int HEIGHT = 800;

  /** Positive exposure. */
  static final Color BLUE = new Color(31, 90, 200);
  /** Negative exposure. */
  static final Color RED = new Color(214, 39, 40);
  /** The spot line. */
  static final Color SPOT = new Color(20, 20, 20);
  /** The zero-gamma line. */
  static final Color ZERO_GAMMA = new Color(230, 140, 0);

  static final Font TITLE = new Font("SansSerif", Font.BOLD, 20);
  static final Font LABEL = new Font("SansSerif", Font.PLAIN, 15);
  static final Font TICK = new Font("SansSerif", Font.PLAIN, 13);

  /** Index levels without decimals, e.g. {@code 4,734} (a new format each call: not thread-safe). */
  static DecimalFormat index() {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
  }

  /** Index levels with two decimals, e.g. {@code 4,697.24}. */
  static DecimalFormat index2() {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
  }


  private ChartStyle() {
  }

  /** A dashed vertical line at {@code x} with a label at the top. */
  static ValueMarker verticalLine(double x, Color color, String label, boolean labelLeft) {
    ValueMarker marker = new ValueMarker(x, color,
        new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
    marker.setLabel(label);
    marker.setLabelFont(LABEL);
    marker.setLabelPaint(color);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 230));
    marker.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    return marker;
  }

  /** A legend entry drawn as a short thick line. */
  static LegendItem lineLegend(String label, Paint paint) {
    return new LegendItem(label, null, null, null, new Rectangle(-10, -2, 20, 4), paint,
        new BasicStroke(2f), paint);
  }

  /** The plot's fonts, grid and background. */
  static void style(JFreeChart chart, XYPlot plot) {
    chart.getTitle().setFont(TITLE);
    chart.setBackgroundPaint(Color.WHITE);
    // room on the right for the last strike's tick label
    chart.setPadding(new RectangleInsets(4, 4, 4, 24));
    // the standard tick units pick enough decimals for any scale, unlike a fixed pattern
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.US));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(225, 225, 225));
    plot.setRangeGridlinePaint(new Color(225, 225, 225));
    plot.getDomainAxis().setLabelFont(LABEL);
    plot.getDomainAxis().setTickLabelFont(TICK);
    plot.getRangeAxis().setLabelFont(LABEL);
    plot.getRangeAxis().setTickLabelFont(TICK);
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1.2f)));
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(LABEL);
    }
  }

  /** Writes the chart as a {@link #WIDTH} x {@link #HEIGHT} PNG, creating parent folders. */
  static Path writePng(JFreeChart chart, Path png) {
    try {
      Path parent = png.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + png, e);
    }
  }
}
