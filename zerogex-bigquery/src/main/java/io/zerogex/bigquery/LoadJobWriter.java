package io.zerogex.bigquery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryError;
import com.google.cloud.bigquery.BigQueryException;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.FormatOptions;
import com.google.cloud.bigquery.Job;
import com.google.cloud.bigquery.JobId;
import com.google.cloud.bigquery.JobInfo;
import com.google.cloud.bigquery.JobStatus;
import com.google.cloud.bigquery.TableDataWriteChannel;
import com.google.cloud.bigquery.WriteChannelConfiguration;
import io.zerogex.core.spi.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes rows to a table with one load job (free and atomic: all rows or none become visible).
 * The job carries no schema: BigQuery reads the rows with the existing table's, so a table whose
 * columns were evolved ({@link TableProvisioner}) loads the same way.
 *
 * <p>The job id is deterministic: {@code zerogex_<table>_<sha256 of the rows>_<generation>}, the
 * hash taken over the rows without {@code written_at} and {@code write_id}. A retried write of the
 * same value therefore reuses the id; BigQuery answers 409 (duplicate) and the writer reads the
 * earlier job. If it is done without error, one small query counts the earlier job's rows that its
 * table's {@code _latest} view still shows: all of them means the value is stored and current, and
 * nothing is written again; fewer means a later write superseded it (value A, then B, then A again),
 * and the next generation's id loads the rows anew, so A shows again. An earlier job that failed
 * also moves on to the next generation. Transient errors (HTTP 429 and
 * 5xx, and jobs that failed with a backend or rate-limit reason) are retried with doubling backoff.
 * Errors carry the job id and the job's first row errors. Thread-safe if the client is.
 */
final class LoadJobWriter implements RowWriter {

  private static final int CONFLICT = 409;
  private static final int MAX_GENERATIONS = 100;
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final int ROW_ERRORS_SHOWN = 5;
  private static final Set<Integer> TRANSIENT_CODES = Set.of(0, 408, 429, 500, 502, 503, 504);
  private static final Set<String> TRANSIENT_REASONS = Set.of("backendError", "internalError", "rateLimitExceeded",
      "jobBackendError", "jobInternalError");

  private final BigQuery bigQuery;
  private final ObjectMapper json;
  private final WriteStamps stamps;
  private final QueryRunner queries;
  private final String location;
  private final int maxAttempts;
  private final Duration initialBackoff;

  LoadJobWriter(BigQuery bigQuery, ObjectMapper json, WriteStamps stamps, QueryRunner queries, BigQueryStoreConfig config) {
    this.bigQuery = bigQuery;
    this.json = json;
    this.stamps = stamps;
    this.queries = queries;
    this.location = config.location();
    this.maxAttempts = config.maxAttempts();
    this.initialBackoff = config.initialBackoff();
  }

  /**
   * Loads the rows into the table and returns the id of the job that holds them (an earlier one
   * if the same rows were loaded before).
   */
  @Override
  public String write(TableSpec spec, List<Map<String, Object>> rows) {
    String base = "zerogex_" + spec.table().getTable() + "_" + stamps.digest(rows);
    int attempt = 0;
    for (int generation = 0; generation < MAX_GENERATIONS; generation++) {
      String jobId = base + "_" + generation;
      while (true) {
        attempt++;
        Outcome outcome = tryLoad(spec, rows, jobId, attempt);
        if (outcome == Outcome.STORED) {
          return jobId;
        }
        if (outcome == Outcome.NEXT_GENERATION) {
          break;
        }
        Backoff.pause(initialBackoff, attempt, "load job " + jobId);
      }
    }
    throw new StorageException("load into " + spec.table().getTable() + " gave up after " + MAX_GENERATIONS
        + " failed job generations of " + base);
  }

  private enum Outcome { STORED, NEXT_GENERATION, RETRY }

