package io.zerogex.bigquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defaults of the original system and rejection of bad configuration. */
class BigQueryStoreConfigTest {

  @Test
  void defaultsAreTheOriginalDatasets() {
    BigQueryStoreConfig config = BigQueryStoreConfig.builder("my-project").credentials(CredentialsSource.none()).build();
    assertThat(config.optionsDataset()).isEqualTo("options");
    assertThat(config.marketDataDataset()).isEqualTo("market_data");
    assertThat(config.analyticsDataset()).isEqualTo("analytics");
    assertThat(config.location()).isEqualTo("US");
    assertThat(config.host()).isEqualTo(Optional.empty());
    assertThat(config.maxAttempts()).isEqualTo(5);
    assertThat(config.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.writeMode()).isEqualTo(WriteMode.LOAD_JOB);
    assertThat(config.storageWriteEndpoint()).isEqualTo(Optional.empty());
    StoreTables tables = new StoreTables(config);
    assertThat(tables.chains().table().getDataset() + "." + tables.chains().table().getTable())
        .isEqualTo("options.option_chain_snapshot");
    assertThat(tables.bars().table().getDataset() + "." + tables.bars().table().getTable())
        .isEqualTo("market_data.index_price_snapshot");
    assertThat(tables.readings().table().getDataset() + "." + tables.readings().table().getTable())
        .isEqualTo("analytics.realized_volatility");
  }

  @Test
  void badValuesAreRejectedByName() {
    BigQueryStoreConfig.Builder builder = BigQueryStoreConfig.builder("p1").credentials(CredentialsSource.none());
    assertThatThrownBy(() -> builder.datasets("options`; DROP", "m", "a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("optionsDataset must be letters, digits and underscores, got 'options`; DROP'");
    assertThatThrownBy(() -> BigQueryStoreConfig.builder("Bad Project").credentials(CredentialsSource.none()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("projectId must be a Google Cloud project id, got 'Bad Project'");
    assertThatThrownBy(() -> BigQueryStoreConfig.builder("p1").credentials(CredentialsSource.none())
        .retries(0, Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be >= 1, got 0");
  }

  @Test
  void theStorageWriteEndpointIsHostAndPort() {
    BigQueryStoreConfig.Builder builder = BigQueryStoreConfig.builder("p1").credentials(CredentialsSource.none())
        .writeMode(WriteMode.STORAGE_WRITE_API);
    assertThat(builder.storageWriteEndpoint("127.0.0.1:9060").build().storageWriteEndpoint()).contains("127.0.0.1:9060");
    assertThatThrownBy(() -> builder.storageWriteEndpoint("http://127.0.0.1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("storageWriteEndpoint must be host:port, got 'http://127.0.0.1'");
    assertThatThrownBy(() -> builder.writeMode(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("writeMode must not be null");
  }
}
