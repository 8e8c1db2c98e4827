package io.zerogex.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zerogex.core.engine.EngineStatus;
import io.zerogex.core.engine.GexEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker's HTTP endpoint, on the loopback interface by default (bind 0.0.0.0 in a container,
 * or put a reverse proxy in front, to expose it):
 * {@code GET /health} (the jobs, their last success per underlying, and the problems; 200 when
 * healthy, 503 when the heartbeat is stale or a job failed 3 times in a row), {@code POST
 * /fetch?underlying=SPX} (an on-demand chain and price fetch, 202; all underlyings without the
 * parameter) and {@code GET /metrics} (the Prometheus scrape).
 */
final class WorkerHttpServer implements AutoCloseable {

  /** A heartbeat older than this makes {@code /health} answer 503. */
  static final Duration MAX_HEARTBEAT_AGE = Duration.ofMinutes(3);
  /** Failures in a row of one job that make {@code /health} answer 503. */
  static final int MAX_CONSECUTIVE_FAILURES = 3;

  private final HttpServer server;
  private final GexEngine engine;
  private final PrometheusMeterRegistry registry;
  private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /**
   * Starts the endpoint.
   *
   * @param address the address and port to listen on (port 0 for any free one)
   */
  WorkerHttpServer(InetSocketAddress address, GexEngine engine, PrometheusMeterRegistry registry) throws IOException {
    this.engine = engine;
    this.registry = registry;
    server = HttpServer.create(address, 0);
    server.createContext("/health", exchange -> answer(exchange, "GET", this::health));
    server.createContext("/fetch", exchange -> answer(exchange, "POST", this::fetch));
    server.createContext("/metrics", exchange -> answer(exchange, "GET",
        ignored -> new Reply(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape())));
    server.start();
  }

  /** The address and port bound (useful when port 0 asked for any free one). */
  InetSocketAddress address() {
    return server.getAddress();
  }

  private record Reply(int status, String contentType, String body) {
  }

  @FunctionalInterface
  private interface Handler {
    Reply handle(HttpExchange exchange) throws IOException;
  }

  private void answer(HttpExchange exchange, String method, Handler handler) throws IOException {
    try (exchange) {
      Reply reply;
      if (!exchange.getRequestMethod().equals(method)) {
        reply = new Reply(405, "text/plain", method + " only\n");
      } else {
        try {
          reply = handler.handle(exchange);
        } catch (IllegalArgumentException e) {
          reply = new Reply(400, "text/plain", e.getMessage() + "\n");
        }
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private Reply health(HttpExchange exchange) throws IOException {
    EngineStatus status = engine.status();
    List<String> problems = status.problems(MAX_HEARTBEAT_AGE, MAX_CONSECUTIVE_FAILURES);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", problems.isEmpty() ? "UP" : "DOWN");
    body.put("problems", problems);
    body.put("at", status.at());
    body.put("jobs", status.jobs());
    return new Reply(problems.isEmpty() ? 200 : 503, "application/json", json.writeValueAsString(body));
  }

  private Reply fetch(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    List<String> underlyings = engine.underlyings();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("underlying=")) {
          underlyings = List.of(URLDecoder.decode(pair.substring("underlying=".length()), StandardCharsets.UTF_8));
        }
      }
    }
    int started = 0;
    for (String underlying : underlyings) {
      started += engine.fetchNow(underlying);
    }
    return new Reply(202, "application/json", "{\"started\":" + started + "}");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
