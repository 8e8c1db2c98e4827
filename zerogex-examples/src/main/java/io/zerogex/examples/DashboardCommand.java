package io.zerogex.examples;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zerogex dashboard}: serves the interactive gamma exposure page (see
 * {@link DashboardServer}) from a snapshot store until SIGTERM or Ctrl-C. The stores that start
 * empty (memory, the default, and embedded-postgres) are first filled with the demo of
 * {@link DashboardDemo}, so the command shows every chart on a fresh clone.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
    description = "Serve the gamma exposure dashboard (read-only) from a snapshot store.")
final class DashboardCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", defaultValue = "${env:ZEROGEX_STORE:-memory}", converter = StoreKind.Converter.class,
      description = "memory (the demo, the default), postgres (env ZEROGEX_PG_URL), embedded-postgres (the demo) "
          + "or bigquery (env ZEROGEX_BQ_PROJECT) (env ZEROGEX_STORE; default ${DEFAULT-VALUE}).")
  StoreKind store;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String bind;

  @Option(names = "--port", defaultValue = "${env:ZEROGEX_DASHBOARD_PORT:-8050}",
      description = "HTTP port (env ZEROGEX_DASHBOARD_PORT; default ${DEFAULT-VALUE}; 0 for any).")
  int port;

  @Option(names = "--underlyings", split = ",", defaultValue = "SPX,SPY,QQQ,NDX",
      description = "Underlyings always offered, besides every one in the store (default ${DEFAULT-VALUE}).")
  List<String> underlyings;

  @Option(names = "--refresh", defaultValue = "5",
      description = "Seconds between the page's checks for new snapshots (default ${DEFAULT-VALUE}).")
  int refreshSeconds;

  @Option(names = "--history-days", defaultValue = "5",
      description = "Days of history before the latest snapshot (default ${DEFAULT-VALUE}).")
  int historyDays;

  @Override
  public Integer call() throws Exception {
    if (refreshSeconds <= 0 || historyDays <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--refresh and --history-days must be > 0, got " + refreshSeconds + " and " + historyDays);
    }
    PrintWriter err = spec.commandLine().getErr();
    InetAddress address = InetAddress.getByName(bind);
    StoreKind.Opened opened = store.open();
    boolean demo = store == StoreKind.MEMORY || store == StoreKind.EMBEDDED_POSTGRES;
    if (demo) {
      DashboardDemo.fill(opened.store(), WorkerCommand.bundledChain());
    }
    DashboardData data = new DashboardData(opened.store(), underlyings, Clock.systemUTC(), Duration.ofDays(historyDays));
    DashboardServer server = new DashboardServer(data, address, port, refreshSeconds, demo ? DashboardDemo.NOTE : null);
    String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    err.println("zerogex dashboard: " + store + (demo ? " (demo data)" : "") + ", http://" + host + ":" + server.port() + "/");
    if (!address.isLoopbackAddress()) {
      err.println("zerogex dashboard: listening on " + host + ", reachable from other machines; it has no authentication");
    }
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (AutoCloseable extra = opened.extra(); AutoCloseable closeStore = opened.store()) {
        server.close();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        stopped.countDown();
      }
    }, "zerogex-dashboard-shutdown"));
    stopped.await();
    return 0;
  }
}
