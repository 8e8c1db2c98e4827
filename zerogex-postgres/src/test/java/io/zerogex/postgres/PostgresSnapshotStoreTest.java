package io.zerogex.postgres;

import static io.zerogex.core.spi.StoreFixtures.chain;
import static io.zerogex.core.spi.StoreFixtures.sorted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.StorageException;
import io.zerogex.core.spi.StoreFixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL-specific behaviour beyond the store kit: failures, migrations, partitions, views, reconnects. */
class PostgresSnapshotStoreTest {

  private static final Instant T0 = Instant.parse("2024-01-05T15:00:00Z");

  private String schema;
  private PostgresStoreConfig config;
  private PostgresSnapshotStore store;

  @BeforeEach
  void createStore() {
    schema = TestDatabase.newSchema();
    config = PostgresStoreConfig.defaults().withSchema(schema);
    store = PostgresSnapshotStore.create(TestDatabase.dataSource(), config);
  }

  @AfterEach
  void dropSchema() {
    store.close();
    TestDatabase.drop(schema);
  }

  @Test
  void aCopyFailingPartwayRollsBackAllOfItAndKeepsEarlierSnapshots() {
    OptionChain earlier = chain("SPX", T0, 4700, 100);
    store.writeChain(earlier);
    // PostgreSQL dates end in 5874897 AD; LocalDate goes further, so row 50 of 100 fails inside COPY.
    OptionChain failing = poisoned(chain("SPX", T0.plusSeconds(60), 4701, 100), 50);
    assertThatThrownBy(() -> store.writeChain(failing)).isInstanceOf(StorageException.class)
        .hasMessageContaining("SPX").hasRootCauseInstanceOf(SQLException.class);
    // A failing rewrite of the stored as-of changes none of its rows either.
    OptionChain changedThenFailing = poisoned(chain("SPX", T0, 9999, 100), 99);
    assertThatThrownBy(() -> store.writeChain(changedThenFailing)).isInstanceOf(StorageException.class);

    assertThat(store.chainTimes("SPX", T0, T0.plusSeconds(3600))).containsExactly(T0);
    assertThat(store.chain("SPX", T0.plusSeconds(60))).isEmpty();
    assertThat(store.latestChain("SPX")).contains(sorted(earlier));
    assertThat(count("SELECT count(*) FROM \"" + schema + "\".option_quote")).isEqualTo(100);
    store.writeChain(chain("SPX", T0.plusSeconds(60), 4701, 100));
    assertThat(store.latestChain("SPX").orElseThrow().size()).isEqualTo(100);
  }

  @Test
  void rerunningMigrationsAppliesNothingAndKeepsTheData() {
    store.writeChain(chain("SPX", T0, 4700, 3));
    Jdbi jdbi = Jdbi.create(TestDatabase.dataSource());
    assertThat(Migrations.migrate(TestDatabase.dataSource(), jdbi, config).migrationsExecuted).isZero();
    try (PostgresSnapshotStore again = PostgresSnapshotStore.create(TestDatabase.dataSource(), config)) {
      assertThat(again.latestChain("SPX")).contains(sorted(chain("SPX", T0, 4700, 3)));
    }
  }

  @Test
  void timescaleBranchIsReachedOnlyWhenWantedAndFailsClearlyWithoutTheExtension() {
    assertThat(store.nativePartitions()).isTrue();
    assertThat(Migrations.timescaleAvailable(Jdbi.create(TestDatabase.dataSource()))).isFalse();
    String other = TestDatabase.newSchema();
    try {
      PostgresStoreConfig timescale = config.withSchema(other);
      assertThatThrownBy(() -> Migrations.migrate(TestDatabase.dataSource(), Jdbi.create(TestDatabase.dataSource()),
          timescale, true)).hasStackTraceContaining("timescaledb");
    } finally {
      TestDatabase.drop(other);
    }
  }

  @Test
  void writesCreateDailyQuoteAndMonthlyBarPartitionsWithBrinIndexes() {
    store.writeChain(chain("SPX", T0, 4700, 2));
    store.writeChain(chain("SPX", T0.plus(Duration.ofDays(3)), 4710, 2));
    store.writeBars(List.of(StoreFixtures.bar("SPX", T0, Duration.ofMinutes(1), 4700),
        StoreFixtures.bar("SPX", Instant.parse("2024-02-01T00:00:00Z"), Duration.ofMinutes(1), 4800)));
    assertThat(names("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema + "'"
        + " AND c.relkind = 'r' ORDER BY 1"))
        .containsExactly("option_quote_20240105", "option_quote_20240108", "underlying_bar_20240101",
            "underlying_bar_20240201");
    assertThat(names("SELECT indexname FROM pg_indexes WHERE schemaname = '" + schema + "'"
        + " AND indexdef LIKE '%USING brin%' AND tablename IN ('option_quote', 'underlying_bar') ORDER BY 1"))
        .containsExactly("option_quote_as_of_brin", "underlying_bar_start_brin");
  }

