package io.zerogex.bigquery;

import com.google.api.core.ApiFuture;
import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.auth.Credentials;
import com.google.cloud.NoCredentials;
import com.google.cloud.bigquery.TableId;
import com.google.cloud.bigquery.storage.v1.AppendRowsResponse;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteClient;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteSettings;
import com.google.cloud.bigquery.storage.v1.Exceptions;
import com.google.cloud.bigquery.storage.v1.JsonStreamWriter;
import com.google.protobuf.Descriptors;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.zerogex.core.spi.StorageException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.json.JSONArray;

/**
 * Writes rows through the Storage Write API: {@code JsonStreamWriter} on each table's
 * {@code _default} stream ({@code projects/P/datasets/D/tables/T/streams/_default}), whose rows are
 * committed as each append is acknowledged, at least once.
 *
 * <p>One write is one {@code written_at} and one write id, {@code append_<table>_<sha256 of the
 * rows>_<written_at in microseconds>}, stamped on every row before the first attempt; a retried
 * append resends the same rows with the same stamps, so a row stored twice (the acknowledgement
 * was lost) is an exact duplicate that the {@code _latest} views show once. Rows go in appends of
 * at most {@value #ROWS_PER_APPEND} rows, sent together and then awaited; an append is atomic,
 * a write of more rows is not. Appends failed with UNAVAILABLE, RESOURCE_EXHAUSTED, ABORTED or
 * INTERNAL (Google's retryable codes for the default stream) are sent again after a doubling
 * backoff, up to the configured attempts; any other failure is a {@link StorageException} naming
 * the table, the write id, the status and the first row errors. Thread-safe.
 */
final class StorageWriteApiWriter implements RowWriter {

  /** Rows per append request: a full chain row is under 300 bytes, far below the 10 MB request limit. */
  static final int ROWS_PER_APPEND = 5_000;

  private static final Set<Status.Code> RETRYABLE = EnumSet.of(Status.Code.UNAVAILABLE,
      Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED, Status.Code.INTERNAL);
  private static final int ROW_ERRORS_SHOWN = 5;

  private final BigQueryWriteClient client;
  private final boolean ownsClient;
  private final WriteStamps stamps;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Map<TableId, JsonStreamWriter> writers = new ConcurrentHashMap<>();

