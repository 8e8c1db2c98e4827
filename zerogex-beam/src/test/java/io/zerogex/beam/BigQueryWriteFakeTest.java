package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.bigquery.model.Table;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableRow;
import io.zerogex.bigquery.BigQueryStoreConfig;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.support.CboeQuoteTable;
import java.time.Instant;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryOptions;
import org.apache.beam.sdk.io.gcp.testing.FakeBigQueryServices;
import org.apache.beam.sdk.io.gcp.testing.FakeDatasetService;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;

/**
 * The exposure write through Beam's whole Storage Write API sink (row to proto conversion, write
 * streams, appends and commit) into Beam's in-process fake BigQuery ({@link FakeDatasetService},
 * shipped in beam-sdks-java-io-google-cloud-platform): not the wire protocol, but everything on
 * this side of it.
 */
class BigQueryWriteFakeTest {

  @Test
  void snapshotsAppendToTheGammaExposureTableThroughTheStorageWriteApiSink() throws Exception {
    BigQueryTables tables = BigQueryTables.of(BigQueryStoreConfig.builder("research-project")
        .datasets("options", "market_data", "analytics").build());
    TableReference reference = BigQueryTables.reference(tables.tables().exposures().table());
    FakeDatasetService.setUp();
    FakeDatasetService dataset = new FakeDatasetService();
    dataset.createDataset("research-project", "analytics", "", "", null);
    dataset.createTable(new Table().setTableReference(reference)
        .setSchema(BigQueryTables.schema(tables.tables().exposures().schema())));

    ExposureSnapshot snapshot = ExposureSnapshot.of(ExposureCalculator.of(ExposureConfig.defaults())
        .compute(CboeQuoteTable.read(Pipelines.resource("chains/spx-2024-01-05.csv"))));
    Pipeline pipeline = Pipelines.direct();
    pipeline.getOptions().as(BigQueryOptions.class).setProject("research-project");
    pipeline.apply(Create.of(snapshot).withCoder(ExposureSnapshotCoder.of()))
        .apply(tables.writeExposures("backtest-1", Instant.parse("2026-11-22T06:00:00Z"))
            .withTestServices(new FakeBigQueryServices().withDatasetService(dataset)));
    pipeline.run().waitUntilFinish();

    List<TableRow> rows = dataset.getAllRows("research-project", "analytics", "gamma_exposure");
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("underlying")).isEqualTo("SPX");
      assertThat(Double.parseDouble(row.get("net_gamma").toString())).isEqualTo(snapshot.netGamma());
      assertThat(Double.parseDouble(row.get("zero_gamma").toString()))
          .isEqualTo(snapshot.zeroGamma().getAsDouble());
      assertThat(row.get("write_id")).isEqualTo("backtest-1");
      assertThat((List<?>) row.get("by_strike")).hasSize(snapshot.byStrike().size());
    });
  }
}
