package io.zerogex.benchmarks;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.support.CboeQuoteTable;
import io.zerogex.postgres.PostgresSnapshotStore;
import io.zerogex.postgres.PostgresStoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes of the real 21,038-contract SPX chain of 2024-01-05 (Cboe delayed quotes) into an
 * embedded PostgreSQL 16 through {@link PostgresSnapshotStore}: COPY into a staging table and one
 * {@code INSERT ... ON CONFLICT} merge per chain, in one transaction. Option rows per second are
 * 21,038 divided by the time per operation.
 *
 * <p>{@code newSnapshot} writes the chain under a new as-of each time (the live path: every row
 * is an insert); {@code rewriteSnapshot} writes the same as-of again (every row hits the
 * conflict and is updated). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar PostgresWriteBenchmark -f 1 -wi 2 -i 3 -r 1 -w 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PostgresWriteBenchmark {

  private EmbeddedPostgres server;
  private PostgresSnapshotStore store;
  private OptionChain chain;
  private Instant asOf;

  /** Starts the server, migrates a schema and parses the chain. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    try (Reader reader = new InputStreamReader(PostgresWriteBenchmark.class.getResourceAsStream(
        "/chains/spx-2024-01-05/spx_quotedata.csv"), StandardCharsets.UTF_8)) {
      chain = CboeQuoteTable.read(reader);
    }
    server = EmbeddedPostgres.start();
    store = PostgresSnapshotStore.create(server.getPostgresDatabase(),
        PostgresStoreConfig.defaults().withSchema("benchmark"));
    asOf = chain.asOf();
    store.writeChain(chain);
  }

  /** Stops the server (its data directory is deleted). */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    store.close();
    server.close();
  }

  /** One chain under a new as-of, one second after the previous one: 21,038 inserted rows. */
  @Benchmark
  public OptionChain newSnapshot() {
    asOf = asOf.plusSeconds(1);
    OptionChain next = new OptionChain(chain.underlying(), chain.spot(), asOf, chain.quotes());
    store.writeChain(next);
    return next;
  }

  /** The first chain written again: 21,038 rows each meeting its conflict and updated. */
  @Benchmark
  public OptionChain rewriteSnapshot() {
    store.writeChain(chain);
    return chain;
  }
}
