package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.ZeroGexException;
import java.io.IOException;
import java.util.Set;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one connection's body of a TradeStation stream: one JSON object per line, split at the
 * newlines whatever the chunk or read boundaries. Heartbeats are consumed (a heartbeat after data
 * means the server went idle, which ends a snapshot that has no {@code EndSnapshot}), stream
 * statuses and stream-level errors are interpreted, data objects go to the handler. A malformed
 * line is logged and skipped, never thrown as a parser exception.
 */
final class StreamReader {

  private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);
  /** Errors that end the whole stream even when the object names a symbol. */
  private static final Set<String> STREAM_ERRORS = Set.of("GoAway", "DualLogon", "InternalServerError");

  private final ObjectMapper mapper;
  private final String endpoint;
  private final StreamConnection.Handler handler;

  StreamReader(ObjectMapper mapper, String endpoint, StreamConnection.Handler handler) {
    this.mapper = mapper;
    this.endpoint = endpoint;
    this.handler = handler;
  }

  /** Why a connection ended and whether it delivered any object before. */
  record Outcome(ZeroGexException error, boolean delivered) {
  }

  /**
   * Reads until the body ends or the server ends the stream.
   *
   * @return why the connection ended; {@code delivered} when at least one object arrived
   * @throws IOException when the connection fails or stays silent past the read timeout
   */
  Outcome read(BufferedSource source) throws IOException {
    boolean delivered = false;
    boolean dataSinceSnapshot = false;
    String line;
    while ((line = source.readUtf8Line()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (IOException e) {
        LOG.warn("stream {}: skipped a malformed object: {}", endpoint, JsonValues.shorten(line));
        continue;
      }
      if (node == null || !node.isObject()) {
        LOG.warn("stream {}: skipped a non-object line: {}", endpoint, JsonValues.shorten(line));
        continue;
      }
      delivered = true;
      if (node.has("Heartbeat")) {
        if (dataSinceSnapshot) {
          dataSinceSnapshot = false;
          handler.onSnapshotEnd();
        }
        continue;
      }
      JsonNode status = node.get("StreamStatus");
      if (status != null) {
        if ("GoAway".equals(status.asText())) {
          return new Outcome(goAway(), true);
        }
        if ("EndSnapshot".equals(status.asText())) {
          dataSinceSnapshot = false;
          handler.onSnapshotEnd();
        }
        continue;
      }
      String error = node.path("Error").asText("");
      if (!error.isEmpty() && (!node.has("Symbol") || STREAM_ERRORS.contains(error))) {
        if ("GoAway".equals(error)) {
          return new Outcome(goAway(), true);
        }
        return new Outcome(new MarketDataException("the stream sent error " + error + ": "
            + node.path("Message").asText(), endpoint, null), true);
      }
      dataSinceSnapshot = true;
      try {
        handler.onObject(node);
      } catch (ZeroGexException e) {
        LOG.warn("stream {}: skipped an object: {}", endpoint, e.getMessage());
      }
    }
    return new Outcome(new MarketDataException("the server ended the stream", endpoint, null), delivered);
  }

  private MarketDataException goAway() {
    return new MarketDataException("the server is shutting the stream down (GoAway)", endpoint, null);
  }

}
