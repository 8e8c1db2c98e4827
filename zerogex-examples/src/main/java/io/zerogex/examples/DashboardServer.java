package io.zerogex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zerogex.core.exposure.ExposureUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

/**
 * The dashboard's HTTP server (the JDK's {@link HttpServer}): one page, its script and style,
 * Plotly.js from the {@code org.webjars.npm:plotly.js-dist} webjar on the classpath (the page
 * works offline), and four read-only JSON endpoints over {@link DashboardData}:
 * <ul>
 *   <li>{@code GET /api/status}: the underlyings and their latest snapshot (polled for refresh);
 *   <li>{@code GET /api/exposure?underlying=SPX&expiration=all|0dte|yyyy-MM-dd&unit=...&mode=...};
 *   <li>{@code GET /api/history?underlying=SPX}: stored exposure summaries over time;
 *   <li>{@code GET /api/volatility?underlying=SPX}: stored 1H and 1D realized volatility.
 * </ul>
 *
 * <p>Only GET and HEAD are served (405 otherwise); nothing writes to the store. Every answer
 * carries a Content-Security-Policy that allows scripts from this origin only, so a value from
 * the store that slipped into markup could not run. When bound to a loopback address, requests
 * whose {@code Host} is not a loopback name are refused (403), which defeats DNS rebinding.
 */
final class DashboardServer implements AutoCloseable {

  /** Sent with every answer: scripts and data from this origin only, no framing. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
      + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";

  private final HttpServer server;
  private final ExecutorService executor;
  private final DashboardData data;
  private final ObjectMapper json = htmlSafe(ReportJson.MAPPER.copy()
      .disable(SerializationFeature.INDENT_OUTPUT));
  private final AtomicReference<byte[]> gzipped = new AtomicReference<>();
  private final byte[] plotlyScript;
  private final boolean loopbackOnly;
  private final int refreshSeconds;
  private final String note;
  private final Object statusLock = new Object();
  private Map<String, Object> cachedStatus;
  private long statusReadNanos;

  /**
   * Binds and starts the server.
   *
   * @param data what the endpoints answer
   * @param bind the address to listen on (a loopback address keeps the page on this machine)
   * @param port the port, 0 for any free one
   * @param refreshSeconds how often the page polls {@code /api/status}, &gt; 0
   * @param note what the page says about the data (the demo says it is simulated), or null
   * @throws IOException when the address cannot be bound
   */
  DashboardServer(DashboardData data, InetAddress bind, int port, int refreshSeconds, String note) throws IOException {
    if (refreshSeconds <= 0) {
      throw new IllegalArgumentException("refreshSeconds must be > 0, got " + refreshSeconds);
    }
    this.data = data;
    this.refreshSeconds = refreshSeconds;
    this.note = note;
    this.loopbackOnly = bind.isLoopbackAddress();
    this.plotlyScript = plotlyScript();
    server = HttpServer.create(new InetSocketAddress(bind, port), 0);
    executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "zerogex-dashboard-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  /** The port bound (useful when 0 asked for any free one). */
  int port() {
    return server.getAddress().getPort();
  }

  private record Reply(int status, String contentType, byte[] body, String cacheControl) {
    static Reply text(int status, String message) {
      return new Reply(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), "no-store");
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (IllegalArgumentException e) {
        reply = Reply.text(400, e.getMessage());
      } catch (RuntimeException e) {
        reply = Reply.text(500, "internal error: " + e.getClass().getSimpleName());
      }
      var headers = exchange.getResponseHeaders();
      headers.set("Content-Type", reply.contentType());
      headers.set("Cache-Control", reply.cacheControl());
      headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Referrer-Policy", "no-referrer");
      headers.set("X-Frame-Options", "DENY");
      if (reply.status() == 405) {
        headers.set("Allow", "GET, HEAD");
      }
      byte[] body = reply.body();
      String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
      // Only Plotly (10 MB, 3 MB zipped) is worth compressing; it is zipped once and kept.
      if (reply.body() == plotlyScript && acceptEncoding != null && acceptEncoding.contains("gzip")) {
        body = gzipped.updateAndGet(zipped -> zipped != null ? zipped : gzip(plotlyScript));
        headers.set("Content-Encoding", "gzip");
      }
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private Reply route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Reply.text(405, "the dashboard is read-only: GET and HEAD only");
    }
    if (loopbackOnly && !loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
      return Reply.text(403, "this dashboard answers only to 127.0.0.1, localhost or [::1]");
    }
    String path = exchange.getRequestURI().getPath();
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    return switch (path) {
      case "/", "/index.html" -> resource("/dashboard/index.html", "text/html; charset=utf-8");
      case "/static/dashboard.js" -> resource("/dashboard/dashboard.js", "text/javascript; charset=utf-8");
      case "/static/dashboard.css" -> resource("/dashboard/dashboard.css", "text/css; charset=utf-8");
      case "/static/plotly.js" -> new Reply(200, "text/javascript; charset=utf-8", plotlyScript, "max-age=3600");
      case "/api/status" -> jsonReply(status());
      case "/api/exposure" -> jsonReply(data.exposure(underlying(query), query.get("expiration"),
          parse(ExposureUnit.class, query.getOrDefault("unit", "dollars_per_one_percent"), "unit"),
          parse(ReportMode.class, query.getOrDefault("mode", "default"), "mode")));
      case "/api/history" -> jsonReply(data.history(underlying(query)));
      case "/api/volatility" -> jsonReply(data.volatility(underlying(query)));
      default -> Reply.text(404, "not found");
    };
  }

