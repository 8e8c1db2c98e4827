package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.engine.BackfillProgress;
import io.zerogex.core.support.InMemorySnapshotStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WorkerCommandTest {

  @Test
  void anUnknownStoreIsAnInvalidOption() {
    CommandLine commandLine = ZerogexCommand.commandLine();
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute("worker", "--store", "sqlite", "--port", "0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--store").contains("sqlite");
  }

  @Test
  void theBigQueryStoreNeedsItsProject() {
    // The build machine has no ZEROGEX_BQ_PROJECT; the worker says so instead of starting.
    Assumptions.assumeTrue(System.getenv("ZEROGEX_BQ_PROJECT") == null);
    CommandLine commandLine = ZerogexCommand.commandLine();
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute("worker", "--store", "bigquery", "--port", "0");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("ZEROGEX_BQ_PROJECT");
  }

  @Test
  void helpListsEveryOptionWithItsEnvironmentVariable() {
    CommandLine commandLine = ZerogexCommand.commandLine();
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute("worker", "--help")).isZero();
    assertThat(out.toString()).contains("--source", "ZEROGEX_SOURCE", "--store", "ZEROGEX_STORE", "--underlyings",
        "ZEROGEX_UNDERLYINGS", "--port", "ZEROGEX_PORT", "--bind", "ZEROGEX_BIND", "--alert-webhook", "--replay-chain", "--replay-speed");
  }

  /** The bind address the worker command parses from {@code args}. */
  private static InetAddress bindOf(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "worker";
    System.arraycopy(args, 0, line, 1, args.length);
    CommandLine.ParseResult parsed = ZerogexCommand.commandLine().parseArgs(line);
    return ((WorkerCommand) parsed.subcommand().commandSpec().userObject()).bind;
  }

  /** A worker on the replay and memory listening on {@code bind}, any free port. */
  private static Worker workerOn(InetAddress bind) throws Exception {
    return new Worker(new ReplayMarketDataSource(List.of(WorkerCommand.bundledChain()), Clock.systemUTC()),
        new InMemorySnapshotStore(), null, List.of("SPX"), Clock.systemUTC(), new InetSocketAddress(bind, 0), null,
        Runnable::run, BackfillProgress.Listener.NONE, List.of());
  }

  /** An IPv4 address of this machine other than loopback, if it has one. */
  private static Optional<InetAddress> externalAddress() throws Exception {
    return NetworkInterface.networkInterfaces().filter(network -> {
      try {
        return network.isUp() && !network.isLoopback();
      } catch (java.net.SocketException e) {
        return false;
      }
    }).flatMap(NetworkInterface::inetAddresses).filter(address -> address instanceof Inet4Address).findFirst();
  }

  private static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void theHttpEndpointListensOnLoopbackOnlyByDefault() throws Exception {
    Assumptions.assumeTrue(System.getenv("ZEROGEX_BIND") == null);
    InetAddress bind = bindOf();
    assertThat(bind.isLoopbackAddress()).isTrue();
    Optional<InetAddress> external = externalAddress();
    Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
    try (Worker worker = workerOn(bind)) {
      assertThat(worker.address().getAddress().isLoopbackAddress()).isTrue();
      assertThat(accepts(InetAddress.getLoopbackAddress(), worker.port())).isTrue();
      assertThat(accepts(external.get(), worker.port())).as("reachable on " + external.get()).isFalse();
    }
  }

  @Test
  void theBindFlagIsHonoured() throws Exception {
    InetAddress bind = bindOf("--bind", "0.0.0.0");
    assertThat(bind.isAnyLocalAddress()).isTrue();
    Optional<InetAddress> external = externalAddress();
    Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
    try (Worker worker = workerOn(bind)) {
      assertThat(accepts(external.get(), worker.port())).as("reachable on " + external.get()).isTrue();
      assertThat(accepts(InetAddress.getLoopbackAddress(), worker.port())).isTrue();
    }
    try (Worker worker = workerOn(bindOf("--bind", external.get().getHostAddress()))) {
      assertThat(accepts(external.get(), worker.port())).isTrue();
      assertThat(accepts(InetAddress.getLoopbackAddress(), worker.port())).isFalse();
    }
  }

  @Test
  void theBackfillProgressBarFillsInProportion() {
    StringWriter err = new StringWriter();
    BackfillProgress.Listener bar = WorkerCommand.progressBar(new PrintWriter(err));
    bar.onProgress(new BackfillProgress("SPX", 1, 3, 10, Duration.ofSeconds(2), Duration.ofSeconds(4)));
    bar.onProgress(new BackfillProgress("SPY", 3, 3, 25, Duration.ofSeconds(6), Duration.ZERO));
    assertThat(err.toString()).isEqualTo("\rbackfill [" + "#".repeat(10) + " ".repeat(20) + "] 1/3 gaps, 10 bars, ETA 4 s"
        + "\rbackfill [" + "#".repeat(30) + "] 3/3 gaps, 25 bars, ETA 0 s" + System.lineSeparator());
  }
}