  /**
   * @param client the Storage Write API client
   * @param ownsClient whether {@link #close()} closes the client
   */
  StorageWriteApiWriter(BigQueryWriteClient client, boolean ownsClient, WriteStamps stamps, BigQueryStoreConfig config) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.stamps = stamps;
    this.maxAttempts = config.maxAttempts();
    this.initialBackoff = config.initialBackoff();
  }

  /**
   * A client for the configuration: its credentials and, when set, its endpoint (plaintext when the
   * credentials are {@link CredentialsSource#none()}, as an emulator serves).
   */
  static BigQueryWriteClient client(BigQueryStoreConfig config) {
    Credentials credentials = config.credentials().load();
    BigQueryWriteSettings.Builder settings = BigQueryWriteSettings.newBuilder().setCredentialsProvider(
        credentials instanceof NoCredentials ? NoCredentialsProvider.create() : FixedCredentialsProvider.create(credentials));
    config.storageWriteEndpoint().ifPresent(endpoint -> {
      InstantiatingGrpcChannelProvider.Builder channel = BigQueryWriteSettings.defaultGrpcTransportProviderBuilder()
          .setEndpoint(endpoint);
      if (credentials instanceof NoCredentials) {
        channel.setChannelConfigurator(ManagedChannelBuilder::usePlaintext);
      }
      settings.setEndpoint(endpoint).setTransportChannelProvider(channel.build());
    });
    try {
      return BigQueryWriteClient.create(settings.build());
    } catch (IOException e) {
      throw new StorageException("cannot create the Storage Write API client: " + e.getMessage(), e);
    }
  }

  /** The table's default stream name. */
  static String defaultStream(TableId table) {
    return "projects/" + table.getProject() + "/datasets/" + table.getDataset() + "/tables/" + table.getTable()
        + "/streams/_default";
  }

  @Override
  public String write(TableSpec spec, List<Map<String, Object>> rows) {
    Instant writtenAt = stamps.nextWrittenAt();
    String table = spec.table().getTable();
    String writeId = "append_" + table + "_" + stamps.digest(rows) + "_" + WriteStamps.micros(writtenAt);
    List<JSONArray> pending = StorageWriteRows.batches(spec.schema().getFields(), rows, writtenAt, writeId,
        ROWS_PER_APPEND);
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      if (attempt > 1) {
        Backoff.pause(initialBackoff, attempt - 1, "append " + writeId);
      }
      pending = attempt(spec, writeId, pending, attempt);
    }
    return writeId;
  }

  /** Sends every batch, awaits them all and returns those to send again. */
  private List<JSONArray> attempt(TableSpec spec, String writeId, List<JSONArray> batches, int attempt) {
    List<ApiFuture<AppendRowsResponse>> sent = new ArrayList<>(batches.size());
    for (JSONArray batch : batches) {
      sent.add(append(spec, writeId, batch));
    }
    List<JSONArray> again = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      try {
        AppendRowsResponse response = sent.get(i).get();
        if (response.hasError()) {
          throw new StorageException(failure(spec, writeId, Status.fromCodeValue(response.getError().getCode()).getCode(),
              response.getError().getMessage(), rowErrors(response)));
        }
      } catch (ExecutionException e) {
        Status status = Status.fromThrowable(e.getCause());
        if (!RETRYABLE.contains(status.getCode()) || attempt >= maxAttempts) {
          throw new StorageException(failure(spec, writeId, status.getCode(), status.getDescription(),
              rowErrors(e.getCause())), e.getCause());
        }
        again.add(batches.get(i));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StorageException("interrupted waiting for append " + writeId, e);
      }
    }
    return again;
  }

  private ApiFuture<AppendRowsResponse> append(TableSpec spec, String writeId, JSONArray batch) {
    JsonStreamWriter writer = writer(spec);
    try {
      return writer.append(batch);
    } catch (Exceptions.AppendSerializtionError e) {
      throw new StorageException(failure(spec, writeId, Status.Code.INVALID_ARGUMENT, e.getMessage(), rowErrors(e)), e);
    } catch (IOException | Descriptors.DescriptorValidationException | RuntimeException e) {
      throw new StorageException(failure(spec, writeId, Status.fromThrowable(e).getCode(), e.getMessage(), "none"), e);
    }
  }

  /** The table's writer, a new one if the previous was closed by a connection failure. */
  private JsonStreamWriter writer(TableSpec spec) {
    return writers.compute(spec.table(), (table, current) -> {
      if (current != null && !current.isClosed()) {
        return current;
      }
      try {
        // Built from the client, the writer reads the table's current schema with GetWriteStream,
        // so columns added by schema evolution are known.
        return JsonStreamWriter.newBuilder(defaultStream(table), client).build();
      } catch (IOException | Descriptors.DescriptorValidationException | RuntimeException e) {
        throw new StorageException("cannot open the default stream of " + table.getTable() + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StorageException("interrupted opening the default stream of " + table.getTable(), e);
      }
    });
  }

  private static String failure(TableSpec spec, String writeId, Status.Code code, String message, String rowErrors) {
    return "append " + writeId + " to " + spec.table().getDataset() + "." + spec.table().getTable() + " failed ("
        + code + "): " + message + "; first row errors: " + rowErrors;
  }

  private static String rowErrors(Throwable error) {
    if (error instanceof Exceptions.AppendSerializtionError) {
      return rowErrors(((Exceptions.AppendSerializtionError) error).getRowIndexToErrorMessage());
    }
    return "none";
  }

  private static String rowErrors(AppendRowsResponse response) {
    if (response.getRowErrorsCount() == 0) {
      return "none";
    }
    return response.getRowErrorsList().stream().limit(ROW_ERRORS_SHOWN)
        .map(e -> "row " + e.getIndex() + ": " + e.getMessage()).collect(Collectors.joining("; "));
  }

  private static String rowErrors(Map<Integer, String> byRow) {
    if (byRow == null || byRow.isEmpty()) {
      return "none";
    }
    return byRow.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(ROW_ERRORS_SHOWN)
        .map(e -> "row " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
  }

  @Override
  public void close() {
    writers.values().forEach(JsonStreamWriter::close);
    writers.clear();
    if (ownsClient) {
      client.close();
    }
  }
}
