package io.zerogex.bigquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.StorageException;
import io.zerogex.core.spi.StoreFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store on the REST fake with the real client: what arrives at BigQuery (tables, schemas, job
 * ids, rows, query parameters) and how retries, duplicates and failures are handled. Expected
 * values are the written values and the documented table layout.
 */
class BigQuerySnapshotStoreTest {

  private static final Instant T0 = Instant.parse("2024-01-05T15:00:00Z");
  private static final long T0_MICROS = 1_704_466_800_000_000L;
  private final FakeBigQuery fake = newFake();
  private final BigQuerySnapshotStore store = FakeStores.open(fake, Clock.fixed(T0, ZoneOffset.UTC));

  private static FakeBigQuery newFake() {
    try {
      return new FakeBigQuery();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void close() throws IOException {
    store.close();
    assertThat(fake.unexpected()).isEmpty();
    fake.close();
  }

  @Test
  void tablesArePartitionedByTheirSnapshotTimeClusteredAndEveryFieldHasAMode() {
    ObjectNode chains = fake.table("options", "option_chain_snapshot");
    assertThat(chains.path("timePartitioning").path("type").asText()).isEqualTo("DAY");
    assertThat(chains.path("timePartitioning").path("field").asText()).isEqualTo("as_of");
    assertThat(chains.path("clustering").path("fields").toString()).isEqualTo("[\"underlying\",\"expiration\"]");
    assertThat(chains.path("requirePartitionFilter").asBoolean()).isTrue();
    assertThat(fake.table("market_data", "index_price_snapshot").path("timePartitioning").path("field").asText())
        .isEqualTo("bar_start");
    assertThat(fake.table("market_data", "index_price_snapshot").path("requirePartitionFilter").asBoolean()).isTrue();
    assertThat(fake.table("analytics", "realized_volatility").path("timePartitioning").path("field").asText())
        .isEqualTo("as_of");
    for (String[] table : new String[][] {{"options", "option_chain_snapshot"}, {"market_data", "index_price_snapshot"},
        {"analytics", "realized_volatility"}, {"analytics", "gamma_exposure"}}) {
      List<String> modeless = new ArrayList<>();
      fieldsWithoutMode(fake.table(table[0], table[1]).path("schema").path("fields"), modeless);
      assertThat(modeless).as(table[1]).isEmpty();
      assertThat(fake.table(table[0], table[1] + "_latest").path("view").path("query").asText())
          .contains("PARTITION BY").contains("ORDER BY written_at DESC, write_id DESC");
    }
    assertThat(fake.table("options", "option_chain_snapshot_latest").path("view").path("query").asText())
        .contains("PARTITION BY underlying, as_of, contract_symbol");
  }

  private static void fieldsWithoutMode(JsonNode fields, List<String> out) {
    for (JsonNode field : fields) {
      if (field.path("mode").asText().isEmpty()) {
        out.add(field.path("name").asText());
      }
      fieldsWithoutMode(field.path("fields"), out);
    }
  }

  @Test
  void aChainIsOneLoadJobOfItsQuotesAndASpotRowStampedWithTheJobId() {
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 3);
    store.writeChain(chain);
    assertThat(fake.jobAttempts()).hasSize(1);
    String jobId = fake.jobAttempts().get(0);
    assertThat(jobId).matches("zerogex_option_chain_snapshot_[0-9a-f]{32}_0");
    List<Map<String, Object>> rows = fake.rows("options", "option_chain_snapshot");
    assertThat(rows).hasSize(4);
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.get("write_id")).isEqualTo(jobId);
      assertThat(row.get("written_at")).isEqualTo(T0_MICROS);
      assertThat(row.get("as_of")).isEqualTo(T0_MICROS);
      assertThat(row.get("spot")).isEqualTo(4750.25);
    });
    assertThat(rows.stream().map(r -> r.get("contract_symbol")).toList())
        .containsExactly(null, "SPX-0", "SPX-1", "SPX-2");
    assertThat(store.chain("spx ", T0)).contains(StoreFixtures.sorted(chain));
  }

  @Test
  void aRetriedWriteReusesTheJobIdAndStoresNothingTwice() throws IOException {
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 2);
    store.writeChain(chain);
    try (BigQuerySnapshotStore restarted = FakeStores.open(fake, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC))) {
      restarted.writeChain(chain);
    }
    assertThat(fake.jobAttempts()).hasSize(2);
    assertThat(fake.jobAttempts().get(1)).isEqualTo(fake.jobAttempts().get(0));
    assertThat(fake.rows("options", "option_chain_snapshot")).hasSize(3);
  }

  @Test
  void differentValuesGetDifferentJobIds() {
    store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 2));
    store.writeChain(StoreFixtures.chain("SPX", T0, 4750.5, 2));
    assertThat(fake.jobAttempts()).doesNotHaveDuplicates().hasSize(2);
    assertThat(store.chain("SPX", T0).orElseThrow().spot()).isEqualTo(4750.5);
  }

  @Test
  void writingABThenAAgainLoadsAUnderTheNextGenerationAndShowsIt() {
    OptionChain a = StoreFixtures.chain("SPX", T0, 4750.25, 2);
    OptionChain b = StoreFixtures.chain("SPX", T0, 4760.5, 2);
    store.writeChain(a);
    store.writeChain(b);
    store.writeChain(a);
    List<String> attempts = fake.jobAttempts();
    assertThat(attempts).hasSize(4);
    assertThat(attempts.get(2)).isEqualTo(attempts.get(0));
    assertThat(attempts.get(3)).isEqualTo(attempts.get(0).replaceAll("_0$", "_1"));
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(a));
    JsonNode check = fake.queryRequests().stream()
        .filter(q -> q.path("labels").path(QueryRunner.LABEL).asText().equals("current_rows")).findFirst().orElseThrow();
    assertThat(check.path("query").asText()).contains("option_chain_snapshot_latest").contains("as_of >= @from");
    store.writeChain(a);
    assertThat(fake.jobAttempts()).hasSize(6).endsWith(attempts.get(0), attempts.get(3));
    assertThat(fake.rows("options", "option_chain_snapshot")).hasSize(9);
  }

  @Test
  void transientHttpErrorsAreRetriedUnderTheSameJobId() {
    fake.failNextUploads(503, 500);
    store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 1));
    assertThat(fake.jobAttempts()).hasSize(3);
    assertThat(fake.jobAttempts()).containsOnly(fake.jobAttempts().get(0));
    assertThat(fake.rows("options", "option_chain_snapshot")).hasSize(2);
  }

  @Test
  void retriesStopAfterTheConfiguredAttemptsAndTheErrorNamesTheJob() {
    fake.failNextUploads(503, 503, 503);
    assertThatThrownBy(() -> store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 1)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("load job zerogex_option_chain_snapshot_")
        .hasMessageContaining("HTTP 503");
    assertThat(fake.jobAttempts()).hasSize(3);
    assertThat(fake.rows("options", "option_chain_snapshot")).isEmpty();
  }

  @Test
  void aJobThatFailedOnTheBackendIsRerunUnderTheNextGenerationId() {
    fake.failNextJobs("backendError");
    store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 1));
    assertThat(fake.jobAttempts()).hasSize(2);
    assertThat(fake.jobAttempts().get(0)).endsWith("_0");
    assertThat(fake.jobAttempts().get(1)).isEqualTo(fake.jobAttempts().get(0).replaceAll("_0$", "_1"));
    assertThat(fake.rows("options", "option_chain_snapshot")).hasSize(2);
  }

  @Test
  void aRejectedLoadNamesTheJobAndItsFirstRowErrors() {
    fake.failNextJobs("invalid");
    assertThatThrownBy(() -> store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 1)))
        .isInstanceOf(StorageException.class)
        .satisfies(e -> assertThat(e.getMessage())
            .contains("load job " + fake.jobAttempts().get(0))
            .contains("first row errors: invalid")
            .contains("injected job failure"));
    assertThat(fake.rows("options", "option_chain_snapshot")).isEmpty();
  }

  @Test
  void readsSendValuesOnlyAsNamedParameters() {
    store.writeChain(StoreFixtures.chain("QQQ", T0, 400.5, 1));
    store.latestChain("QQQ");
    store.chainTimes("QQQ", T0, T0.plusSeconds(1));
    assertThat(fake.queryRequests()).hasSize(3);
    for (JsonNode request : fake.queryRequests()) {
      assertThat(request.path("query").asText()).doesNotContain("QQQ").doesNotContain("2024").contains("@underlying");
      assertThat(request.path("useLegacySql").asBoolean(true)).isFalse();
      assertThat(request.path("labels").path(QueryRunner.LABEL).asText()).isNotEmpty();
    }
    JsonNode chainAt = fake.queryRequests().get(1);
    assertThat(chainAt.path("queryParameters").toString())
        .contains("{\"name\":\"underlying\",\"parameterType\":{\"type\":\"STRING\"},\"parameterValue\":{\"value\":\"QQQ\"}}")
        .contains("\"value\":\"2024-01-05 15:00:00.000000+00:00\"");
  }

  @Test
  void resultsAreReadAcrossPages() {
    fake.pageSize = 2;
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 7);
    store.writeChain(chain);
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(chain));
    assertThat(fake.laterPages()).isEqualTo(3);
  }
}
