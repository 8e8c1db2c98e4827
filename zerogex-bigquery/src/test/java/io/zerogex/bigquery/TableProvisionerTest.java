package io.zerogex.bigquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zerogex.core.spi.StorageException;
import io.zerogex.core.spi.StoreFixtures;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Creating tables when missing and evolving an older table's schema, on the REST fake. */
class TableProvisionerTest {

  private static final Instant T0 = Instant.parse("2024-01-05T15:00:00Z");

  @Test
  void openingTwiceCreatesNothingTwice() throws IOException {
    try (FakeBigQuery fake = new FakeBigQuery()) {
      FakeStores.open(fake, Clock.systemUTC()).close();
      ObjectNode first = fake.table("options", "option_chain_snapshot").deepCopy();
      FakeStores.open(fake, Clock.systemUTC()).close();
      assertThat(fake.table("options", "option_chain_snapshot")).isEqualTo(first);
      assertThat(fake.unexpected()).isEmpty();
    }
  }

  @Test
  void anOlderTableGainsTheMissingNullableColumnsAndKeepsItsRows() throws IOException {
    try (FakeBigQuery fake = new FakeBigQuery()) {
      FakeStores.open(fake, Clock.systemUTC()).close();
      ObjectNode older = fake.table("options", "option_chain_snapshot").deepCopy();
      ArrayNode fields = (ArrayNode) older.path("schema").path("fields");
      List<String> removed = List.of("rho", "theta");
      for (int i = fields.size() - 1; i >= 0; i--) {
        if (removed.contains(fields.get(i).path("name").asText())) {
          fields.remove(i);
        }
      }
      fake.putTable("options", "option_chain_snapshot", older);
      try (BigQuerySnapshotStore store = FakeStores.open(fake, Clock.fixed(T0, ZoneOffset.UTC))) {
        List<String> names = new ArrayList<>();
        for (JsonNode field : fake.table("options", "option_chain_snapshot").path("schema").path("fields")) {
          names.add(field.path("name").asText() + ":" + field.path("mode").asText());
        }
        assertThat(names).endsWith("theta:NULLABLE", "rho:NULLABLE").hasSize(24);
        store.writeChain(StoreFixtures.chain("SPX", T0, 4750.25, 2));
        assertThat(store.chain("SPX", T0)).isPresent();
      }
      assertThat(fake.unexpected()).isEmpty();
    }
  }

  @Test
  void aMissingRequiredColumnCannotBeAddedAndSaysSo() throws IOException {
    try (FakeBigQuery fake = new FakeBigQuery()) {
      FakeStores.open(fake, Clock.systemUTC()).close();
      ObjectNode older = fake.table("market_data", "index_price_snapshot").deepCopy();
      ArrayNode fields = (ArrayNode) older.path("schema").path("fields");
      for (int i = fields.size() - 1; i >= 0; i--) {
        if (fields.get(i).path("name").asText().equals("volume")) {
          fields.remove(i);
        }
      }
      fake.putTable("market_data", "index_price_snapshot", older);
      assertThatThrownBy(() -> FakeStores.open(fake, Clock.systemUTC()))
          .isInstanceOf(StorageException.class)
          .hasMessage("table index_price_snapshot lacks required column volume, which cannot be added to an existing table");
    }
  }
}
