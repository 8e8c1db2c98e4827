package io.zerogex.bigquery;

/**
 * The store compatibility kit in {@link WriteMode#STORAGE_WRITE_API} mode: appends go to the
 * in-process Storage Write API fake (or, with {@code ZEROGEX_BQ_EMULATOR_HOST}, to the emulator's
 * gRPC port named by {@code ZEROGEX_BQ_EMULATOR_GRPC_HOST}; with only {@code ZEROGEX_BQ_PROJECT},
 * to Google), reads to the REST side, which holds the appended rows.
 */
class BigQuerySnapshotStoreStorageWriteContractTest extends BigQuerySnapshotStoreContractTest {

  @Override
  protected WriteMode writeMode() {
    return WriteMode.STORAGE_WRITE_API;
  }
}
