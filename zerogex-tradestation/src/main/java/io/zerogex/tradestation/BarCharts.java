package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The barcharts endpoint: minute bars (1 to 1440 minutes) and daily bars, by date range or by a
 * count back from now, under a session template.
 *
 * <p>This class is thread-safe.
 */
final class BarCharts {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_INSTANT;

  private final TradeStationRest rest;

  BarCharts(TradeStationRest rest) {
    this.rest = rest;
  }

  /**
   * Bars with starts in {@code [from, to)} under a session template.
   *
   * @param interval whole minutes from 1 to 1440, or one day
   */
  List<PriceBar> range(String symbol, Duration interval, Instant from, Instant to, SessionTemplate session) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, got from=" + from + ", to=" + to);
    }
    HttpUrl.Builder url = barsUrl(symbol, interval, session)
        .addQueryParameter("firstdate", DATE_TIME.format(from.minus(interval)))
        .addQueryParameter("lastdate", DATE_TIME.format(to.plus(interval)));
    List<PriceBar> out = new ArrayList<>();
    for (PriceBar bar : fetchBars(url.build(), symbol, interval)) {
      if (!bar.start().isBefore(from) && bar.start().isBefore(to)) {
        out.add(bar);
      }
    }
    return out;
  }

  /**
   * The last {@code barsBack} bars up to now, ascending.
   *
   * @param interval whole minutes from 1 to 1440, or one day
   * @param barsBack how many bars, 1 to 57,600 for minute bars
   */
  List<PriceBar> back(String symbol, Duration interval, int barsBack, SessionTemplate session) {
    Arguments.positive(barsBack, "barsBack");
    HttpUrl url = barsUrl(symbol, interval, session).addQueryParameter("barsback", Integer.toString(barsBack)).build();
    return fetchBars(url, symbol, interval);
  }

  private HttpUrl.Builder barsUrl(String symbol, Duration interval, SessionTemplate session) {
    Arguments.notNull(interval, "interval");
    Arguments.notNull(session, "session");
    HttpUrl.Builder url = rest.url().addPathSegments("v3/marketdata/barcharts")
        .addPathSegment(TradeStationSymbols.toVendor(symbol));
    if (interval.equals(Duration.ofDays(1))) {
      url.addQueryParameter("unit", "Daily").addQueryParameter("interval", "1");
    } else if (interval.toSeconds() % 60 == 0 && interval.toMinutes() >= 1 && interval.toMinutes() <= 1440
        && interval.getNano() == 0) {
      url.addQueryParameter("unit", "Minute").addQueryParameter("interval", Long.toString(interval.toMinutes()));
    } else {
      throw new IllegalArgumentException("interval must be whole minutes from 1 to 1440 or one day, got " + interval);
    }
    return url.addQueryParameter("sessiontemplate", session.wireName());
  }

  private List<PriceBar> fetchBars(HttpUrl url, String symbol, Duration interval) {
    JsonNode body = rest.get(url);
    String library = TradeStationSymbols.fromVendor(symbol);
    List<PriceBar> out = new ArrayList<>();
    for (JsonNode bar : body.path("Bars")) {
      out.add(TradeStationWire.bar(bar, library, interval, url.encodedPath()));
    }
    out.sort(Comparator.comparing(PriceBar::start));
    return out;
  }
}
