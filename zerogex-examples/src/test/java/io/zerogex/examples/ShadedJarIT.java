package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code zerogex.jar} as users run it: {@code java -jar} in a process of its own
 * (maven-failsafe-plugin, in the integration-test phase after the package phase built the jar; its
 * path comes in the {@code zerogex.jar} system property). The worker on the replay source and the
 * memory store serves its HTTP endpoint and shuts down cleanly on SIGTERM; the report runs.
 */
class ShadedJarIT {

  /** The JVM's exit status after SIGTERM once its shutdown hooks ran: 128 + 15. */
  private static final int EXIT_ON_SIGTERM = 143;
  private static final Pattern HEALTH_URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/health");

  @TempDir
  Path work;

  private static Path jar() {
    Path jar = Paths.get(System.getProperty("zerogex.jar", "target/zerogex.jar"));
    assertThat(jar).as("the shaded jar (mvn package builds it)").isRegularFile();
    return jar;
  }

  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return command;
  }

  private Process start(Path log, String... args) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(java(args)).redirectErrorStream(true)
        .redirectOutput(log.toFile()).directory(work.toFile());
    // The defaults, not whatever the build machine's environment says.
    builder.environment().keySet().removeIf(name -> name.startsWith("ZEROGEX_"));
    return builder.start();
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }


  @Test
  void theWorkerServesItsEndpointAndStopsCleanlyOnSigterm() throws Exception {
    Path log = work.resolve("worker.log");
    Process worker = start(log, "worker", "--source", "replay", "--store", "memory", "--port", "0");
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      Matcher url = HEALTH_URL.matcher("");
      while (!url.reset(read(log)).find()) {
        assertThat(worker.isAlive()).as(read(log)).isTrue();
        assertThat(System.nanoTime()).as("no endpoint announced: " + read(log)).isLessThan(deadline);
        Thread.sleep(100);
      }
      int port = Integer.parseInt(url.group(1));
      HttpResponse<String> health = LoopbackHttp.send(port, "GET", "/health");
      while (health.statusCode() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        health = LoopbackHttp.send(port, "GET", "/health");
      }
      assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"job\":\"GAP_BACKFILL\"");

      HttpResponse<String> fetch = LoopbackHttp.send(port, "POST", "/fetch?underlying=SPX");
      assertThat(fetch.statusCode()).isEqualTo(202);
      assertThat(fetch.body()).matches("\\{\"started\":[0-2]\\}");
      HttpResponse<String> metrics = LoopbackHttp.send(port, "GET", "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("zerogex_job_latency_seconds_count{job=\"HEARTBEAT\"");
      while (!metrics.body().contains("zerogex_snapshots_stored_total{underlying=\"SPX\"}")
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
        metrics = LoopbackHttp.send(port, "GET", "/metrics");
      }
      assertThat(metrics.body()).contains("zerogex_snapshots_stored_total{underlying=\"SPX\"}");
    } finally {
      // SIGTERM, as systemctl stop and docker stop send it.
      worker.destroy();
    }
    assertThat(worker.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    String output = read(log);
    assertThat(worker.exitValue()).as(output).isEqualTo(EXIT_ON_SIGTERM);
    // The start-up backfill read the replay's bar history. The replay starts at Friday 2024-01-05
    // 09:30 and the backfill runs k simulated minutes later (the JVM's start-up at 60x): the 3-day
    // lookback holds Tuesday from 09:30 + k (390 - k minutes), Wednesday and Thursday (390 each)
    // and Friday's first k minutes, 1170 in all, in 3 or 4 gaps.
    assertThat(output).containsPattern("\\] ([34])/\\1 gaps, 1170 bars, ETA");
    assertThat(output).contains("zerogex worker: stopped");
    assertThat(output).doesNotContain("Exception");
  }

  @Test
  void theReportRunsFromTheJar() throws Exception {
    Path log = work.resolve("report.log");
    Process report = start(log, "report", "--out", work.resolve("charts").toString());
    assertThat(report.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = read(log);
    assertThat(report.exitValue()).as(output).isZero();
    assertThat(output).contains("bundled Cboe SPX chain, trade date 2024-01-05").contains("Charts:");
    try (var charts = Files.list(work.resolve("charts"))) {
      assertThat(charts.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(name -> name.endsWith(".png"));
    }
  }
}
