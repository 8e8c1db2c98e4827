package io.zerogex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.engine.AlertListener;
import io.zerogex.core.engine.LevelAlert;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * POSTs every alert as a JSON object ({@code kind, underlying, at, previousSpot, spot, level,
 * text}) to a webhook URL (Slack-style hooks read {@code text}). A failed delivery throws; the
 * engine logs it and carries on, so an unreachable hook never stops the exposure job.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WebhookAlertSink implements AlertListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final URI url;
  private final Duration timeout;

  /**
   * A sink posting to {@code url} with {@code client}.
   *
   * @param client the HTTP client, owned by the caller
   * @param url the webhook
   * @param timeout the longest wait for an answer
   */
  public WebhookAlertSink(HttpClient client, URI url, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.url = Objects.requireNonNull(url, "url");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public void onAlert(LevelAlert alert) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", alert.kind().name());
    body.put("underlying", alert.underlying());
    body.put("at", alert.at().toString());
    body.put("previousSpot", alert.previousSpot());
    body.put("spot", alert.spot());
    body.put("level", alert.level());
    body.put("text", alert.describe());
    try {
      HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("webhook " + url + " answered " + response.statusCode());
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + alert, e);
    } catch (IOException e) {
      throw new UncheckedIOException("webhook " + url + " unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted posting to " + url, e);
    }
  }
}
