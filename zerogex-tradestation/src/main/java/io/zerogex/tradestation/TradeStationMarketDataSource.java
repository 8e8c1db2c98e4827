package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.ChainListener;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.QuoteListener;
import io.zerogex.core.spi.StreamingMarketDataSource;
import io.zerogex.core.spi.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * TradeStation WebAPI v3 as a {@link StreamingMarketDataSource}: quotes, bar charts, option
 * expirations and strikes over REST, and option chains from the option-chain HTTP stream (the only
 * way TradeStation serves them).
 *
 * <p>Symbols are the library's ({@code SPX}); {@link TradeStationSymbols} maps them to
 * TradeStation's ({@code $SPX.X}) and an index's option roots to their TradeStation underlyings
 * ({@code $SPX.X} and {@code $SPXW.X}). A chain stream is requested with {@code spreadType=Single},
 * greeks on, and a strike proximity equal to the number of listed strikes, so that the whole
 * chain arrives rather than TradeStation's default of 5 strikes each side of the price.
 *
 * <p>Access tokens come from {@link AccessTokens} (refresh-token grant, renewed before expiry).
 * REST calls retry 429, 5xx and dropped connections with backoff; streams reconnect and
 * resubscribe (see {@link StreamConnection}). At most
 * {@link TradeStationConfig#maxConcurrentStreams()} streams are open at once: a chain
 * subscription takes one per root plus one for the spot.
 *
 * <p>This class is thread-safe.
 */
public final class TradeStationMarketDataSource implements StreamingMarketDataSource {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_INSTANT;

  private final TradeStationConfig config;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AccessTokens tokens;
  private final TradeStationRest rest;
  private final Semaphore streamPermits;
  private final Set<StreamSubscription<?>> subscriptions = ConcurrentHashMap.newKeySet();

  /** A source with its own HTTP client and the system clock. */
  public TradeStationMarketDataSource(TradeStationConfig config) {
    this(config, new OkHttpClient(), Clock.systemUTC(), true);
  }

  /**
   * A source over a caller-owned HTTP client (not shut down by {@link #close()}) and clock.
   *
   * @param config credentials, endpoints and tuning
   * @param client the HTTP client; streams derive a client with the inactivity read timeout
   * @param clock the clock for token expiry and snapshot instants
   */
  public TradeStationMarketDataSource(TradeStationConfig config, OkHttpClient client, Clock clock) {
    this(config, client, clock, false);
  }

  private TradeStationMarketDataSource(TradeStationConfig config, OkHttpClient client, Clock clock, boolean owns) {
    this.config = Arguments.notNull(config, "config");
    this.client = Arguments.notNull(client, "client");
    this.clock = Arguments.notNull(clock, "clock");
    this.ownsClient = owns;
    this.tokens = new AccessTokens(client, config, clock, mapper);
    this.rest = new TradeStationRest(client, tokens, config, mapper);
    this.streamPermits = new Semaphore(config.maxConcurrentStreams());
  }

  @Override
  public List<LocalDate> expirations(String underlying) {
    Set<LocalDate> all = new TreeSet<>();
    expirationsByRoot(underlying).values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /**
   * The strikes listed for an expiration over all the underlying's roots, ascending.
   *
   * @throws MarketDataException when no root lists the expiration
   */
  public List<Double> strikes(String underlying, LocalDate expiration) {
    Set<Double> all = new TreeSet<>();
    strikesByRoot(underlying, expiration).values().forEach(all::addAll);
    return List.copyOf(all);
  }

  @Override
  public OptionChain chain(String underlying, LocalDate expiration) {
    String symbol = TradeStationSymbols.fromVendor(underlying);
    Arguments.notNull(expiration, "expiration");
    Map<String, List<Double>> strikes = strikesByRoot(symbol, expiration);
    double spot = quote(symbol).last();
    ChainSubscription subscription = openChain(symbol, expiration, strikes, quote -> { }, false);
    try {
      subscription.spot(spot);
      subscription.start();
      boolean done;
      try {
        done = subscription.awaitSnapshot(config.snapshotTimeout());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MarketDataException("interrupted while waiting for the " + symbol + " " + expiration + " chain",
            "stream/options/chains", e);
      }
      if (!done) {
        subscription.failure().ifPresent(e -> {
          throw e;
        });
        throw new MarketDataException("the option-chain stream's snapshot for " + symbol + " " + expiration
            + " did not complete within " + config.snapshotTimeout() + " (" + subscription.received()
            + " contracts received)", "stream/options/chains", null);
      }
      return subscription.snapshot().orElseThrow();
    } finally {
      subscription.close();
    }
  }

  @Override
  public Quote quote(String symbol) {
    String vendor = TradeStationSymbols.toVendor(symbol);
    HttpUrl url = rest.url().addPathSegments("v3/marketdata/quotes").addPathSegment(vendor).build();
    JsonNode body = rest.get(url);
    String endpoint = url.encodedPath();
    for (JsonNode q : body.path("Quotes")) {
      if (vendor.equalsIgnoreCase(q.path("Symbol").asText())) {
        return TradeStationWire.quote(q, clock.instant(), endpoint);
      }
    }
    for (JsonNode e : body.path("Errors")) {
      throw new MarketDataException("TradeStation has no quote for " + symbol + " (" + vendor + "): "
          + e.path("Error").asText(), endpoint, 200, body.toString(), null);
    }
    throw new MarketDataException("the quote response does not contain " + vendor, endpoint, 200, body.toString(), null);
  }

  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
    return bars(symbol, interval, from, to, SessionTemplate.DEFAULT);
  }

  /**
   * Bars with starts in {@code [from, to)} under a session template.
   *
   * @param interval whole minutes from 1 to 1440, or one day
   */
  public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to, SessionTemplate session) {
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
  public List<PriceBar> barsBack(String symbol, Duration interval, int barsBack, SessionTemplate session) {
    Arguments.positive(barsBack, "barsBack");
    HttpUrl url = barsUrl(symbol, interval, session).addQueryParameter("barsback", Integer.toString(barsBack)).build();
    return fetchBars(url, symbol, interval);
  }

  @Override
  public Subscription<OptionChain> subscribeChain(String underlying, LocalDate expiration, ChainListener listener) {
    String symbol = TradeStationSymbols.fromVendor(underlying);
    Arguments.notNull(expiration, "expiration");
    Arguments.notNull(listener, "listener");
    ChainSubscription subscription = openChain(symbol, expiration, strikesByRoot(symbol, expiration), listener, true);
    subscription.start();
    return subscription;
  }

  @Override
  public Subscription<Map<String, Quote>> subscribeQuotes(List<String> symbols, QuoteListener listener) {
    Arguments.notNull(symbols, "symbols");
    Arguments.notNull(listener, "listener");
    if (symbols.isEmpty()) {
      throw new IllegalArgumentException("symbols must not be empty");
    }
    String list = symbols.stream().map(TradeStationSymbols::toVendor).distinct().collect(Collectors.joining(","));
    acquire(1);
    QuoteSubscription subscription = new QuoteSubscription(listener, clock, () -> { });
    HttpUrl url = rest.url().addPathSegments("v3/marketdata/stream/quotes").addPathSegment(list).build();
    subscription.add(stream(url, subscription.handler(url.encodedPath())));
    track(subscription);
    subscription.start();
    return subscription;
  }

  /** Closes every open subscription and, when this source created it, the HTTP client's resources. */
  @Override
  public void close() {
    new ArrayList<>(subscriptions).forEach(StreamSubscription::close);
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** Shows the configuration without credentials. */
  @Override
  public String toString() {
    return "TradeStationMarketDataSource[" + config + "]";
  }

  private ChainSubscription openChain(String symbol, LocalDate expiration, Map<String, List<Double>> strikes,
      ChainListener listener, boolean streamSpot) {
    int needed = strikes.size() + (streamSpot ? 1 : 0);
    acquire(needed);
    ChainSubscription subscription = new ChainSubscription(symbol, expiration, listener, clock, () -> { });
    for (Map.Entry<String, List<Double>> root : strikes.entrySet()) {
      int count = root.getValue().size();
      HttpUrl url = rest.url().addPathSegments("v3/marketdata/stream/options/chains").addPathSegment(root.getKey())
          .addQueryParameter("expiration", DATE_TIME.format(expiration.atStartOfDay(ZoneOffset.UTC)))
          .addQueryParameter("spreadType", "Single")
          .addQueryParameter("optionType", "All")
          .addQueryParameter("strikeRange", "All")
          .addQueryParameter("enableGreeks", "true")
          .addQueryParameter("strikeProximity", Integer.toString(Math.max(1, count)))
          .build();
      subscription.add(stream(url, subscription.rootHandler(root.getKey(), 2 * count)));
    }
    if (streamSpot) {
      HttpUrl url = rest.url().addPathSegments("v3/marketdata/stream/quotes")
          .addPathSegment(TradeStationSymbols.toVendor(symbol)).build();
      subscription.add(stream(url, subscription.spotHandler(url.encodedPath())));
    }
    track(subscription);
    return subscription;
  }

  private StreamConnection stream(HttpUrl url, StreamConnection.Handler handler) {
    return new StreamConnection(client, tokens, url, mapper, config, handler, streamPermits::release);
  }

  private void track(StreamSubscription<?> subscription) {
    subscriptions.add(subscription);
    // Forget closed subscriptions lazily so that the set does not grow with one-off chains.
    subscriptions.removeIf(s -> !s.isOpen() && s != subscription);
  }

  private void acquire(int streams) {
    if (!streamPermits.tryAcquire(streams)) {
      throw new MarketDataException("TradeStation allows at most " + config.maxConcurrentStreams()
          + " concurrent streams and " + (config.maxConcurrentStreams() - streamPermits.availablePermits())
          + " are open; this request needs " + streams + ". Close a subscription first.", "stream", null);
    }
  }

  private Map<String, List<LocalDate>> expirationsByRoot(String underlying) {
    Map<String, List<LocalDate>> out = new LinkedHashMap<>();
    for (String root : TradeStationSymbols.optionUnderlyings(underlying)) {
      HttpUrl url = rest.url().addPathSegments("v3/marketdata/options/expirations").addPathSegment(root).build();
      JsonNode body = rest.get(url);
      List<LocalDate> dates = new ArrayList<>();
      for (JsonNode e : body.path("Expirations")) {
        dates.add(JsonValues.date(e, "Date", "expiration of " + root, url.encodedPath()));
      }
      out.put(root, dates);
    }
    return out;
  }

  /** The strikes of each root that lists the expiration. */
  private Map<String, List<Double>> strikesByRoot(String underlying, LocalDate expiration) {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<LocalDate>> root : expirationsByRoot(underlying).entrySet()) {
      if (!root.getValue().contains(expiration)) {
        continue;
      }
      HttpUrl url = rest.url().addPathSegments("v3/marketdata/options/strikes").addPathSegment(root.getKey())
          .addQueryParameter("expiration", DATE_TIME.format(expiration.atStartOfDay(ZoneOffset.UTC)))
          .build();
      JsonNode body = rest.get(url);
      List<Double> strikes = new ArrayList<>();
      for (JsonNode spread : body.path("Strikes")) {
        for (JsonNode strike : spread) {
          if (strike.isTextual() || strike.isNumber()) {
            strikes.add(Double.parseDouble(checkedNumber(strike, url.encodedPath())));
          }
        }
      }
      out.put(root.getKey(), Collections.unmodifiableList(strikes));
    }
    if (out.isEmpty()) {
      throw new MarketDataException("no option root of " + underlying + " lists the expiration " + expiration,
          "options/expirations", null);
    }
    return out;
  }

  private static String checkedNumber(JsonNode strike, String endpoint) {
    String text = strike.asText().strip();
    try {
      double value = Double.parseDouble(text);
      if (!(value > 0) || !Double.isFinite(value)) {
        throw new MarketDataException("strike is not a positive number: '" + JsonValues.shorten(text) + "'", endpoint, null);
      }
      return text;
    } catch (NumberFormatException e) {
      throw new MarketDataException("strike is not a number: '" + JsonValues.shorten(text) + "'", endpoint, e);
    }
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
    out.sort((a, b) -> a.start().compareTo(b.start()));
    return out;
  }
}
