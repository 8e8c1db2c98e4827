package io.zerogex.tradestation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.spi.ZeroGexException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

/** Line splitting and stream-object interpretation, independent of HTTP. */
class StreamReaderTest {

  /** The edge-case stream of PROVENANCE.md: a spread, a heartbeat, a GoAway, one object a line. */
  private static final String SPREAD_HEARTBEAT_GOAWAY = FakeTradeStation.resource(
      "stream_options_chain_spread_heartbeat_goaway.ndjson");

  private static final class Recorder implements StreamConnection.Handler {
    final List<JsonNode> objects = new ArrayList<>();
    int snapshotEnds;

    @Override
    public void onConnected() {
    }

    @Override
    public void onObject(JsonNode object) {
      objects.add(object);
    }

    @Override
    public void onSnapshotEnd() {
      snapshotEnds++;
    }

    @Override
    public void onFailure(ZeroGexException error, boolean reconnecting) {
    }
  }

  /** A source that hands out the bytes in pieces ending at the given offsets, one piece per read. */
  private static BufferedSource pieces(byte[] bytes, int... cuts) {
    return Okio.buffer(new Source() {
      private int position;
      private int next;

      @Override
      public long read(Buffer sink, long byteCount) {
        if (position >= bytes.length) {
          return -1;
        }
        int end = next < cuts.length ? cuts[next++] : bytes.length;
        end = Math.max(end, position + 1);
        end = (int) Math.min(end, Math.min(bytes.length, position + byteCount));
        sink.write(bytes, position, end - position);
        int read = end - position;
        position = end;
        return read;
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {
      }
    });
  }

  @Test
  void objectsSplitAtEveryPossibleByteAreReassembled() throws IOException {
    byte[] bytes = SPREAD_HEARTBEAT_GOAWAY.getBytes(StandardCharsets.UTF_8);
    for (int cut = 1; cut < bytes.length; cut++) {
      Recorder recorder = new Recorder();
      StreamReader.Outcome outcome = new StreamReader(new ObjectMapper(), "test", recorder).read(pieces(bytes, cut));
      assertThat(recorder.objects).as("cut at byte %d", cut).hasSize(1);
      assertThat(recorder.objects.get(0).path("Legs").get(0).path("Symbol").asText()).isEqualTo("MSFT 211217P332.5");
      assertThat(recorder.snapshotEnds).as("heartbeat after data ends the snapshot, cut %d", cut).isEqualTo(1);
      assertThat(outcome.error().getMessage()).as("cut %d", cut).contains("GoAway");
      assertThat(outcome.delivered()).isTrue();
    }
  }

  @Test
  void oneByteReadsAndCrLfLineEndsAreReassembled() throws IOException {
    String crlf = SPREAD_HEARTBEAT_GOAWAY.replace("\n", "\r\n");
    byte[] bytes = crlf.getBytes(StandardCharsets.UTF_8);
    int[] everyByte = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      everyByte[i] = i + 1;
    }
    Recorder recorder = new Recorder();
    new StreamReader(new ObjectMapper(), "test", recorder).read(pieces(bytes, everyByte));
    assertThat(recorder.objects).hasSize(1);
  }

  @Test
  void malformedLinesAreSkippedAndTheStreamGoesOn() throws IOException {
    String body = "{\"Legs\": [\n" + FakeTradeStation.SPXW_SPREADS[0] + "\n[1,2]\n\n"
        + "{\"StreamStatus\":\"EndSnapshot\"}\n";
    Recorder recorder = new Recorder();
    StreamReader.Outcome outcome = new StreamReader(new ObjectMapper(), "test", recorder)
        .read(pieces(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(recorder.objects).hasSize(1);
    assertThat(recorder.snapshotEnds).isEqualTo(1);
    assertThat(outcome.error().getMessage()).contains("ended the stream");
  }

  @Test
  void heartbeatsWithoutDataDoNotEndASnapshotAndStreamErrorsEndTheConnection() throws IOException {
    String body = FakeTradeStation.heartbeat(1) + "\n" + FakeTradeStation.heartbeat(2) + "\n"
        + "{\"Symbol\":\"$SPX.X\",\"Error\":\"DualLogon\",\"Message\":\"logged on elsewhere\"}\n"
        + FakeTradeStation.SPXW_SPREADS[0] + "\n";
    Recorder recorder = new Recorder();
    StreamReader.Outcome outcome = new StreamReader(new ObjectMapper(), "test", recorder)
        .read(pieces(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(recorder.snapshotEnds).isZero();
    assertThat(recorder.objects).isEmpty();
    assertThat(outcome.error().getMessage()).contains("DualLogon").contains("logged on elsewhere");
  }

  @Test
  void streamStatusGoAwayEndsTheConnectionAsPlanned() throws IOException {
    String body = FakeTradeStation.SPXW_SPREADS[0] + "\n"
        + FakeTradeStation.compact("stream_status_endsnapshot_object.json") + "\n"
        + "{\"StreamStatus\":\"GoAway\"}\n" + FakeTradeStation.SPXW_SPREADS[1] + "\n";
    Recorder recorder = new Recorder();
    StreamReader.Outcome outcome = new StreamReader(new ObjectMapper(), "test", recorder)
        .read(pieces(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(recorder.objects).hasSize(1);
    assertThat(recorder.snapshotEnds).isEqualTo(1);
    assertThat(outcome.error().getMessage()).contains("GoAway");
  }
}