  /**
   * The status, read from the store at most once per refresh period however many pages poll it
   * (a store such as BigQuery bills each query). The period is measured with the monotonic
   * timer: it paces queries and is not market time.
   */
  private Map<String, Object> status() {
    synchronized (statusLock) {
      long now = System.nanoTime();
      if (cachedStatus == null || now - statusReadNanos >= refreshSeconds * 1_000_000_000L) {
        Map<String, Object> body = new LinkedHashMap<>(data.status());
        body.put("refreshSeconds", refreshSeconds);
        body.put("note", note);
        cachedStatus = body;
        statusReadNanos = now;
      }
      return cachedStatus;
    }
  }

  private Reply jsonReply(Object body) throws JsonProcessingException {
    return new Reply(200, "application/json; charset=utf-8", json.writeValueAsBytes(body), "no-store");
  }

  private static Reply resource(String name, String contentType) throws IOException {
    try (InputStream in = DashboardServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the classpath");
      }
      return new Reply(200, contentType, in.readAllBytes(), "no-cache");
    }
  }

  private static byte[] plotlyScript() throws IOException {
    Properties webjar = new Properties();
    try (InputStream in = DashboardServer.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("the plotly.js-dist webjar is missing from the classpath");
      }
      webjar.load(in);
    }
    return resource("/META-INF/resources/webjars/plotly.js-dist/" + webjar.getProperty("version") + "/plotly.js",
        "text/javascript").body();
  }

  private static String underlying(Map<String, String> query) {
    String underlying = query.get("underlying");
    if (underlying == null || underlying.isBlank()) {
      throw new IllegalArgumentException("underlying is required, e.g. ?underlying=SPX");
    }
    return underlying;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " must be one of " + Arrays.toString(type.getEnumConstants())
          + ", got " + value, e);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          out.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
        : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
    name = name.toLowerCase(Locale.ROOT);
    return name.equals("localhost") || name.equals("[::1]") || name.startsWith("127.");
  }

  /**
   * The mapper writing {@code < > & '} as {@code \u003C}-style escapes, so no JSON answer holds
   * markup even if a browser were tricked into reading it as HTML.
   */
  private static ObjectMapper htmlSafe(ObjectMapper mapper) {
    int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
    for (char c : new char[] {'<', '>', '&', '\''}) {
      escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
    }
    mapper.getFactory().setCharacterEscapes(new CharacterEscapes() {
      @Override
      public int[] getEscapeCodesForAscii() {
        return escapes;
      }

      @Override
      public SerializableString getEscapeSequence(int ch) {
        return null;
      }
    });
    return mapper;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Stops answering at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
