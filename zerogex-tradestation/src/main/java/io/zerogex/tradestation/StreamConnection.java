package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.RateLimitedException;
import io.zerogex.core.spi.ZeroGexException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TradeStation HTTP stream kept alive on its own thread until closed.
 *
 * <p>The body is read line by line: each line is one JSON object, however the bytes were split
 * into HTTP chunks or socket reads. Heartbeats (sent after 5 seconds of idleness) keep the
 * connection's read timeout, the {@link TradeStationConfig#streamInactivityTimeout() inactivity
 * timeout}, from firing; a silent stall trips it. A GoAway, a stream error object, the end of the
 * body, a dropped connection, a stall, a 429 or a 5xx each lead to a reconnect after a backoff
 * (doubling while attempts deliver nothing) with the same request, i.e. a resubscription. A 401
 * renews the access token once; a rejected refresh token, a 403 or another 4xx stops the stream
 * for good, since retrying cannot fix them.
 *
 * <p>This class is thread-safe.
 */
final class StreamConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);

  /** What a stream's owner receives; called on the stream's thread. */
  interface Handler {
    /** A connection succeeded; the server resends its snapshot next. */
    void onConnected();

    /** A data object (not a heartbeat, stream status or stream-level error). */
    void onObject(JsonNode object);

    /** The server said the initial snapshot is complete, or went idle (a heartbeat) after data. */
    void onSnapshotEnd();

    /** The stream failed; {@code reconnecting} is false when it stopped for good. */
    void onFailure(ZeroGexException error, boolean reconnecting);
  }

  private final OkHttpClient client;
  private final AccessTokens tokens;
  private final HttpUrl url;
  private final String endpoint;
  private final ObjectMapper mapper;
  private final Backoff backoff;
  private final Duration inactivity;
  private final Handler handler;
  private final Runnable onStop;
  private final StreamReader reader;
  private final Thread thread;
  private final AtomicBoolean released = new AtomicBoolean();
  private volatile boolean closed;
  private volatile Call current;
  private volatile int connections;

  StreamConnection(OkHttpClient client, AccessTokens tokens, HttpUrl url, ObjectMapper mapper,
      TradeStationConfig config, Handler handler, Runnable onStop) {
    this.inactivity = config.streamInactivityTimeout();
    this.client = client.newBuilder().readTimeout(inactivity).build();
    this.tokens = tokens;
    this.url = url;
    this.endpoint = url.encodedPath();
    this.mapper = mapper;
    this.backoff = new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay());
    this.handler = handler;
    this.onStop = onStop;
    this.reader = new StreamReader(mapper, endpoint, handler);
    this.thread = new Thread(this::run, "tradestation-stream " + endpoint);
    this.thread.setDaemon(true);
  }

  synchronized void start() {
    if (!closed) {
      thread.start();
    }
  }

  /** How many times the stream has connected successfully (1 + reconnects). */
  int connections() {
    return connections;
  }

  /** Stops the stream: cancels the open call and ends the thread. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (thread.getState() == Thread.State.NEW) {
        release();
      }
    }
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    thread.interrupt();
  }

  private void release() {
    if (released.compareAndSet(false, true)) {
      onStop.run();
    }
  }

  private void run() {
    int failures = 0;
    boolean renewed = false;
    try {
      while (!closed) {
        String token;
        try {
          token = tokens.accessToken();
        } catch (AuthenticationException e) {
          stop(e);
          return;
        } catch (ZeroGexException e) {
          handler.onFailure(e, true);
          if (!Backoff.sleep(backoff.delay(failures++))) {
            return;
          }
          continue;
        }
        Call call = client.newCall(new Request.Builder().url(url).header("Authorization", "Bearer " + token)
            .header("Accept", "application/vnd.tradestation.streams.v2+json").build());
        current = call;
        if (closed) {
          return;
        }
        StreamReader.Outcome outcome;
        try (Response response = call.execute()) {
          int status = response.code();
          if (status == 401 && !renewed) {
            renewed = true;
            tokens.invalidate(token);
            continue;
          }
          if (status != 200) {
            ZeroGexException error = statusError(status, bodyOf(response), response.header("Retry-After"));
            if (!(status == 429 || status >= 500)) {
              stop(error);
              return;
            }
            outcome = new StreamReader.Outcome(error, false);
          } else {
            renewed = false;
            connections++;
            handler.onConnected();
            outcome = reader.read(response.body().source());
          }
        } catch (InterruptedIOException e) {
          if (closed) {
            return;
          }
          outcome = new StreamReader.Outcome(new MarketDataException("the stream was silent for " + inactivity.toMillis()
              + " ms (no data, no heartbeat)", endpoint, e), false);
        } catch (IOException e) {
          if (closed) {
            return;
          }
          outcome = new StreamReader.Outcome(new MarketDataException("the stream connection dropped ("
              + e.getClass().getSimpleName() + ")", endpoint, e), false);
        }
        if (closed) {
          return;
        }
        if (outcome.delivered()) {
          failures = 0;
        }
        Duration wait = backoff.delay(failures++);
        LOG.warn("stream {}: {}; reconnecting in {} ms", endpoint, outcome.error().getMessage(), wait.toMillis());
        handler.onFailure(outcome.error(), true);
        if (!Backoff.sleep(wait)) {
          return;
        }
      }
    } finally {
      release();
    }
  }

  private ZeroGexException statusError(int status, String body, String retryAfter) {
    if (status == 401 || status == 403) {
      return new AuthenticationException(status == 401
          ? "TradeStation rejected a freshly renewed access token for the stream"
          : "TradeStation refused the stream; the account or app lacks the market-data permission",
          endpoint, status, body, null);
    }
    if (status == 429) {
      return new RateLimitedException("TradeStation refused the stream: too many requests or streams", endpoint,
          status, body, TradeStationRest.retryDelay(retryAfter, backoff, 0));
    }
    return new MarketDataException("the stream request failed", endpoint, status, body, null);
  }

  private void stop(ZeroGexException error) {
    closed = true;
    LOG.error("stream {} stopped: {}", endpoint, error.getMessage());
    handler.onFailure(error, false);
  }

  private static String bodyOf(Response response) {
    ResponseBody body = response.body();
    try {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      return "";
    }
  }
}
