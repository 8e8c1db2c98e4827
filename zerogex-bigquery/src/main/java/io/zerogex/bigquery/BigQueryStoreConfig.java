package io.zerogex.bigquery;

import io.zerogex.core.model.Arguments;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how {@link BigQuerySnapshotStore} keeps its tables: project, the three datasets of the
 * original system ({@code options}, {@code market_data}, {@code analytics}), location,
 * credentials, optional endpoint overrides (emulator or test server), the write mode and the
 * retry budget.
 *
 * <p>Build with {@link #builder(String)}. {@link #toString()} never shows credentials. This class
 * is immutable and thread-safe.
 *
 * @param projectId Google Cloud project that holds the datasets and runs the jobs
 * @param optionsDataset dataset of {@code option_chain_snapshot}
 * @param marketDataDataset dataset of {@code index_price_snapshot} (price bars)
 * @param analyticsDataset dataset of {@code realized_volatility}
 * @param location dataset and job location, e.g. {@code US} or {@code europe-west2}
 * @param credentials where the credentials come from
 * @param host endpoint override such as {@code http://127.0.0.1:9050}, or empty for Google's
 * @param maxAttempts attempts per load job or append on transient errors, at least 1
 * @param initialBackoff wait before the second attempt; doubles per attempt
 * @param writeMode load jobs (the default) or the Storage Write API
 * @param storageWriteEndpoint gRPC endpoint override of the Storage Write API as {@code host:port},
 *     e.g. an emulator's {@code 127.0.0.1:9060} (plaintext when the credentials are
 *     {@link CredentialsSource#none()}), or empty for Google's
 */
public record BigQueryStoreConfig(
    String projectId,
    String optionsDataset,
    String marketDataDataset,
    String analyticsDataset,
    String location,
    CredentialsSource credentials,
    Optional<String> host,
    int maxAttempts,
    Duration initialBackoff,
    WriteMode writeMode,
    Optional<String> storageWriteEndpoint) {

  private static final Pattern PROJECT = Pattern.compile("[a-z][a-z0-9.:-]{0,127}");
  private static final Pattern DATASET = Pattern.compile("[A-Za-z0-9_]{1,1024}");
  private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9.\\[\\]:_-]+:[0-9]{1,5}");

  /** Checks every component. */
  public BigQueryStoreConfig {
    Arguments.notNull(projectId, "projectId");
    if (!PROJECT.matcher(projectId).matches()) {
      throw new IllegalArgumentException("projectId must be a Google Cloud project id, got '" + projectId + "'");
    }
    checkDataset(optionsDataset, "optionsDataset");
    checkDataset(marketDataDataset, "marketDataDataset");
    checkDataset(analyticsDataset, "analyticsDataset");
    Arguments.notBlank(location, "location");
    Arguments.notNull(credentials, "credentials");
    Arguments.notNull(host, "host");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    Arguments.notNull(initialBackoff, "initialBackoff");
    if (initialBackoff.isNegative()) {
      throw new IllegalArgumentException("initialBackoff must not be negative, got " + initialBackoff);
    }
    Arguments.notNull(writeMode, "writeMode");
    Arguments.notNull(storageWriteEndpoint, "storageWriteEndpoint");
    storageWriteEndpoint.ifPresent(endpoint -> {
      if (!ENDPOINT.matcher(endpoint).matches()) {
        throw new IllegalArgumentException("storageWriteEndpoint must be host:port, got '" + endpoint + "'");
      }
    });
  }

  private static void checkDataset(String dataset, String name) {
    Arguments.notNull(dataset, name);
    if (!DATASET.matcher(dataset).matches()) {
      throw new IllegalArgumentException(name + " must be letters, digits and underscores, got '" + dataset + "'");
    }
  }

  /**
   * A builder with the original system's defaults: datasets {@code options}, {@code market_data},
   * {@code analytics}, location {@code US}, credentials from the environment
   * ({@link CredentialsSource#fromEnvironment}), Google's endpoints, 5 attempts from 1 second, load
   * jobs.
   */
  public static Builder builder(String projectId) {
    return new Builder(projectId);
  }

  /** Builds a {@link BigQueryStoreConfig}; not thread-safe. */
  public static final class Builder {
    private final String projectId;
    private String optionsDataset = "options";
    private String marketDataDataset = "market_data";
    private String analyticsDataset = "analytics";
    private String location = "US";
    private CredentialsSource credentials;
    private String host;
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private WriteMode writeMode = WriteMode.LOAD_JOB;
    private String storageWriteEndpoint;

    private Builder(String projectId) {
      this.projectId = projectId;
    }

    /** Sets the three dataset names. */
    public Builder datasets(String options, String marketData, String analytics) {
      this.optionsDataset = options;
      this.marketDataDataset = marketData;
      this.analyticsDataset = analytics;
      return this;
    }

    /** Sets the location of datasets and jobs. */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** Sets the credentials source. */
    public Builder credentials(CredentialsSource credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Points the client at another endpoint (emulator or test server), e.g. {@code http://127.0.0.1:9050}. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** Sets how rows are written (default {@link WriteMode#LOAD_JOB}). */
    public Builder writeMode(WriteMode writeMode) {
      this.writeMode = writeMode;
      return this;
    }

    /** Points the Storage Write API client at another gRPC endpoint, {@code host:port}. */
    public Builder storageWriteEndpoint(String endpoint) {
      this.storageWriteEndpoint = endpoint;
      return this;
    }

    /** Sets the attempts per load job or append and the first backoff (doubling). */
    public Builder retries(int maxAttempts, Duration initialBackoff) {
      this.maxAttempts = maxAttempts;
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** The configuration. */
    public BigQueryStoreConfig build() {
      CredentialsSource source = credentials != null ? credentials : CredentialsSource.fromEnvironment(System.getenv());
      return new BigQueryStoreConfig(projectId, optionsDataset, marketDataDataset, analyticsDataset, location,
          source, Optional.ofNullable(host), maxAttempts, initialBackoff, writeMode,
          Optional.ofNullable(storageWriteEndpoint));
    }
  }
}
