package io.zerogex.examples;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.engine.BackfillProgress;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.support.CboeQuoteTable;
import io.zerogex.tradestation.TradeStationConfig;
import io.zerogex.tradestation.TradeStationMarketDataSource;
import io.zerogex.tradier.TradierConfig;
import io.zerogex.tradier.TradierMarketDataSource;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zerogex worker}: the long-running pipeline (see {@link io.zerogex.core.engine.GexEngine})
 * wired by flags or environment variables, with its HTTP endpoint (see {@link WorkerHttpServer}).
 * Runs until SIGTERM or Ctrl-C, then shuts down gracefully.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
    description = "Fetch chains and prices on a schedule, store them, compute exposure and realized volatility.")
final class WorkerCommand implements Callable<Integer> {

  /** Where market data comes from. */
  enum SourceKind { REPLAY, TRADIER, TRADESTATION }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--source", defaultValue = "${env:ZEROGEX_SOURCE:-replay}",
      description = "replay, tradier or tradestation (env ZEROGEX_SOURCE; default ${DEFAULT-VALUE}).")
  SourceKind source;

  @Option(names = "--store", defaultValue = "${env:ZEROGEX_STORE:-memory}", converter = StoreKind.Converter.class,
      description = "memory, postgres (env ZEROGEX_PG_URL), embedded-postgres or bigquery (env ZEROGEX_BQ_PROJECT) (env ZEROGEX_STORE; default ${DEFAULT-VALUE}).")
  StoreKind store;

  @Option(names = "--underlyings", split = ",", defaultValue = "${env:ZEROGEX_UNDERLYINGS:-SPX}",
      description = "Comma-separated underlyings (env ZEROGEX_UNDERLYINGS; default ${DEFAULT-VALUE}).")
  List<String> underlyings;

  @Option(names = "--port", defaultValue = "${env:ZEROGEX_PORT:-8080}",
      description = "HTTP port (env ZEROGEX_PORT; default ${DEFAULT-VALUE}; 0 for any).")
  int port;

  @Option(names = "--bind", defaultValue = "${env:ZEROGEX_BIND:-127.0.0.1}",
      description = "Address the HTTP endpoint listens on (env ZEROGEX_BIND; default ${DEFAULT-VALUE}, loopback only; "
          + "0.0.0.0 for every interface, as in a container).")
  java.net.InetAddress bind;

  @Option(names = "--alert-webhook", defaultValue = "${env:ZEROGEX_ALERT_WEBHOOK}",
      description = "POST level alerts as JSON to this URL (env ZEROGEX_ALERT_WEBHOOK); they are always logged.")
  java.net.URI alertWebhook;

  @Option(names = "--replay-chain", description = "Cboe quote table CSV files to replay (default: the bundled SPX chain).")
  List<Path> replayChains = new ArrayList<>();

  @Option(names = "--replay-speed", defaultValue = "60",
      description = "Simulated seconds per real second in a replay (default ${DEFAULT-VALUE}).")
  double replaySpeed;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Clock clock = Clock.systemUTC();
    Duration tick = Duration.ofSeconds(5);
    MarketDataSource marketData;
    if (source == SourceKind.REPLAY) {
      List<OptionChain> chains = replayChains();
      // The replay starts at the open of the recorded session (the last one on or before the
      // recording: the bundled chain was downloaded on a Sunday) and runs replaySpeed times faster.
      TradingCalendar calendar = TradingCalendar.nyse();
      java.time.LocalDate day = chains.get(0).asOf().atZone(TradingCalendar.NEW_YORK).toLocalDate();
      if (!calendar.isTradingDay(day)) {
        day = calendar.previousTradingDay(day);
      }
      Instant start = calendar.regularSession(day).orElseThrow().open();
      clock = new SimulatedClock(start, replaySpeed);
      tick = Duration.ofMillis(Math.max(20, (long) (5000 / replaySpeed)));
      marketData = new ReplayMarketDataSource(chains, clock);
    } else if (source == SourceKind.TRADIER) {
      marketData = new TradierMarketDataSource(TradierConfig.fromEnv());
    } else {
      marketData = new TradeStationMarketDataSource(TradeStationConfig.fromEnv());
    }
    StoreKind.Opened opened = store.open();
    SnapshotStore snapshots = opened.store();
    CountDownLatch stopped = new CountDownLatch(1);
    List<io.zerogex.core.engine.AlertListener> alerts = new ArrayList<>();
    if (alertWebhook != null) {
      alerts.add(new WebhookAlertSink(java.net.http.HttpClient.newHttpClient(), alertWebhook, Duration.ofSeconds(10)));
    }
    Worker worker = new Worker(marketData, snapshots, opened.extra(), underlyings, clock,
        new java.net.InetSocketAddress(bind, port), tick, null,
        progressBar(err), alerts);
    err.println("zerogex worker: " + source + " -> " + store + ", " + underlyings + ", http://"
        + (bind instanceof java.net.Inet6Address ? "[" + bind.getHostAddress() + "]" : bind.getHostAddress()) + ":"
        + worker.port() + "/health");
    err.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        worker.close();
        err.println("zerogex worker: stopped (jobs finished, bars flushed)");
        err.flush();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        stopped.countDown();
      }
    }, "zerogex-worker-shutdown"));
    stopped.await();
    return 0;
  }

  private List<OptionChain> replayChains() throws Exception {
    List<OptionChain> chains = new ArrayList<>();
    for (Path file : replayChains) {
      chains.add(CboeQuoteTable.read(file));
    }
    if (chains.isEmpty()) {
      chains.add(bundledChain());
    }
    return chains;
  }

  /** The bundled SPX chain of 2024-01-05 (Cboe delayed quotes). */
  static OptionChain bundledChain() throws Exception {
    try (InputStream in = WorkerCommand.class.getResourceAsStream(ReportCommand.BUNDLED_CHAIN);
         Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CboeQuoteTable.read(reader);
    }
  }

  /** A one-line progress bar on standard error, redrawn per gap; one report at a time. */
  static BackfillProgress.Listener progressBar(PrintWriter err) {
    return progress -> {
      synchronized (err) {
        drawProgress(err, progress);
      }
    };
  }

  private static void drawProgress(PrintWriter err, BackfillProgress progress) {
    int width = 30;
    int filled = progress.gapsTotal() == 0 ? width : width * progress.gapsDone() / progress.gapsTotal();
    err.print("\rbackfill [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + progress.gapsDone()
        + "/" + progress.gapsTotal() + " gaps, " + progress.barsStored() + " bars, ETA "
        + progress.remaining().toSeconds() + " s");
    if (progress.gapsDone() == progress.gapsTotal()) {
      err.println();
    }
    err.flush();
  }
}
