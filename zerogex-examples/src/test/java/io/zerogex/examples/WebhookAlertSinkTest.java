package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.zerogex.core.engine.AlertKind;
import io.zerogex.core.engine.LevelAlert;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WebhookAlertSinkTest {

  private static final LevelAlert ALERT = new LevelAlert(AlertKind.ZERO_GAMMA_CROSSED, "SPX",
      Instant.parse("2024-01-05T15:07:00Z"), 4710, 4690, 4700);

  @Test
  void postsTheAlertAsJsonAndFailsLoudlyOnAnError() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.createContext("/broken", exchange -> {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      HttpClient client = HttpClient.newHttpClient();
      new WebhookAlertSink(client, URI.create(base + "/hook"), Duration.ofSeconds(5)).onAlert(ALERT);
      assertThat(bodies).containsExactly("{\"kind\":\"ZERO_GAMMA_CROSSED\",\"underlying\":\"SPX\","
          + "\"at\":\"2024-01-05T15:07:00Z\",\"previousSpot\":4710.0,\"spot\":4690.0,\"level\":4700.0,"
          + "\"text\":\"SPX ZERO_GAMMA_CROSSED: spot 4710.0 -> 4690.0, level 4700.0 at 2024-01-05T15:07:00Z\"}");
      assertThatThrownBy(() -> new WebhookAlertSink(client, URI.create(base + "/broken"), Duration.ofSeconds(5))
          .onAlert(ALERT)).hasMessageContaining("answered 500");
    } finally {
      server.stop(0);
    }
  }
}
