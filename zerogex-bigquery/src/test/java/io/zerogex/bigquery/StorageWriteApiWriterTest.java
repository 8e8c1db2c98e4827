package io.zerogex.bigquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import io.grpc.Status;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.StorageException;
import io.zerogex.core.spi.StoreFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store in {@link WriteMode#STORAGE_WRITE_API} mode with the real clients: appends reach the
 * in-process gRPC fake, reads go to the REST fake, which holds the appended rows. Expected values
 * are the written values, BigQuery's documented wire types and default stream name, and the
 * injected faults.
 */
class StorageWriteApiWriterTest {

  private static final Instant T0 = Instant.parse("2024-01-05T15:00:00Z");
  private static final long T0_MICROS = 1_704_466_800_000_000L;
  private static final String CHAIN_STREAM =
      "projects/zerogex-test/datasets/options/tables/option_chain_snapshot/streams/_default";

  private final FakeBigQuery rest = newFake();
  private final FakeBigQueryWrite grpc = newWriteFake(rest);
  private final FakeStores.StreamingStore opened = FakeStores.openStreaming(rest, grpc, Clock.fixed(T0, ZoneOffset.UTC));
  private final BigQuerySnapshotStore store = opened.store();

  private static FakeBigQuery newFake() {
    try {
      return new FakeBigQuery();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FakeBigQueryWrite newWriteFake(FakeBigQuery rest) {
    try {
      return new FakeBigQueryWrite(rest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
    assertThat(rest.unexpected()).isEmpty();
    assertThat(grpc.unexpected()).isEmpty();
    grpc.close();
    rest.close();
  }

  @Test
  void aChainIsAppendedToTheDefaultStreamWithBigQueryWireTypesAndNoLoadJob() {
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 3);
    store.writeChain(chain);
    assertThat(rest.jobAttempts()).isEmpty();
    assertThat(grpc.streamsRequested()).containsExactly(CHAIN_STREAM);
    assertThat(grpc.appends()).hasSize(1);
    FakeBigQueryWrite.Append append = grpc.appends().get(0);
    assertThat(append.stream()).isEqualTo(CHAIN_STREAM);
    DescriptorProto schema = append.writerSchema();
    assertThat(wireType(schema, "as_of")).isEqualTo(FieldDescriptorProto.Type.TYPE_INT64);
    assertThat(wireType(schema, "written_at")).isEqualTo(FieldDescriptorProto.Type.TYPE_INT64);
    assertThat(wireType(schema, "expiration")).isEqualTo(FieldDescriptorProto.Type.TYPE_INT32);
    assertThat(wireType(schema, "spot")).isEqualTo(FieldDescriptorProto.Type.TYPE_DOUBLE);
    assertThat(wireType(schema, "contract_symbol")).isEqualTo(FieldDescriptorProto.Type.TYPE_STRING);
    List<Map<String, Object>> rows = append.rows();
    assertThat(rows).hasSize(4);
    String writeId = (String) rows.get(0).get("write_id");
    assertThat(writeId).matches("append_option_chain_snapshot_[0-9a-f]{32}_" + T0_MICROS);
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.get("write_id")).isEqualTo(writeId);
      assertThat(row.get("written_at")).isEqualTo(T0_MICROS);
      assertThat(row.get("as_of")).isEqualTo(T0_MICROS);
      assertThat(row.get("spot")).isEqualTo(4750.25);
    });
    assertThat(rows.stream().map(r -> r.get("contract_symbol")).toList()).containsExactly(null, "SPX-0", "SPX-1", "SPX-2");
    assertThat(rows.get(1).get("expiration")).isEqualTo(chain.quotes().get(0).contract().expiration().toString());
    assertThat(rest.rows("options", "option_chain_snapshot")).isEqualTo(rows);
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(chain));
  }

  private static FieldDescriptorProto.Type wireType(DescriptorProto schema, String field) {
    return schema.getFieldList().stream().filter(f -> f.getName().equals(field)).findFirst().orElseThrow().getType();
  }

  @Test
  void anAppendWhoseAcknowledgementWasLostIsSentAgainAndReadOnce() {
    grpc.failNextAppend(Status.Code.UNAVAILABLE, false, true);
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 2);
    store.writeChain(chain);
    assertThat(grpc.appends()).hasSize(2);
    assertThat(grpc.appends().get(1).rows()).isEqualTo(grpc.appends().get(0).rows());
    assertThat(rest.rows("options", "option_chain_snapshot")).hasSize(6);
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(chain));
  }

  @Test
  void aConnectionClosedWithUnavailableIsRetriedAndReadOnce() {
    grpc.failNextAppend(Status.Code.UNAVAILABLE, true, true);
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 2);
    store.writeChain(chain);
    assertThat(grpc.appends()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(rest.rows("options", "option_chain_snapshot")).hasSize(3 * grpc.appends().size());
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(chain));
  }

  @Test
  void everyRetryableCodeIsRetried() {
    List<Status.Code> codes = List.of(Status.Code.UNAVAILABLE, Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED,
        Status.Code.INTERNAL);
    for (int i = 0; i < codes.size(); i++) {
      grpc.failNextAppend(codes.get(i), false, false);
      store.writeChain(StoreFixtures.chain("SPX", T0.plusSeconds(i), 4750.25, 1));
    }
    assertThat(grpc.appends()).hasSize(2 * codes.size());
    assertThat(rest.rows("options", "option_chain_snapshot")).hasSize(2 * codes.size());
    assertThat(store.chainTimes("SPX", T0, T0.plusSeconds(codes.size()))).hasSize(codes.size());
  }

  @Test
  void retriesStopAfterTheConfiguredAttemptsAndTheErrorNamesTableWriteAndStatus() {
    for (int i = 0; i < 3; i++) {
      grpc.failNextAppend(Status.Code.RESOURCE_EXHAUSTED, false, false);
    }
    assertThatThrownBy(() -> store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 1)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("append append_option_chain_snapshot_")
        .hasMessageContaining("to options.option_chain_snapshot failed (RESOURCE_EXHAUSTED)");
    assertThat(grpc.appends()).hasSize(3);
    assertThat(rest.rows("options", "option_chain_snapshot")).isEmpty();
  }

  @Test
  void aNonRetryableStatusFailsAtOnce() {
    grpc.failNextAppend(Status.Code.PERMISSION_DENIED, false, false);
    assertThatThrownBy(() -> store.writeBars(List.of(StoreFixtures.bar("SPX", T0, java.time.Duration.ofMinutes(1), 4700))))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("to market_data.index_price_snapshot failed (PERMISSION_DENIED)");
    assertThat(grpc.appends()).hasSize(1);
  }

  @Test
  void rowErrorsNameTheTableAndTheFirstRowErrorAndAreNotRetried() {
    grpc.rejectNextAppend("Field spot: value out of range");
    assertThatThrownBy(() -> store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 1)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("to options.option_chain_snapshot failed (INVALID_ARGUMENT)")
        .hasMessageContaining("first row errors: row 0: Field spot: value out of range");
    assertThat(grpc.appends()).hasSize(1);
    assertThat(rest.rows("options", "option_chain_snapshot")).isEmpty();
  }

  @Test
  void writingABThenAAgainShowsA() {
    OptionChain a = StoreFixtures.chain("SPX", T0, 4750.25, 2);
    OptionChain b = StoreFixtures.chain("SPX", T0, 4760.5, 2);
    store.writeChain(a);
    store.writeChain(b);
    store.writeChain(a);
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(a));
  }

  @Test
  void aWriteOfMoreRowsThanOneAppendHoldsIsSplitIntoFullAppends() {
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 2 * StorageWriteApiWriter.ROWS_PER_APPEND + 10);
    store.writeChain(chain);
    assertThat(grpc.appends().stream().map(a -> a.rows().size()).toList())
        .containsExactly(StorageWriteApiWriter.ROWS_PER_APPEND, StorageWriteApiWriter.ROWS_PER_APPEND, 11);
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(chain));
  }

  @Test
  void aWriteClientIsRefusedInLoadJobMode() throws IOException {
    try (com.google.cloud.bigquery.storage.v1.BigQueryWriteClient client = grpc.client()) {
      assertThatThrownBy(() -> BigQuerySnapshotStore.open(FakeStores.client(rest), client, FakeStores.config(rest),
          Clock.systemUTC()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("writeClient needs config.writeMode STORAGE_WRITE_API, got LOAD_JOB");
    }
  }
}
