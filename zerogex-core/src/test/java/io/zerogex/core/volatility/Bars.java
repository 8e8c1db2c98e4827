package io.zerogex.core.volatility;

import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test bars: daily bars from {open, high, low, close} rows, and a seeded random OHLC series. */
final class Bars {

  static final Instant FIRST_START = Instant.parse("2024-02-01T14:30:00Z");

  private Bars() {
  }

  static List<PriceBar> daily(String symbol, double[][] ohlc) {
    List<PriceBar> bars = new ArrayList<>();
    for (int i = 0; i < ohlc.length; i++) {
      double[] r = ohlc[i];
      bars.add(new PriceBar(symbol, FIRST_START.plus(Duration.ofDays(i)), Duration.ofDays(1), r[0], r[1], r[2], r[3], 0));
    }
    return bars;
  }

  /** Random walk OHLC rows: an overnight gap then 20 intraday steps per bar. */
  static double[][] randomOhlc(Random random, int count, double firstPrice) {
    double[][] rows = new double[count][];
    double close = firstPrice;
    for (int i = 0; i < count; i++) {
      double open = close * Math.exp(0.005 * random.nextGaussian());
      double high = open;
      double low = open;
      double price = open;
      for (int step = 0; step < 20; step++) {
        price *= Math.exp(0.004 * random.nextGaussian());
        high = Math.max(high, price);
        low = Math.min(low, price);
      }
      close = price;
      rows[i] = new double[] {open, high, low, close};
    }
    return rows;
  }

  static double[][] scaled(double[][] rows, double factor) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = new double[rows[i].length];
      for (int k = 0; k < rows[i].length; k++) {
        out[i][k] = rows[i][k] * factor;
      }
    }
    return out;
  }

  static double[] closes(double[][] rows) {
    double[] closes = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      closes[i] = rows[i][3];
    }
    return closes;
  }
}