  @Test
  void deltaViewsSubtractThePreviousSnapshot() {
    // fullQuote(seed i) has volume 10 * i + 1 and open interest 1,000,000,007 + i (StoreFixtures);
    // the second snapshot is the same chain one minute later with every contract's seed + 5.
    OptionChain first = chain("SPX", T0, 4700, 2);
    List<OptionQuote> later = new ArrayList<>();
    for (OptionQuote quote : first.quotes()) {
      int seed = (int) (quote.volume() - 1) / 10;
      later.add(StoreFixtures.fullQuote(quote.contract(), seed + 5));
    }
    store.writeChain(first);
    store.writeChain(new OptionChain("SPX", 4705, T0.plusSeconds(60), later));
    assertThat(names("SELECT symbol || ':' || coalesce(volume_delta::text, 'null') || ':'"
        + " || coalesce(open_interest_delta::text, 'null') FROM \"" + schema + "\".option_quote_delta"
        + " ORDER BY symbol, as_of"))
        .containsExactly("SPX-0:null:null", "SPX-0:50:5", "SPX-1:null:null", "SPX-1:50:5");
    assertThat(names("SELECT call_volume || ':' || put_volume || ':' || coalesce(call_volume_delta::text, 'null')"
        + " FROM \"" + schema + "\".option_flow ORDER BY as_of"))
        .containsExactly("1:11:null", "51:61:50");
  }

  @Test
  void aDroppedConnectionIsReplacedAndTheNextWriteSucceeds() throws Exception {
    OneConnectionDataSource one = new OneConnectionDataSource(TestDatabase.dataSource());
    try (PostgresSnapshotStore pinned = PostgresSnapshotStore.create(one, config)) {
      pinned.writeChain(chain("SPX", T0, 4700, 3));
      int backend;
      try (Statement statement = one.physical().createStatement();
           ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        backend = rs.getInt(1);
      }
      assertThat(count("SELECT count(*) FROM pg_stat_activity WHERE pid = " + backend)).isEqualTo(1);
      assertThat(count("SELECT count(*) FROM (SELECT pg_terminate_backend(" + backend + ")) t")).isEqualTo(1);
      pinned.writeChain(chain("SPX", T0.plusSeconds(60), 4701, 3));
      assertThat(pinned.chainTimes("SPX", T0, T0.plusSeconds(3600))).containsExactly(T0, T0.plusSeconds(60));
      assertThat(one.physical().isClosed()).isFalse();
    }
  }

  @Test
  void storesOnOneSchemaWriteConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        int writer = w;
        writes.add(pool.submit(() -> {
          try (PostgresSnapshotStore own = PostgresSnapshotStore.create(TestDatabase.dataSource(), config)) {
            for (int day = 0; day < 4; day++) {
              own.writeChain(chain("SPX", T0.plus(Duration.ofDays(day)).plusSeconds(writer), 4700, 200));
              own.writeChain(chain("SPX", T0.plus(Duration.ofDays(day)), 4700, 200));
            }
          }
          return null;
        }));
      }
      for (Future<?> write : writes) {
        write.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.chainTimes("SPX", T0, T0.plus(Duration.ofDays(5)))).hasSize(4 * 3);
    assertThat(count("SELECT count(*) FROM \"" + schema + "\".option_quote")).isEqualTo(4 * 3 * 200);
  }

  @Test
  void schemaNamesAreCheckedBeforeReachingSql() {
    for (String bad : new String[] {"Zerogex", "a-b", "x\"; DROP TABLE t; --", "pg_catalog", "", "1abc",
        "a".repeat(64)}) {
      assertThatThrownBy(() -> PostgresStoreConfig.defaults().withSchema(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
    }
    assertThat(PostgresStoreConfig.defaults().withSchema("a".repeat(63)).schema()).hasSize(63);
  }

  private static OptionChain poisoned(OptionChain chain, int index) {
    List<OptionQuote> quotes = new ArrayList<>(chain.quotes());
    OptionContract c = quotes.get(index).contract();
    OptionContract farFuture = new OptionContract(c.symbol(), c.underlying(), c.root(), LocalDate.of(9_000_000, 1, 1),
        c.strike(), c.right(), c.multiplier(), c.settlement());
    quotes.set(index, StoreFixtures.bareQuote(farFuture));
    return chain.withQuotes(quotes);
  }

  private static long count(String sql) {
    try (Connection connection = TestDatabase.dataSource().getConnection();
         Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static List<String> names(String sql) {
    try (Connection connection = TestDatabase.dataSource().getConnection();
         Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