  private Outcome tryLoad(TableSpec spec, List<Map<String, Object>> rows, String jobId, int attempt) {
    JobId id = JobId.newBuilder().setJob(jobId).setLocation(location).build();
    try {
      return judge(spec, done(upload(spec, rows, id), id), jobId, attempt);
    } catch (BigQueryException e) {
      if (e.getCode() == CONFLICT) {
        return earlierJob(spec, rows, id);
      }
      if (isTransient(e) && attempt < maxAttempts) {
        return Outcome.RETRY;
      }
      throw new StorageException("load job " + jobId + " into " + spec.table().getTable() + " failed (HTTP "
          + e.getCode() + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted waiting for load job " + jobId, e);
    }
  }

  private Job upload(TableSpec spec, List<Map<String, Object>> rows, JobId id) {
    WriteChannelConfiguration configuration = WriteChannelConfiguration.newBuilder(spec.table())
        .setFormatOptions(FormatOptions.json())
        .setWriteDisposition(JobInfo.WriteDisposition.WRITE_APPEND)
        .setCreateDisposition(JobInfo.CreateDisposition.CREATE_NEVER)
        .build();
    byte[] payload = ndjson(rows, id.getJob());
    TableDataWriteChannel writer = bigQuery.writer(id, configuration);
    try {
      try (writer) {
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        while (buffer.hasRemaining()) {
          writer.write(buffer);
        }
      }
    } catch (IOException e) {
      throw unwrap(e);
    }
    return writer.getJob();
  }

  /**
   * The job once DONE, polled with {@code jobs.get} ({@code Job.waitFor} would throw on a failed
   * job and lose the row errors this writer reports).
   */
  private Job done(Job job, JobId id) throws InterruptedException {
    Job current = job;
    while (true) {
      if (current == null) {
        throw new StorageException("load job " + id.getJob() + " is unknown to BigQuery");
      }
      if (current.getStatus() != null && current.getStatus().getState() == JobStatus.State.DONE) {
        return current;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
      current = bigQuery.getJob(id);
    }
  }

  private static BigQueryException unwrap(IOException e) {
    if (e.getCause() instanceof BigQueryException) {
      return (BigQueryException) e.getCause();
    }
    return new BigQueryException(e);
  }

  private Outcome earlierJob(TableSpec spec, List<Map<String, Object>> rows, JobId id) {
    try {
      Job earlier = done(bigQuery.getJob(id), id);
      // An id whose job failed cannot run again: the next generation's id loads the rows.
      if (earlier.getStatus().getError() != null) {
        return Outcome.NEXT_GENERATION;
      }
      return currentRows(spec, rows, id.getJob()) == rows.size() ? Outcome.STORED : Outcome.NEXT_GENERATION;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted waiting for load job " + id.getJob(), e);
    }
  }

  /**
   * How many rows of the job the table's view still shows, scanning only the partitions the rows
   * fall in (the keys within one write are distinct, so all rows current means the count is their
   * number).
   */
  private long currentRows(TableSpec spec, List<Map<String, Object>> rows, String jobId) {
    String partition = spec.partitionColumn();
    Instant first = Instant.MAX;
    Instant last = Instant.MIN;
    for (Map<String, Object> row : rows) {
      Instant at = Instant.parse((String) row.get(partition));
      first = at.isBefore(first) ? at : first;
      last = at.isAfter(last) ? at : last;
    }
    List<FieldValueList> result = queries.rows("current_rows", "SELECT COUNT(*) AS current FROM `"
        + spec.view().getProject() + "." + spec.view().getDataset() + "." + spec.view().getTable()
        + "` WHERE write_id = @write_id AND " + partition + " >= @from AND " + partition + " < @to",
        Map.of("write_id", QueryRunner.string(jobId), "from", QueryRunner.timestamp(first),
            "to", QueryRunner.timestamp(last.plus(1, ChronoUnit.MICROS))));
    return result.get(0).get("current").getLongValue();
  }

  /** A job this writer ran: stored, failed transiently (the id is spent: next generation), or failed. */
  private Outcome judge(TableSpec spec, Job job, String jobId, int attempt) {
    BigQueryError error = job.getStatus().getError();
    if (error == null) {
      return Outcome.STORED;
    }
    if (TRANSIENT_REASONS.contains(error.getReason()) && attempt < maxAttempts) {
      return Outcome.NEXT_GENERATION;
    }
    List<BigQueryError> rowErrors = job.getStatus().getExecutionErrors();
    String first = rowErrors == null || rowErrors.isEmpty() ? "none" : rowErrors.stream().limit(ROW_ERRORS_SHOWN)
        .map(e -> e.getReason() + " at " + e.getLocation() + ": " + e.getMessage()).collect(Collectors.joining("; "));
    throw new StorageException("load job " + jobId + " into " + spec.table().getTable() + " failed: "
        + error.getReason() + ": " + error.getMessage() + "; first row errors: " + first);
  }

  private static boolean isTransient(BigQueryException e) {
    return e.isRetryable() || TRANSIENT_CODES.contains(e.getCode());
  }

  private byte[] ndjson(List<Map<String, Object>> rows, String jobId) {
    String writtenAt = stamps.nextWrittenAt().toString();
    StringBuilder out = new StringBuilder(rows.size() * 256);
    try {
      for (Map<String, Object> row : rows) {
        Map<String, Object> stamped = new LinkedHashMap<>(row);
        stamped.put("written_at", writtenAt);
        stamped.put("write_id", jobId);
        out.append(json.writeValueAsString(stamped)).append('\n');
      }
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot encode rows for load job " + jobId, e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Nothing to release: the HTTP client keeps no connection between calls. */
  @Override
  public void close() {
    // google-cloud-bigquery's HTTP transport holds nothing that needs closing.
  }
}
