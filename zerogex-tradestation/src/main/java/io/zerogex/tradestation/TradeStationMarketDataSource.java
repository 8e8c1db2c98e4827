package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.ChainListener;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.QuoteListener;
import io.zerogex.core.spi.StreamingMarketDataSource;
import io.zerogex.core.spi.Subscription;
import io.zerogex.core.spi.ZeroGexException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
  private final BarCharts barCharts;
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
    this.barCharts = new BarCharts(rest);
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
    String symbol = TradeStationSymbols.fromVendor(underlying);
    Arguments.notNull(expiration, "expiration");
    strikesByRoot(symbol, expiration, expirationsByRoot(symbol)).values().forEach(all::addAll);
    return List.copyOf(all);
  }

  @Override
  public OptionChain chain(String underlying, LocalDate expiration) {
    String symbol = TradeStationSymbols.fromVendor(underlying);
    Arguments.notNull(expiration, "expiration");
    Map<String, List<Double>> strikes = strikesByRoot(symbol, expiration, expirationsByRoot(symbol));
    return snapshotChain(symbol, expiration, strikes, quote(symbol).last());
  }

  /**
   * Every listed expiration's chain with one spot and one as-of instant. Expirations are streamed
   * concurrently, as many at a time as the stream limit allows.
   */
  @Override
  public OptionChain chain(String underlying) {
    String symbol = TradeStationSymbols.fromVendor(underlying);
    Map<String, List<LocalDate>> byRoot = expirationsByRoot(symbol);
    Set<LocalDate> dates = new TreeSet<>();
    byRoot.values().forEach(dates::addAll);
    if (dates.isEmpty()) {
      throw new MarketDataException("no expirations listed for " + symbol, "options/expirations", null);
    }
    double spot = quote(symbol).last();
    int parallel = Math.min(dates.size(), Math.max(1, config.maxConcurrentStreams() / byRoot.size()));
    ExecutorService pool = Executors.newFixedThreadPool(parallel, task -> {
      Thread thread = new Thread(task, "tradestation-chain " + symbol);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<OptionChain>> parts = new ArrayList<>();
      for (LocalDate date : dates) {
        parts.add(pool.submit(() -> snapshotChain(symbol, date, strikesByRoot(symbol, date, byRoot), spot)));
      }
      List<OptionQuote> all = new ArrayList<>();
      for (Future<OptionChain> part : parts) {
        all.addAll(result(part, symbol).quotes());
      }
      return new OptionChain(symbol, spot, clock.instant(), all);
    } finally {
      pool.shutdownNow();
    }
  }

  private static OptionChain result(Future<OptionChain> part, String symbol) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MarketDataException("interrupted while streaming the " + symbol + " chains", "stream/options/chains", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ZeroGexException z) {
        throw z;
      }
      if (e.getCause() instanceof IllegalArgumentException i) {
        throw i;
      }
      throw new MarketDataException("streaming the " + symbol + " chains failed: " + e.getCause(),
          "stream/options/chains", e.getCause());
    }
  }

  /** One expiration's chain from its streams, waiting up to the snapshot timeout. */
  private OptionChain snapshotChain(String symbol, LocalDate expiration, Map<String, List<Double>> strikes, double spot) {
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
    return barCharts.range(symbol, interval, from, to, session);
  }

  /**
   * The last {@code barsBack} bars up to now, ascending.
   *
   * @param interval whole minutes from 1 to 1440, or one day
   * @param barsBack how many bars, 1 to 57,600 for minute bars
   */
  public List<PriceBar> barsBack(String symbol, Duration interval, int barsBack, SessionTemplate session) {
    return barCharts.back(symbol, interval, barsBack, session);
  }

  @Override
  public Subscription<OptionChain> subscribeChain(String underlying, LocalDate expiration, ChainListener listener) {
    String symbol = TradeStationSymbols.fromVendor(underlying);
    Arguments.notNull(expiration, "expiration");
    Arguments.notNull(listener, "listener");
    ChainSubscription subscription = openChain(symbol, expiration,
        strikesByRoot(symbol, expiration, expirationsByRoot(symbol)), listener, true);
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
    if (streamSpot) {
      acquire(needed);
    } else {
      awaitPermits(needed);
    }
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

  /** One-off chains wait for streams that subscriptions or other one-off chains hold. */
  private void awaitPermits(int streams) {
    try {
      if (streamPermits.tryAcquire(streams, config.snapshotTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new MarketDataException("no free stream within " + config.snapshotTimeout() + ": all "
        + config.maxConcurrentStreams() + " allowed streams are held by subscriptions", "stream", null);
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
  private Map<String, List<Double>> strikesByRoot(String underlying, LocalDate expiration,
      Map<String, List<LocalDate>> expirationsByRoot) {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<LocalDate>> root : expirationsByRoot.entrySet()) {
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
}
