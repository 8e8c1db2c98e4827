package io.zerogex.bigquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryException;
import com.google.cloud.bigquery.FormatOptions;
import com.google.cloud.bigquery.Job;
import com.google.cloud.bigquery.JobId;
import com.google.cloud.bigquery.QueryJobConfiguration;
import com.google.cloud.bigquery.TableDataWriteChannel;
import com.google.cloud.bigquery.TableId;
import com.google.cloud.bigquery.WriteChannelConfiguration;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST fake refuses what BigQuery would, so the store's tests can fail. */
class FakeBigQueryTest {

  private static Job load(BigQuery client, String jobId, String ndjson) throws Exception {
    WriteChannelConfiguration configuration = WriteChannelConfiguration
        .newBuilder(TableId.of(FakeStores.PROJECT, "market_data", "index_price_snapshot"))
        .setFormatOptions(FormatOptions.json()).build();
    TableDataWriteChannel writer = client.writer(JobId.newBuilder().setJob(jobId).setLocation("US").build(), configuration);
    try (writer) {
      writer.write(ByteBuffer.wrap(ndjson.getBytes(StandardCharsets.UTF_8)));
    }
    return writer.getJob();
  }

  @Test
  void aRowMissingARequiredFieldFailsTheJobWithARowError() throws Exception {
    try (FakeBigQuery fake = new FakeBigQuery()) {
      FakeStores.open(fake, Clock.systemUTC()).close();
      String row = "{\"symbol\":\"SPX\",\"bar_start\":\"2024-01-05T15:00:00Z\",\"interval_nanos\":60000000000,"
          + "\"open\":1.0,\"high\":1.0,\"low\":1.0,\"close\":1.0,\"written_at\":\"2024-01-05T15:00:00Z\","
          + "\"write_id\":\"j1\"}\n";
      Job job = load(FakeStores.client(fake), "j1", row);
      assertThat(job.getStatus().getError()).isNotNull();
      assertThat(job.getStatus().getExecutionErrors().get(0).getMessage()).isEqualTo("line 1: missing required field volume");
      assertThat(fake.rows("market_data", "index_price_snapshot")).isEmpty();
    }
  }

  @Test
  void aReusedJobIdIsADuplicate() throws Exception {
    try (FakeBigQuery fake = new FakeBigQuery()) {
      FakeStores.open(fake, Clock.systemUTC()).close();
      String row = "{\"symbol\":\"SPX\",\"bar_start\":\"2024-01-05T15:00:00Z\",\"interval_nanos\":60000000000,"
          + "\"open\":1.0,\"high\":1.0,\"low\":1.0,\"close\":1.0,\"volume\":5,\"written_at\":\"2024-01-05T15:00:00Z\","
          + "\"write_id\":\"j2\"}\n";
      BigQuery client = FakeStores.client(fake);
      assertThat(load(client, "j2", row).getStatus().getError()).isNull();
      assertThatThrownBy(() -> load(client, "j2", row))
          .satisfies(e -> assertThat(e instanceof BigQueryException ? e : e.getCause())
              .isInstanceOf(BigQueryException.class)
              .extracting(c -> ((BigQueryException) c).getCode()).isEqualTo(409));
      assertThat(fake.rows("market_data", "index_price_snapshot")).hasSize(1);
    }
  }

  @Test
  void aQueryWithALiteralIsRefused() throws Exception {
    try (FakeBigQuery fake = new FakeBigQuery()) {
      FakeStores.open(fake, Clock.systemUTC()).close();
      QueryJobConfiguration query = QueryJobConfiguration.newBuilder("SELECT * FROM `zerogex-test.options."
          + "option_chain_snapshot_latest` WHERE underlying = 'SPX'").setUseLegacySql(false)
          .setLabels(Map.of(QueryRunner.LABEL, "chain_at")).build();
      assertThatThrownBy(() -> FakeStores.client(fake).query(query))
          .isInstanceOf(BigQueryException.class).hasMessageContaining("query text holds a literal");
    }
  }
}
