package io.zerogex.bigquery;

import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.util.List;
import java.util.Map;

/**
 * The store's row mappings for writers other than {@link BigQuerySnapshotStore}, such as the Beam
 * pipeline of {@code zerogex-beam}: column-to-value maps in the {@link StoreTables} schemas
 * (instants as RFC 3339 text, dates as ISO text, absent optionals as null, repeated records as
 * lists of maps), without the {@code written_at} and {@code write_id} columns, which each writer
 * sets. Stateless.
 */
public final class StoreRows {

  private StoreRows() {
  }

  /**
   * The {@code gamma_exposure} row of a snapshot.
   *
   * @param snapshot the exposure snapshot
   * @return the row
   */
  public static Map<String, Object> exposure(ExposureSnapshot snapshot) {
    return ExposureRows.row(snapshot);
  }

  /**
   * The {@code realized_volatility} row of a reading.
   *
   * @param reading the reading
   * @return the row
   */
  public static Map<String, Object> reading(RealizedVolatilityReading reading) {
    return Rows.reading(reading);
  }

  /**
   * The {@code option_chain_snapshot} rows of a chain: the spot row, then one row per quote.
   *
   * @param chain the chain
   * @return the rows
   */
  public static List<Map<String, Object>> chain(OptionChain chain) {
    return Rows.chain(chain);
  }
}
