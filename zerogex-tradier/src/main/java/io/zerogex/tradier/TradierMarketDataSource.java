package io.zerogex.tradier;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.MarketDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * {@link MarketDataSource} over Tradier's market-data REST API: option expirations over every
 * root ({@code includeAllRoots=true}: SPX and SPXW, NDX and NDXP), chains with vendor greeks and
 * implied volatility, quotes, 1/5/15-minute time-and-sales bars and daily history, and the market
 * clock and calendar.
 *
 * <p>Symbols are Tradier's, which for the library's underlyings are the library's own
 * ({@code SPX}, {@code NDX}, {@code SPY}, {@code QQQ}); they are upper-cased. Vendor values are
 * converted at this boundary as {@link TradierChainParser} describes. Every request goes through
 * one OkHttp client and a client-side limiter that keeps under {@link
 * TradierConfig#requestsPerMinute()}, with retries as {@link TradierConfig} describes.
 *
 * <p>Thread-safe. Owns its client and threads unless a client is passed in; {@link #close()}
 * releases what it owns.
 */
public final class TradierMarketDataSource implements MarketDataSource {

  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9./_^-]{0,31}");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final Map<Duration, String> TIMESALES_INTERVALS = Map.of(
      Duration.ofMinutes(1), "1min", Duration.ofMinutes(5), "5min", Duration.ofMinutes(15), "15min");

  private final TradierConfig config;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Clock clock;
  private final TradierHttp http;
  private final ExecutorService expirationFetches;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A source with its own OkHttp client, timeouts from the config and the UTC system clock. */
  public TradierMarketDataSource(TradierConfig config) {
    this(config, null, Clock.systemUTC(), Sleeper.THREAD);
  }

  /**
   * A source using a client the caller owns (and closes) and an injected clock for as-of instants.
   * The client's own timeouts apply.
   */
  public TradierMarketDataSource(TradierConfig config, OkHttpClient client, Clock clock) {
    this(config, Arguments.notNull(client, "client"), clock, Sleeper.THREAD);
  }

  TradierMarketDataSource(TradierConfig config, OkHttpClient client, Clock clock, Sleeper sleeper) {
    this.config = Arguments.notNull(config, "config");
    this.clock = Arguments.notNull(clock, "clock");
    this.ownsClient = client == null;
    this.client = client != null ? client : new OkHttpClient.Builder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .build();
    RequestLimiter limiter = new RequestLimiter(config.requestsPerMinute(), System::nanoTime, sleeper);
    this.http = new TradierHttp(config, this.client, limiter, clock, sleeper,
        () -> ThreadLocalRandom.current().nextDouble());
    AtomicInteger threads = new AtomicInteger();
    this.expirationFetches = Executors.newFixedThreadPool(config.concurrency(), task -> {
      Thread thread = new Thread(task, "tradier-chain-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The settings this source was built with (token masked in their {@code toString()}). */
  public TradierConfig config() {
    return config;
  }

  @Override
  public List<LocalDate> expirations(String underlying) {
    String symbol = symbol(underlying, "underlying");
    return TradierResponses.expirations(get(TradierResponses.EXPIRATIONS,
        Map.of("symbol", symbol, "includeAllRoots", "true", "strikes", "false")));
  }

  @Override
  public OptionChain chain(String underlying, LocalDate expiration) {
    String symbol = symbol(underlying, "underlying");
    Arguments.notNull(expiration, "expiration");
    Instant asOf = clock.instant();
    double spot = quote(symbol).last();
    return new OptionChain(symbol, spot, asOf, quotesOf(symbol, expiration));
  }

  /**
   * Every listed expiration of the underlying in one snapshot: the expirations are fetched
   * concurrently (at most {@link TradierConfig#concurrency()} at once, within the rate limit),
   * merged in expiration order, with one as-of instant (taken before the first request) and the
   * spot from the quote endpoint.
   *
   * @throws MarketDataException when no expiration is listed or any fetch fails after retries
   */
  @Override
  public OptionChain chain(String underlying) {
    String symbol = symbol(underlying, "underlying");
    Instant asOf = clock.instant();
    List<LocalDate> dates = expirations(symbol);
    if (dates.isEmpty()) {
      throw new MarketDataException("Tradier lists no expirations for " + symbol, TradierResponses.EXPIRATIONS, null);
    }
    double spot = quote(symbol).last();
    checkOpen();
    List<Future<List<OptionQuote>>> parts = new ArrayList<>();
    for (LocalDate date : dates) {
      parts.add(expirationFetches.submit(() -> quotesOf(symbol, date)));
    }
    List<OptionQuote> all = new ArrayList<>();
    try {
      for (Future<List<OptionQuote>> part : parts) {
        all.addAll(part.get());
      }
    } catch (ExecutionException e) {
      parts.forEach(part -> part.cancel(true));
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new MarketDataException("fetching the " + symbol + " chain failed", TradierChainParser.ENDPOINT, e.getCause());
    } catch (InterruptedException e) {
      parts.forEach(part -> part.cancel(true));
      Thread.currentThread().interrupt();
      throw new MarketDataException("interrupted while fetching the " + symbol + " chain", TradierChainParser.ENDPOINT, e);
    }
    return new OptionChain(symbol, spot, asOf, all);
  }

  private List<OptionQuote> quotesOf(String symbol, LocalDate expiration) {
    byte[] body = get(TradierChainParser.ENDPOINT,
        Map.of("symbol", symbol, "expiration", expiration.toString(), "greeks", "true"));
    List<OptionQuote> parsed = TradierChainParser.parse(body, symbol);
    List<OptionQuote> kept = new ArrayList<>(parsed.size());
    for (OptionQuote quote : parsed) {
      // Tradier answers per expiration date; a row of another date would be a vendor error.
      if (quote.contract().expiration().equals(expiration)) {
        kept.add(quote);
      }
    }
    return kept;
  }

  /**
   * The latest quote of an index, ETF or stock.
   *
   * @throws MarketDataException when Tradier does not recognise the symbol
   */
  @Override
  public Quote quote(String symbol) {
    String name = symbol(symbol, "symbol");
    Quote quote = quotes(List.of(name)).get(name);
    if (quote == null) {
      throw new MarketDataException("Tradier has no quote for " + name, TradierResponses.QUOTES, 200, null, null);
    }
    return quote;
  }

  /**
   * The latest quotes of several symbols in one request, keyed by upper-case symbol in the order
   * asked; symbols Tradier does not recognise are absent.
   */
  public Map<String, Quote> quotes(Collection<String> symbols) {
    Arguments.notNull(symbols, "symbols");
    LinkedHashSet<String> names = new LinkedHashSet<>();
    symbols.forEach(s -> names.add(symbol(s, "symbols")));
    if (names.isEmpty()) {
      throw new IllegalArgumentException("symbols must not be empty, got " + symbols);
    }
    Instant now = clock.instant();
    return TradierResponses.quotes(get(TradierResponses.QUOTES,
        Map.of("symbols", String.join(",", names), "greeks", "false")), now);
  }

  /**
   * Regular-session bars ({@link SessionFilter#OPEN}); see
   * {@link #bars(String, Duration, Instant, Instant, SessionFilter)}.
   */
  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
    return bars(symbol, interval, from, to, SessionFilter.OPEN);
  }

  /**
   * Price bars with starts in {@code [from, to)}, ascending: 1, 5 or 15 minutes from time and
   * sales (Tradier keeps about 20 days of 1-minute and 40 days of 5 and 15-minute bars), or one
   * day from the daily history, each daily bar starting at its date's America/New_York midnight.
   *
   * @param session which part of the day's trading minute bars cover (ignored for daily bars)
   * @throws IllegalArgumentException for another interval or {@code from} not before {@code to}
   */
  public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to, SessionFilter session) {
    String name = symbol(symbol, "symbol");
    Arguments.notNull(interval, "interval");
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.notNull(session, "session");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, got from " + from + " and to " + to);
    }
    List<PriceBar> bars;
    if (interval.equals(Duration.ofDays(1))) {
      LocalDate first = from.atZone(TradierJson.EASTERN).toLocalDate();
      LocalDate last = to.minusNanos(1).atZone(TradierJson.EASTERN).toLocalDate();
      bars = TradierResponses.history(get(TradierResponses.HISTORY,
          Map.of("symbol", name, "interval", "daily", "start", first.toString(), "end", last.toString())), name);
    } else if (TIMESALES_INTERVALS.containsKey(interval)) {
      bars = TradierResponses.timesales(get(TradierResponses.TIMESALES, Map.of("symbol", name,
          "interval", TIMESALES_INTERVALS.get(interval),
          "start", MINUTE.format(from.atZone(TradierJson.EASTERN)),
          "end", MINUTE.format(to.atZone(TradierJson.EASTERN)),
          "session_filter", session.wireName())), name, interval);
    } else {
      throw new IllegalArgumentException("interval must be 1, 5 or 15 minutes or 1 day, got " + interval);
    }
    return bars.stream().filter(b -> !b.start().isBefore(from) && b.start().isBefore(to)).toList();
  }

  /** The exchange's state now, from Tradier's market clock. */
  public MarketClock clock() {
    return TradierResponses.clock(get(TradierResponses.CLOCK, Map.of()), clock.instant());
  }

  /** The market calendar of one month: each day open or closed, with session hours. */
  public List<MarketDay> calendar(YearMonth month) {
    Arguments.notNull(month, "month");
    return TradierResponses.calendar(get(TradierResponses.CALENDAR,
        Map.of("month", String.format(Locale.ROOT, "%02d", month.getMonthValue()), "year", Integer.toString(month.getYear()))));
  }

  /** Stops the expiration threads and, when this source built it, the HTTP client; idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    expirationFetches.shutdownNow();
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private byte[] get(String path, Map<String, String> query) {
    checkOpen();
    return http.get(path, query);
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this TradierMarketDataSource is closed");
    }
  }

  private static String symbol(String value, String name) {
    Arguments.notNull(value, name);
    String symbol = value.strip().toUpperCase(Locale.ROOT);
    if (!SYMBOL.matcher(symbol).matches()) {
      throw new IllegalArgumentException(name + " must be a ticker symbol such as SPX, got '" + value + "'");
    }
    return symbol;
  }
}
