package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.engine.BackfillProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
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
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("ZEROGEX_BQ_PROJECT") == null);
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
        "ZEROGEX_UNDERLYINGS", "--port", "ZEROGEX_PORT", "--alert-webhook", "--replay-chain", "--replay-speed");
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
